package org.igniterealtime.openfire.plugin.mucderegister.interception;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.dom4j.DocumentHelper;
import org.junit.jupiter.api.Test;
import org.xmpp.packet.IQ;
import org.xmpp.packet.JID;

/** {@link RoomAddressing} reads the attributes as Tinder's JID parser would, without parsing. */
class RoomAddressingTest {

    private static final String[] ADDRESSES = {
        null, "", "localhost", "conference.localhost", "room@conference.localhost",
        "room@conference.localhost/nick", "room@conference.localhost/nick@home", "room@conference.localhost/a/b",
        "user@localhost", "user@localhost/phone", "salle-été@conference.localhost", "ROOM@Conference.LOCALHOST",
    };

    @Test
    void aRoomIsABareJidWithANodeAddressedBySomeone() throws Exception {
        for (String from : new String[] {null, "", "juliet@localhost/balcony", "verona.localhost"}) {
            for (String to : ADDRESSES) {
                IQ iq = iq(from, to);
                JID toJid = to == null || to.isEmpty() ? null : new JID(to);
                boolean expected = from != null && !from.isEmpty() && toJid != null
                        && toJid.getNode() != null && toJid.getResource() == null;
                assertEquals(expected, RoomAddressing.isToRoom(iq), "from " + from + " to " + to);
            }
        }
    }

    private static IQ iq(String from, String to) throws Exception {
        IQ iq = new IQ(DocumentHelper.parseText("<iq type='set' id='1'/>").getRootElement());
        if (from != null) {
            iq.getElement().addAttribute("from", from);
        }
        if (to != null) {
            iq.getElement().addAttribute("to", to);
        }
        return iq;
    }
}
