package org.igniterealtime.openfire.plugin.mucderegister.bridge;

import static org.igniterealtime.openfire.plugin.mucderegister.bridge.BridgeFixtures.asMUCRoom;
import static org.igniterealtime.openfire.plugin.mucderegister.bridge.BridgeFixtures.bridge;
import static org.igniterealtime.openfire.plugin.mucderegister.bridge.BridgeFixtures.roomOfShape;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;

import org.igniterealtime.openfire.plugin.mucderegister.bridge.shapes.MUCRole42;
import org.igniterealtime.openfire.plugin.mucderegister.bridge.shapes.OccupantLeftEvent42;
import org.igniterealtime.openfire.plugin.mucderegister.bridge.shapes.RecordedOccupantLeftEvent;
import org.igniterealtime.openfire.plugin.mucderegister.bridge.shapes.Room42;
import org.jivesoftware.openfire.muc.ForbiddenException;
import org.jivesoftware.openfire.muc.MUCRoom;
import org.jivesoftware.openfire.muc.MultiUserChatService;
import org.jivesoftware.openfire.user.UserNotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xmpp.packet.JID;
import org.xmpp.packet.Presence;

/** The bridge on types shaped like Openfire 4.2 (to 4.5): MUCRoom and MUCRole interfaces. */
class OpenfireBridgeOn42Test {

    private static final JID JULIET = new JID("juliet@capulet.lit");

    private final Room42 room = roomOfShape(Room42.class);
    private final MUCRole42 roomRole = MUCRole42.of("room", "room@conference.capulet.lit", MUCRole42.Role.moderator);
    private OpenfireBridge bridge;

    @BeforeEach
    void resolve() throws Exception {
        RecordedOccupantLeftEvent.MADE.clear();
        bridge = bridge(4, 2, Room42.class, MultiUserChatService.class, OccupantLeftEvent42.class);
        when(room.getRole()).thenReturn(roomRole);
    }

    @Test
    void revokesWithTheRoomsRoleAsSenderOn42() throws Exception {
        List<Presence> presences = Collections.singletonList(new Presence());
        when(room.addNone(JULIET, roomRole)).thenReturn(presences);

        assertSame(presences, bridge.revokeAffiliation(asMUCRoom(room), JULIET));
        verify(room).addNone(JULIET, roomRole);
    }

    @Test
    void revokingGivesNoPresencesWhenOpenfireReturnsNone() throws Exception {
        when(room.addNone(JULIET, roomRole)).thenReturn(null);

        assertTrue(bridge.revokeAffiliation(asMUCRoom(room), JULIET).isEmpty());
    }

