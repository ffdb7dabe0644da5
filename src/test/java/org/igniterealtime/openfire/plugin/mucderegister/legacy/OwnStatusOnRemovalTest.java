package org.igniterealtime.openfire.plugin.mucderegister.legacy;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dom4j.DocumentHelper;
import org.junit.jupiter.api.Test;
import org.xmpp.packet.Presence;

class OwnStatusOnRemovalTest {

    private static Presence presence(String xml) throws Exception {
        return new Presence(DocumentHelper.parseText(xml).getRootElement());
    }

    private static Presence removal(String type, String statuses, String itemJid) throws Exception {
        return presence("<presence" + (type == null ? "" : " type='" + type + "'")
                + " from='room@conference.localhost/Juliet' to='juliet@localhost/balcony'>"
                + "<x xmlns='http://jabber.org/protocol/muc#user'>" + statuses
                + "<item affiliation='none' role='none'" + (itemJid == null ? "" : " jid='" + itemJid + "'") + "/>"
                + "</x></presence>");
    }

    @Test
    void theRemovedOccupantsOwnPresenceWithoutStatus110LacksIt() throws Exception {
        for (String code : new String[] {"307", "301", "321", "322"}) {
            assertTrue(OwnStatusOnRemoval.lacksOwnStatus(
                    removal("unavailable", "<status code='" + code + "'/>", "juliet@localhost/balcony")), code);
        }
    }

    @Test
    void otherPresencesDoNotLackIt() throws Exception {
        assertFalse(OwnStatusOnRemoval.lacksOwnStatus(
                removal("unavailable", "<status code='321'/><status code='110'/>", "juliet@localhost/balcony")), "has 110");
        assertFalse(OwnStatusOnRemoval.lacksOwnStatus(
                removal("unavailable", "<status code='321'/>", "nurse@localhost/home")), "told of someone else");
        assertFalse(OwnStatusOnRemoval.lacksOwnStatus(removal("unavailable", "<status code='321'/>", null)), "no jid");
        assertFalse(OwnStatusOnRemoval.lacksOwnStatus(
                removal("unavailable", "", "juliet@localhost/balcony")), "an ordinary exit");
        assertFalse(OwnStatusOnRemoval.lacksOwnStatus(
                removal(null, "<status code='321'/>", "juliet@localhost/balcony")), "available");
        assertFalse(OwnStatusOnRemoval.lacksOwnStatus(presence("<presence type='unavailable'"
                + " from='room@conference.localhost' to='juliet@localhost/balcony'>"
                + "<x xmlns='http://jabber.org/protocol/muc#user'><status code='321'/>"
                + "<item affiliation='none' role='none' jid='juliet@localhost/balcony'/></x></presence>")), "from the room");
        assertFalse(OwnStatusOnRemoval.lacksOwnStatus(presence("<presence type='unavailable'"
                + " from='room@conference.localhost/Juliet' to='juliet@localhost/balcony'>"
                + "<x xmlns='urn:example:other'><status code='321'/>"
                + "<item affiliation='none' role='none' jid='juliet@localhost/balcony'/></x></presence>")), "other x");
    }

    @Test
    void theCopyHasStatus110() throws Exception {
        Presence original = removal("unavailable", "<status code='321'/>", "juliet@localhost/balcony");
        Presence copy = OwnStatusOnRemoval.withOwnStatus(original);
        assertFalse(OwnStatusOnRemoval.lacksOwnStatus(copy));
        assertTrue(OwnStatusOnRemoval.lacksOwnStatus(original), "the original is left as it was");
    }
}
