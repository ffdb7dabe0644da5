package org.igniterealtime.openfire.plugin.mucderegister.deregistration;

import static org.igniterealtime.openfire.plugin.mucderegister.bridge.BridgeFixtures.asMUCRoom;
import static org.igniterealtime.openfire.plugin.mucderegister.bridge.BridgeFixtures.bridge;
import static org.igniterealtime.openfire.plugin.mucderegister.bridge.BridgeFixtures.roomOfShape;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.when;

import java.util.Arrays;
import java.util.Collections;

import org.igniterealtime.openfire.plugin.mucderegister.bridge.OpenfireBridge;
import org.igniterealtime.openfire.plugin.mucderegister.bridge.shapes.Occupant51;
import org.igniterealtime.openfire.plugin.mucderegister.bridge.shapes.Role51;
import org.igniterealtime.openfire.plugin.mucderegister.bridge.shapes.Room51;
import org.igniterealtime.openfire.plugin.mucderegister.bridge.shapes.Service51;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xmpp.packet.JID;

/**
 * The presences of an ejection on a bridge of Openfire 5.1's shape, where the room stamps each
 * occupant's presence with its XEP-0421 occupant id: the ejection carries that id and the
 * occupant's presence extensions, whatever they are, to the ejected session and to the others.
 */
class EjectionNoticesOn51Test {

    private static final String ROOM = "room@conference.localhost";
    private static final JID JULIET = new JID("user2@localhost");
    private static final String PHOTO = "<x xmlns=\"vcard-temp:x:update\"><photo/></x>";
    private static final String ID = "ebeb78f80ae22e091b203dcd451c993f3e62d7c0";
    private static final String OCCUPANT_ID = "<occupant-id xmlns=\"urn:xmpp:occupant-id:0\" id=\"" + ID + "\"/>";
    private static final String X = "<x xmlns=\"http://jabber.org/protocol/muc#user\">";

    private final Room51 room = roomOfShape(Room51.class);
    private final Occupant51 juliet = new Occupant51("Juliet", "user2@localhost/balcony", Role51.participant);
    private final Occupant51 romeo = new Occupant51("Romeo", "user@localhost/orchard", Role51.moderator);
    private OpenfireBridge bridge;

    @BeforeEach
    void aNonAnonymousRoom() throws Exception {
        bridge = bridge(5, 1, Room51.class, Service51.class, null);
        when(room.canAnyoneDiscoverJID()).thenReturn(true);
        when(room.getRolesToBroadcastPresence()).thenReturn(Arrays.asList(Role51.moderator, Role51.participant, Role51.visitor));
        when(room.getOccupantsByBareJID(JULIET)).thenReturn(Collections.singletonList(juliet));
        when(room.getOccupants()).thenReturn(Collections.singletonList(romeo));
    }

    /** Juliet's presence as Openfire 5.1 keeps it: her extensions, then what the room adds. */
    private void julietJoinedWith(String extensions) {
        juliet.setPresence("<presence from='" + ROOM + "/Juliet'>" + extensions
                + X + "<item jid='user2@localhost/balcony' affiliation='member' role='participant'/></x></presence>");
        juliet.stampOccupantId(ID);
    }

    private void eject() {
        new EjectionNotices(bridge).send(asMUCRoom(room), bridge.occupantsOf(asMUCRoom(room), JULIET));
    }

    private static String presence(String to, String extensions, String payload) {
        return "<presence from=\"" + ROOM + "/Juliet\" type=\"unavailable\" to=\"" + to + "\">"
                + extensions + OCCUPANT_ID + payload + "</presence>";
    }

    @Test
    void theOccupantIdAndExtensionsGoToTheEjectedSessionAndToTheOthers() {
        julietJoinedWith(PHOTO);

        eject();

        assertEquals(Collections.singletonList(presence("user2@localhost/balcony", PHOTO, X + "<status code=\"321\"/>"
                + "<item affiliation=\"none\" role=\"none\" jid=\"user2@localhost/balcony\"/><status code=\"110\"/></x>")),
                juliet.sent());
        assertEquals(Collections.singletonList(presence("user@localhost/orchard", PHOTO, X + "<status code=\"321\"/>"
                + "<item affiliation=\"none\" role=\"none\" jid=\"user2@localhost/balcony\"/></x>")),
                romeo.sent());
    }

    @Test
    void anExtensionALaterReleasePutsIntoOccupantPresencesComesAlong() {
        String later = "<hats xmlns=\"urn:xmpp:hats:0\"><hat title=\"Nurse\" uri=\"urn:example:nurse\"/></hats>";
        julietJoinedWith(PHOTO + later);

        eject();

        assertTrue(juliet.sent().get(0).contains(PHOTO + later + OCCUPANT_ID + X), juliet.sent().get(0));
        assertTrue(romeo.sent().get(0).contains(PHOTO + later + OCCUPANT_ID + X), romeo.sent().get(0));
    }

    @Test
    void anOccupantJoinedThroughAFederatedRoomIsLeftToThatRoom() {
        julietJoinedWith(PHOTO);
        Occupant51 remote = new Occupant51("Mercutio", "mercutio@verona.example/street", Role51.participant);
        remote.joinThroughFmuc();
        when(room.getOccupants()).thenReturn(Arrays.asList(romeo, remote));

        eject();

        assertEquals(1, romeo.sent().size());
        assertTrue(remote.sent().isEmpty());
    }
}
