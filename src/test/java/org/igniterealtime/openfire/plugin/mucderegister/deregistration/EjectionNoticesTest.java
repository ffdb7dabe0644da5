package org.igniterealtime.openfire.plugin.mucderegister.deregistration;

import static org.igniterealtime.openfire.plugin.mucderegister.bridge.BridgeFixtures.asMUCRoom;
import static org.igniterealtime.openfire.plugin.mucderegister.bridge.BridgeFixtures.bridge;
import static org.igniterealtime.openfire.plugin.mucderegister.bridge.BridgeFixtures.roomOfShape;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.when;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.igniterealtime.openfire.plugin.mucderegister.bridge.OpenfireBridge;
import org.igniterealtime.openfire.plugin.mucderegister.bridge.shapes.MUCRole42;
import org.igniterealtime.openfire.plugin.mucderegister.bridge.shapes.OccupantLeftEvent42;
import org.igniterealtime.openfire.plugin.mucderegister.bridge.shapes.Room42;
import org.jivesoftware.openfire.muc.MultiUserChatService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xmpp.packet.JID;

/**
 * The presences of an ejection on a bridge of Openfire 4.2's shape (the release the integration
 * tests run): their exact form, built from the presence the room keeps for the occupant, and who
 * gets which.
 */
class EjectionNoticesTest {

    private static final String ROOM = "room@conference.localhost";
    private static final JID JULIET = new JID("user2@localhost");
    private static final String X = "<x xmlns=\"http://jabber.org/protocol/muc#user\">";
    private static final List<String> ALL_ROLES = Arrays.asList("moderator", "participant", "visitor");

    private final Room42 room = roomOfShape(Room42.class);
    private final MUCRole42.Recording juliet = occupant("Juliet", "user2@localhost/balcony", MUCRole42.Role.participant);
    private final MUCRole42.Recording romeo = occupant("Romeo", "user@localhost/orchard", MUCRole42.Role.moderator);
    private final MUCRole42.Recording nurse = occupant("Nurse", "user3@localhost/home", MUCRole42.Role.participant);
    private OpenfireBridge bridge;

    /** An occupant whose presence is what Openfire 4.2 keeps for one that joined with a photo and a status. */
    private static MUCRole42.Recording occupant(String nickname, String fullJid, MUCRole42.Role role) {
        MUCRole42.Recording occupant = MUCRole42.of(nickname, fullJid, role);
        occupant.setPresence("<presence to='" + ROOM + "/" + nickname + "' from='" + ROOM + "/" + nickname + "'>"
                + "<show>away</show><status>At the window</status>"
                + "<x xmlns='vcard-temp:x:update'><photo/></x>"
                + "<x xmlns='http://jabber.org/protocol/muc#user'><item jid='" + fullJid + "' affiliation='member' role='"
                + role + "'/></x></presence>");
        return occupant;
    }

    @BeforeEach
    void aNonAnonymousRoomThatBroadcastsEveryRole() throws Exception {
        bridge = bridge(4, 2, Room42.class, MultiUserChatService.class, OccupantLeftEvent42.class);
        when(room.canAnyoneDiscoverJID()).thenReturn(true);
        when(room.getRolesToBroadcastPresence()).thenReturn(ALL_ROLES);
    }

    private void eject(List<MUCRole42> sessions, MUCRole42... remaining) throws Exception {
        when(room.getOccupantsByBareJID(JULIET)).thenReturn(sessions);
        when(room.getOccupants()).thenReturn(Arrays.asList(remaining));
        new EjectionNotices(bridge).send(asMUCRoom(room), bridge.occupantsOf(asMUCRoom(room), JULIET));
    }

    private static String presence(String to, String payload) {
        return "<presence to=\"" + to + "\" from=\"" + ROOM + "/Juliet\" type=\"unavailable\"><show>away</show>"
                + "<x xmlns=\"vcard-temp:x:update\"><photo/></x>" + payload + "</presence>";
    }

    @Test
    void theEjectedSessionHearsOfItsOwnExitInItsOwnPresenceWithStatus110AfterTheItem() throws Exception {
        eject(Collections.singletonList(juliet));

        assertEquals(Collections.singletonList(presence("user2@localhost/balcony", X + "<status code=\"321\"/>"
                + "<item affiliation=\"none\" role=\"none\" jid=\"user2@localhost/balcony\"/>"
                + "<status code=\"110\"/></x>")), juliet.sent());
    }

