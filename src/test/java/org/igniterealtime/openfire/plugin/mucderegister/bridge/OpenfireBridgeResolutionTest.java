package org.igniterealtime.openfire.plugin.mucderegister.bridge;

import static org.igniterealtime.openfire.plugin.mucderegister.bridge.BridgeFixtures.bridge;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

import java.util.Collections;
import java.util.List;

import org.igniterealtime.openfire.plugin.mucderegister.bridge.shapes.Incomplete;
import org.igniterealtime.openfire.plugin.mucderegister.bridge.shapes.OccupantLeftEvent42;
import org.igniterealtime.openfire.plugin.mucderegister.bridge.shapes.OccupantLeftEvent46;
import org.igniterealtime.openfire.plugin.mucderegister.bridge.shapes.Room42;
import org.igniterealtime.openfire.plugin.mucderegister.bridge.shapes.Room46;
import org.igniterealtime.openfire.plugin.mucderegister.bridge.shapes.Room47;
import org.igniterealtime.openfire.plugin.mucderegister.bridge.shapes.Room49;
import org.igniterealtime.openfire.plugin.mucderegister.bridge.shapes.Room51;
import org.igniterealtime.openfire.plugin.mucderegister.bridge.shapes.Service47;
import org.igniterealtime.openfire.plugin.mucderegister.bridge.shapes.Service49;
import org.igniterealtime.openfire.plugin.mucderegister.bridge.shapes.Service51;
import org.jivesoftware.openfire.muc.MUCRole;
import org.jivesoftware.openfire.muc.MUCRoom;
import org.jivesoftware.openfire.muc.MultiUserChatService;
import org.jivesoftware.openfire.muc.cluster.OccupantLeftEvent;
import org.jivesoftware.openfire.user.UserNotFoundException;
import org.junit.jupiter.api.Test;
import org.xmpp.packet.JID;
import org.xmpp.packet.Presence;

/** Release checks, resolution against Openfire 4.2.0's own types, and shapes that lack something. */
class OpenfireBridgeResolutionTest {

    private static final JID JULIET = new JID("juliet@capulet.lit");

    @Test
    void releasesBefore45LackTheEmptySubjectOnJoin() throws Exception {
        assertTrue(bridge(4, 2, Room42.class, MultiUserChatService.class, OccupantLeftEvent42.class).lacksEmptySubjectOnJoin());
        assertTrue(bridge(4, 4, Room42.class, MultiUserChatService.class, OccupantLeftEvent42.class).lacksEmptySubjectOnJoin());
        assertFalse(bridge(4, 5, Room42.class, MultiUserChatService.class, OccupantLeftEvent42.class).lacksEmptySubjectOnJoin());
        assertFalse(bridge(4, 6, Room46.class, MultiUserChatService.class, OccupantLeftEvent46.class).lacksEmptySubjectOnJoin());
        assertFalse(bridge(4, 7, Room47.class, Service47.class, null).lacksEmptySubjectOnJoin());
        assertFalse(bridge(5, 0, Room51.class, Service51.class, null).lacksEmptySubjectOnJoin());
        assertFalse(bridge(5, 1, Room51.class, Service51.class, null).lacksEmptySubjectOnJoin());
    }

    @Test
    void releasesBefore47LackOwnStatusOnRemoval() throws Exception {
        assertTrue(bridge(4, 4, Room42.class, MultiUserChatService.class, OccupantLeftEvent42.class).lacksOwnStatusOnRemoval());
        assertTrue(bridge(4, 5, Room42.class, MultiUserChatService.class, OccupantLeftEvent42.class).lacksOwnStatusOnRemoval());
        assertTrue(bridge(4, 6, Room46.class, MultiUserChatService.class, OccupantLeftEvent46.class).lacksOwnStatusOnRemoval());
        assertFalse(bridge(4, 7, Room47.class, Service47.class, null).lacksOwnStatusOnRemoval());
        assertFalse(bridge(4, 9, Room49.class, Service49.class, null).lacksOwnStatusOnRemoval());
        // 5.1's minor number is below 7: the major number decides.
        assertFalse(bridge(5, 0, Room51.class, Service51.class, null).lacksOwnStatusOnRemoval());
        assertFalse(bridge(5, 1, Room51.class, Service51.class, null).lacksOwnStatusOnRemoval());
    }

    @Test
    void resolvesOnOpenfire420sOwnTypes() throws Exception {
        OpenfireBridge bridge = bridge(4, 2, MUCRoom.class, MultiUserChatService.class, OccupantLeftEvent.class);
        MUCRoom room = mock(MUCRoom.class);
        MUCRole roomRole = mock(MUCRole.class);
        when(room.getRole()).thenReturn(roomRole);
        List<Presence> presences = Collections.singletonList(new Presence());
        when(room.addNone(JULIET, roomRole)).thenReturn(presences);
        Presence presence = new Presence();

        assertSame(presences, bridge.revokeAffiliation(room, JULIET));
        bridge.broadcast(room, presence);

        verify(room).addNone(JULIET, roomRole);
        verify(room).send(presence);
        assertTrue(bridge.lacksEmptySubjectOnJoin());
        assertTrue(bridge.lacksOwnStatusOnRemoval());
    }