    @Test
    void revokingPassesOnOpenfiresRefusalWithItsCause() throws Exception {
        ForbiddenException refusal = new ForbiddenException();
        when(room.addNone(JULIET, roomRole)).thenThrow(refusal);

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> bridge.revokeAffiliation(asMUCRoom(room), JULIET));
        assertSame(refusal, e.getCause());
    }

    @Test
    void broadcastsWithSendOfThePacketAloneOn42() {
        Presence presence = new Presence();

        bridge.broadcast(asMUCRoom(room), presence);

        verify(room).send(presence);
        verify(room, never()).getRole();
        verifyNoMoreInteractions(room);
    }

    @Test
    void removesAnOccupantByALocalOccupantLeftEventAsOriginatorOn42() {
        MUCRole42 romeo = MUCRole42.of("romeo", "romeo@montague.lit/orchard", MUCRole42.Role.participant);
        Occupant occupant = new Occupant(romeo, "romeo", romeo.getUserAddress(), false);

        bridge.removeOccupant(asMUCRoom(room), occupant);

        List<RecordedOccupantLeftEvent> made = RecordedOccupantLeftEvent.MADE;
        // One run here as the originator; one handed to CacheFactory for the other cluster nodes,
        // which, outside a cluster, runs nothing.
        assertEquals(2, made.size());
        for (RecordedOccupantLeftEvent event : made) {
            assertTrue(event instanceof OccupantLeftEvent42);
            assertSame(room, event.room());
            assertSame(romeo, event.occupant());
        }
        assertTrue(made.get(0).isOriginator());
        verify(room).leaveRoom((OccupantLeftEvent42) made.get(0));
        assertFalse(made.get(1).isOriginator());
        assertEquals(0, made.get(1).runs());
        verifyNoMoreInteractions(room);
    }

    @Test
    void mapsEachNestedAffiliationByName() {
        for (MUCRole42.Affiliation affiliation : MUCRole42.Affiliation.values()) {
            when(room.getAffiliation(JULIET)).thenReturn(affiliation);
            assertEquals(affiliation.name(), bridge.affiliationOf(asMUCRoom(room), JULIET).xmlName());
        }
    }

    @Test
    void listedMemberMeansTheBareJidIsOnTheMemberList() {
        when(room.getMembers()).thenReturn(Arrays.asList(new JID("romeo@montague.lit"), JULIET));
        assertTrue(bridge.isListedMember(asMUCRoom(room), JULIET));

        when(room.getMembers()).thenReturn(Collections.singletonList(new JID("capulets@capulet.lit")));
        when(room.getAffiliation(JULIET)).thenReturn(MUCRole42.Affiliation.member);
        assertFalse(bridge.isListedMember(asMUCRoom(room), JULIET));
        verify(room, never()).getAffiliation(any());
    }

    @Test
    void ownersAndAdminsAreBothListsOwnersFirst() {
        JID nurse = new JID("nurse@capulet.lit");
        when(room.getOwners()).thenReturn(Collections.singletonList(JULIET));
        when(room.getAdmins()).thenReturn(Collections.singletonList(nurse));

        assertEquals(Arrays.asList(JULIET, nurse), bridge.ownersAndAdmins(asMUCRoom(room)));
    }

    @Test
    void readsMembersOnlyAndNonAnonymous() {
        when(room.isMembersOnly()).thenReturn(true);
        when(room.canAnyoneDiscoverJID()).thenReturn(false);

        assertTrue(bridge.isMembersOnly(asMUCRoom(room)));
        assertFalse(bridge.isNonAnonymous(asMUCRoom(room)));
    }

    @Test
    void occupantsOfAUserWithoutSessionAreNoneOn42() throws Exception {
        when(room.getOccupantsByBareJID(JULIET)).thenThrow(new UserNotFoundException());

        assertTrue(bridge.occupantsOf(asMUCRoom(room), JULIET).isEmpty());
    }

    @Test
    void occupantsOfPassesOnUnexpectedFailures() throws Exception {
        IllegalArgumentException failure = new IllegalArgumentException("broken");
        when(room.getOccupantsByBareJID(JULIET)).thenThrow(failure);

        assertSame(failure, assertThrows(IllegalArgumentException.class,
                () -> bridge.occupantsOf(asMUCRoom(room), JULIET)));
    }

    @Test
    void snapshotsNicknameAddressAndModeratorFlagOfAUsersSessions() throws Exception {
        MUCRole42 phone = MUCRole42.of("juliet", "juliet@capulet.lit/phone", MUCRole42.Role.moderator);
        MUCRole42 laptop = MUCRole42.of("juliet", "juliet@capulet.lit/laptop", MUCRole42.Role.participant);
        when(room.getOccupantsByBareJID(JULIET)).thenReturn(Arrays.asList(phone, laptop));

        List<Occupant> occupants = bridge.occupantsOf(asMUCRoom(room), JULIET);

        assertEquals(2, occupants.size());
        assertSame(phone, occupants.get(0).openfireOccupant());
        assertEquals("juliet", occupants.get(0).nickname());
        assertEquals(new JID("juliet@capulet.lit/phone"), occupants.get(0).userAddress());
        assertTrue(occupants.get(0).isModerator());
        assertSame(laptop, occupants.get(1).openfireOccupant());
        assertEquals(new JID("juliet@capulet.lit/laptop"), occupants.get(1).userAddress());
        assertFalse(occupants.get(1).isModerator());
    }

    @Test
    void onlyTheModeratorRoleCountsAsModerator() {
        when(room.getOccupants()).thenReturn(Arrays.asList(
                MUCRole42.of("a", "a@capulet.lit/1", MUCRole42.Role.moderator),
                MUCRole42.of("b", "b@capulet.lit/1", MUCRole42.Role.participant),
                MUCRole42.of("c", "c@capulet.lit/1", MUCRole42.Role.visitor),
                MUCRole42.of("d", "d@capulet.lit/1", MUCRole42.Role.none)));

        List<Occupant> occupants = bridge.occupants(asMUCRoom(room));

        assertEquals(4, occupants.size());
        assertTrue(occupants.get(0).isModerator());
        assertFalse(occupants.get(1).isModerator());
        assertFalse(occupants.get(2).isModerator());
        assertFalse(occupants.get(3).isModerator());
        assertEquals("d", occupants.get(3).nickname());
    }

    @Test
    void thePresenceOfAnOccupantIsACopyOfTheOneTheRoomKeepsOn42() throws Exception {
        MUCRole42.Recording juliet = MUCRole42.of("juliet", "juliet@capulet.lit/balcony", MUCRole42.Role.participant);
        juliet.setPresence("<presence from='room@conference.capulet.lit/juliet'><x xmlns='vcard-temp:x:update'><photo/></x></presence>");
        when(room.getOccupantsByBareJID(JULIET)).thenReturn(Collections.singletonList(juliet));

        Presence presence = bridge.presenceOf(bridge.occupantsOf(asMUCRoom(room), JULIET).get(0));

        assertEquals(juliet.getPresence().toXML(), presence.toXML());
        presence.setType(Presence.Type.unavailable);
        assertNull(juliet.getPresence().getType(), "4.2 hands out the object it keeps: not to be changed");
    }

    @Test
    void sendsToAnOccupantThroughItsOwnSendAddressedToItsSessionOn42() throws Exception {
        MUCRole42.Recording here = MUCRole42.of("juliet", "juliet@capulet.lit/balcony", MUCRole42.Role.participant);
        MUCRole42.Recording elsewhere = MUCRole42.onAnotherNode("juliet", "juliet@capulet.lit/tomb", MUCRole42.Role.participant);
        when(room.getOccupantsByBareJID(JULIET)).thenReturn(Arrays.asList(here, elsewhere));
        Presence presence = new Presence(Presence.Type.unavailable);

        for (Occupant occupant : bridge.occupantsOf(asMUCRoom(room), JULIET)) {
            bridge.send(occupant, presence);
        }

        assertEquals(Collections.singletonList("<presence type=\"unavailable\" to=\"juliet@capulet.lit/balcony\"/>"), here.sent());
        // Before 4.7 an occupant on another cluster node is handed the stanza as it is: the bridge addresses it.
        assertEquals(Collections.singletonList("<presence type=\"unavailable\" to=\"juliet@capulet.lit/tomb\"/>"), elsewhere.sent());
    }

    @Test
    void sendsEachOccupantThePresenceChosenForItsRoleOn42() {
        MUCRole42.Recording[] occupants = {
                MUCRole42.of("a", "a@capulet.lit/1", MUCRole42.Role.moderator),
                MUCRole42.of("b", "b@capulet.lit/1", MUCRole42.Role.participant),
                MUCRole42.of("c", "c@capulet.lit/1", MUCRole42.Role.visitor),
                MUCRole42.onAnotherNode("d", "d@capulet.lit/1", MUCRole42.Role.participant)};
        when(room.getOccupants()).thenReturn(Arrays.<MUCRole42>asList(occupants));
        Presence forModerators = new Presence();
        Presence forParticipants = new Presence(Presence.Type.unavailable);

        bridge.sendToEachOccupant(asMUCRoom(room), role -> role == Role.MODERATOR ? forModerators
                : role == Role.PARTICIPANT ? forParticipants : null);

        assertSame(forModerators, occupants[0].sentPackets().get(0));
        assertEquals(Collections.singletonList("<presence type=\"unavailable\" to=\"b@capulet.lit/1\"/>"), occupants[1].sent());
        assertTrue(occupants[2].sent().isEmpty());
        assertEquals(Collections.singletonList("<presence type=\"unavailable\" to=\"d@capulet.lit/1\"/>"), occupants[3].sent());
    }

    @Test
    void readsThePresenceBroadcastRolesFromStringsOn42() {
        when(room.getRolesToBroadcastPresence()).thenReturn(Arrays.asList("moderator", "visitor"));

        assertEquals(EnumSet.of(Role.MODERATOR, Role.VISITOR), bridge.presenceBroadcastRoles(asMUCRoom(room)));
    }

    @Test
    void hasASubjectOnlyWhenItIsNotEmpty() {
        when(room.getSubject()).thenReturn(null);
        assertFalse(bridge.hasSubject(asMUCRoom(room)));
        when(room.getSubject()).thenReturn("");
        assertFalse(bridge.hasSubject(asMUCRoom(room)));
        when(room.getSubject()).thenReturn("Balcony");
        assertTrue(bridge.hasSubject(asMUCRoom(room)));
    }

    @Test
    void runsRoomWorkWithoutLockWhereTheServiceHasNoneOn42() {
        MultiUserChatService service = mock(MultiUserChatService.class);
        when(service.getChatRoom("balcony")).thenReturn(asMUCRoom(room));

        MUCRoom[] seen = new MUCRoom[1];
        String result = bridge.inRoom(service, "balcony", r -> {
            seen[0] = r;
            return "done";
        });

        assertEquals("done", result);
        assertSame(room, seen[0]);
        verify(service).getChatRoom("balcony");
        verifyNoMoreInteractions(service);
    }

    @Test
    void roomWorkGetsNullForAMissingRoomOn42() {
        MultiUserChatService service = mock(MultiUserChatService.class);

        assertEquals("none", bridge.inRoom(service, "nowhere", r -> r == null ? "none" : "some"));
    }
}