    @Test
    void thePresenceTheRoomKeepsIsLeftAsItWas() throws Exception {
        String kept = juliet.getPresence().toXML();

        eject(Collections.singletonList(juliet), romeo);

        assertEquals(kept, juliet.getPresence().toXML());
    }

    @Test
    void inANonAnonymousRoomEveryoneSeesTheRealJid() throws Exception {
        eject(Collections.singletonList(juliet), romeo, nurse);

        String payload = X + "<status code=\"321\"/><item affiliation=\"none\" role=\"none\" jid=\"user2@localhost/balcony\"/></x>";
        assertEquals(Collections.singletonList(presence("user@localhost/orchard", payload)), romeo.sent());
        assertEquals(Collections.singletonList(presence("user3@localhost/home", payload)), nurse.sent());
    }

    @Test
    void inASemiAnonymousRoomOnlyModeratorsSeeTheRealJid() throws Exception {
        when(room.canAnyoneDiscoverJID()).thenReturn(false);

        eject(Collections.singletonList(juliet), romeo, nurse);

        assertEquals(Collections.singletonList(presence("user@localhost/orchard", X + "<status code=\"321\"/>"
                + "<item affiliation=\"none\" role=\"none\" jid=\"user2@localhost/balcony\"/></x>")), romeo.sent());
        assertEquals(Collections.singletonList(presence("user3@localhost/home", X + "<status code=\"321\"/>"
                + "<item affiliation=\"none\" role=\"none\"/></x>")), nurse.sent());
    }

    @Test
    void sessionsSharingANicknameAreToldOnceWithAnItemPerSessionForThoseWhoSeeJids() throws Exception {
        when(room.canAnyoneDiscoverJID()).thenReturn(false);
        MUCRole42.Recording tomb = occupant("Juliet", "user2@localhost/tomb", MUCRole42.Role.participant);

        eject(Arrays.asList(juliet, tomb), romeo, nurse);

        assertEquals(Collections.singletonList(presence("user2@localhost/tomb", X + "<status code=\"321\"/>"
                + "<item affiliation=\"none\" role=\"none\" jid=\"user2@localhost/tomb\"/>"
                + "<status code=\"110\"/></x>")), tomb.sent());
        assertEquals(Collections.singletonList(presence("user@localhost/orchard", X + "<status code=\"321\"/>"
                + "<item affiliation=\"none\" role=\"none\" jid=\"user2@localhost/balcony\"/>"
                + "<item affiliation=\"none\" role=\"none\" jid=\"user2@localhost/tomb\"/></x>")), romeo.sent());
        assertEquals(Collections.singletonList(presence("user3@localhost/home", X + "<status code=\"321\"/>"
                + "<item affiliation=\"none\" role=\"none\"/></x>")), nurse.sent());
    }

    @Test
    void whereTheRoomBroadcastsModeratorsPresenceOnlyParticipantsAreNotTold() throws Exception {
        when(room.getRolesToBroadcastPresence()).thenReturn(Collections.singletonList("moderator"));
        MUCRole42.Recording tybalt = occupant("Tybalt", "user4@localhost/street", MUCRole42.Role.visitor);

        eject(Collections.singletonList(juliet), romeo, nurse, tybalt);

        assertEquals(1, juliet.sent().size(), "the ejected session is always told");
        assertEquals(1, romeo.sent().size());
        assertTrue(nurse.sent().isEmpty());
        assertTrue(tybalt.sent().isEmpty());
    }

    @Test
    void everyoneWhoSeesTheSameFlavourIsSentOneSharedPresence() throws Exception {
        when(room.canAnyoneDiscoverJID()).thenReturn(false);
        MUCRole42.Recording friar = occupant("Friar", "user5@localhost/cell", MUCRole42.Role.moderator);
        MUCRole42.Recording tybalt = occupant("Tybalt", "user4@localhost/street", MUCRole42.Role.visitor);

        eject(Collections.singletonList(juliet), romeo, friar, nurse, tybalt);

        assertSame(romeo.sentPackets().get(0), friar.sentPackets().get(0));
        assertSame(nurse.sentPackets().get(0), tybalt.sentPackets().get(0));
        assertTrue(romeo.sentPackets().get(0) != nurse.sentPackets().get(0));
    }
}