    @Test
    void readsOccupantsOnOpenfire420sOwnTypes() throws Exception {
        OpenfireBridge bridge = bridge(4, 2, MUCRoom.class, MultiUserChatService.class, OccupantLeftEvent.class);
        MUCRoom room = mock(MUCRoom.class);
        MUCRole romeo = mock(MUCRole.class);
        when(romeo.getNickname()).thenReturn("romeo");
        when(romeo.getUserAddress()).thenReturn(new JID("romeo@montague.lit/orchard"));
        when(romeo.getRole()).thenReturn(MUCRole.Role.moderator);
        when(room.getOccupants()).thenReturn(Collections.singletonList(romeo));
        when(room.getOccupantsByBareJID(JULIET)).thenThrow(new UserNotFoundException());
        when(room.getAffiliation(JULIET)).thenReturn(MUCRole.Affiliation.outcast);

        List<Occupant> occupants = bridge.occupants(room);

        assertEquals("romeo", occupants.get(0).nickname());
        assertTrue(occupants.get(0).isModerator());
        assertTrue(bridge.occupantsOf(room, JULIET).isEmpty());
        assertEquals(Affiliation.OUTCAST, bridge.affiliationOf(room, JULIET));
    }

    @Test
    void runsRoomWorkWithoutLockOnOpenfire420sOwnService() throws Exception {
        OpenfireBridge bridge = bridge(4, 2, MUCRoom.class, MultiUserChatService.class, OccupantLeftEvent.class);
        MultiUserChatService service = mock(MultiUserChatService.class);
        MUCRoom room = mock(MUCRoom.class);
        when(service.getChatRoom("balcony")).thenReturn(room);

        assertSame(room, bridge.inRoom(service, "balcony", r -> r));
        verify(service).getChatRoom("balcony");
        verifyNoMoreInteractions(service);
    }

    @Test
    void cannotResolveWithoutAWayToRemoveAnOccupant() {
        assertMissing("removeOccupant", 4, 2, Room42.class, MultiUserChatService.class, null);
        assertMissing("removeOccupant", 4, 6, Room46.class, MultiUserChatService.class, null);
    }

    @Test
    void cannotResolveWithAnOccupantLeftEventNotMadeFromRoomAndOccupant() {
        assertMissing("OccupantLeftEvent(room, occupant)", 4, 2, Room42.class, MultiUserChatService.class,
                Incomplete.EventWithoutOccupant.class);
    }

    @Test
    void cannotResolveWithAnOccupantLeftEventWithoutOriginator() {
        assertMissing("setOriginator", 4, 2, Room42.class, MultiUserChatService.class,
                Incomplete.EventWithoutOriginator.class);
    }

    @Test
    void cannotResolveWithoutAddNone() {
        assertMissing("addNone", 4, 2, Incomplete.RoomWithoutAddNone.class, MultiUserChatService.class,
                OccupantLeftEvent42.class);
    }

    @Test
    void cannotResolveWithoutABroadcastSend() {
        assertMissing("send(Packet", 4, 2, Incomplete.RoomWithoutSend.class, MultiUserChatService.class,
                OccupantLeftEvent42.class);
    }

    @Test
    void cannotResolveWithoutTheRoomsSelfRepresentation() {
        assertMissing("getSelfRepresentation/getRole", 4, 2, Incomplete.RoomWithoutSelfRepresentation.class,
                MultiUserChatService.class, OccupantLeftEvent42.class);
    }

    @Test
    void cannotResolveWithoutGetSubject() {
        assertMissing("getSubject", 4, 2, Incomplete.RoomWithoutSubject.class, MultiUserChatService.class,
                OccupantLeftEvent42.class);
    }

    @Test
    void cannotResolveWithoutThePresenceBroadcastRoles() {
        assertMissing("getRolesToBroadcastPresence", 4, 2, Incomplete.RoomWithoutPresenceBroadcastRoles.class,
                MultiUserChatService.class, OccupantLeftEvent42.class);
    }

    @Test
    void cannotResolveWithOccupantsWithoutNickname() {
        assertMissing("getNickname", 4, 2, Incomplete.RoomWithNamelessOccupants.class, MultiUserChatService.class,
                OccupantLeftEvent42.class);
    }

    @Test
    void cannotResolveWithARoomLockButNoSync() {
        assertMissing("syncChatRoom", 4, 7, Room47.class, Incomplete.ServiceWithoutSync.class, null);
    }

    @Test
    void cannotResolveWithASyncForAnotherRoomType() {
        // Service47 syncs a Room47, not a Room49.
        assertMissing("syncChatRoom", 4, 9, Room49.class, Service47.class, null);
    }

    private static void assertMissing(String what, int major, int minor, Class<?> room, Class<?> service,
            Class<?> occupantLeftEvent) {
        BridgeUnavailableException e = assertThrows(BridgeUnavailableException.class,
                () -> bridge(major, minor, room, service, occupantLeftEvent));
        assertTrue(e.getMessage().contains(what), () -> "names " + what + ": " + e.getMessage());
        assertTrue(e.getMessage().startsWith("Openfire " + major + "." + minor + " "), e::getMessage);
    }
}
