package org.igniterealtime.openfire.plugin.mucderegister.interception;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.xmpp.packet.JID;

/** {@link RoomAddressing} reads an address as Tinder's JID parser would, without parsing. */
class RoomAddressingTest {

    private static final String[] ADDRESSES = {
        null, "", "localhost", "conference.localhost", "room@conference.localhost",
        "room@conference.localhost/nick", "room@conference.localhost/nick@home", "room@conference.localhost/a/b",
        "user@localhost", "user@localhost/phone", "user@xlocalhost", "user@sub.localhost", "salle-été@conference.localhost", "ROOM@Conference.LOCALHOST",
    };

    @Test
    void aRoomIsABareJidWithANodeOffTheServersOwnDomain() {
        for (String to : ADDRESSES) {
            JID jid = to == null || to.isEmpty() ? null : new JID(to);
            boolean expected = jid != null && jid.getNode() != null && jid.getResource() == null
                    && !"localhost".equals(jid.getDomain());
            assertEquals(expected, RoomAddressing.isRoom(to, "localhost"), "to " + to);
        }
    }
}
