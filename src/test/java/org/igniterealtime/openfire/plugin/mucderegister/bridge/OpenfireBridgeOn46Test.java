package org.igniterealtime.openfire.plugin.mucderegister.bridge;

import static org.igniterealtime.openfire.plugin.mucderegister.bridge.BridgeFixtures.asMUCRoom;
import static org.igniterealtime.openfire.plugin.mucderegister.bridge.BridgeFixtures.bridge;
import static org.igniterealtime.openfire.plugin.mucderegister.bridge.BridgeFixtures.roomOfShape;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;

import org.igniterealtime.openfire.plugin.mucderegister.bridge.shapes.MUCRole42;
import org.igniterealtime.openfire.plugin.mucderegister.bridge.shapes.OccupantLeftEvent46;
import org.igniterealtime.openfire.plugin.mucderegister.bridge.shapes.RecordedOccupantLeftEvent;
import org.igniterealtime.openfire.plugin.mucderegister.bridge.shapes.Room46;
import org.jivesoftware.openfire.muc.MultiUserChatService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xmpp.packet.JID;
import org.xmpp.packet.Presence;

/** The bridge on types shaped like Openfire 4.6: interfaces still, but send(Packet, MUCRole). */
class OpenfireBridgeOn46Test {

    private static final JID JULIET = new JID("juliet@capulet.lit");

    private final Room46 room = roomOfShape(Room46.class);
    private final MUCRole42 roomRole = MUCRole42.of("room", "room@conference.capulet.lit", MUCRole42.Role.moderator);
    private OpenfireBridge bridge;

    @BeforeEach
    void resolve() throws Exception {
        RecordedOccupantLeftEvent.MADE.clear();
        bridge = bridge(4, 6, Room46.class, MultiUserChatService.class, OccupantLeftEvent46.class);
        when(room.getRole()).thenReturn(roomRole);
    }

    @Test
    void revokesWithTheRoomsRoleAsSenderOn46() throws Exception {
        List<Presence> presences = Collections.singletonList(new Presence());
        when(room.addNone(JULIET, roomRole)).thenReturn(presences);

        assertSame(presences, bridge.revokeAffiliation(asMUCRoom(room), JULIET));
        verify(room).addNone(JULIET, roomRole);
    }

    @Test
    void broadcastsWithTheRoomsRoleAsSenderOn46() {
        Presence presence = new Presence();

        bridge.broadcast(asMUCRoom(room), presence);

        verify(room).send(presence, roomRole);
    }

    @Test
    void removesAnOccupantByALocalOccupantLeftEventAsOriginatorOn46() {
        MUCRole42 romeo = MUCRole42.of("romeo", "romeo@montague.lit/orchard", MUCRole42.Role.participant);

        bridge.removeOccupant(asMUCRoom(room), new Occupant(romeo, "romeo", romeo.getUserAddress(), false));

        List<RecordedOccupantLeftEvent> made = RecordedOccupantLeftEvent.MADE;
        assertEquals(2, made.size());
        for (RecordedOccupantLeftEvent event : made) {
            assertTrue(event instanceof OccupantLeftEvent46);
            assertSame(room, event.room());
            assertSame(romeo, event.occupant());
        }
        assertTrue(made.get(0).isOriginator());
        verify(room).leaveRoom((OccupantLeftEvent46) made.get(0));
        assertFalse(made.get(1).isOriginator());
        assertEquals(0, made.get(1).runs());
    }

    @Test
    void readsThePresenceBroadcastRolesFromTheNestedEnumOn46() {
        when(room.getRolesToBroadcastPresence()).thenReturn(Arrays.asList(MUCRole42.Role.moderator, MUCRole42.Role.participant));

        assertEquals(EnumSet.of(Role.MODERATOR, Role.PARTICIPANT), bridge.presenceBroadcastRoles(asMUCRoom(room)));
    }

    @Test
    void runsRoomWorkWithoutLockWhereTheServiceHasNoneOn46() {
        MultiUserChatService service = mock(MultiUserChatService.class);
        when(service.getChatRoom("balcony")).thenReturn(asMUCRoom(room));

        assertSame(room, bridge.inRoom(service, "balcony", r -> r));
        verify(service).getChatRoom("balcony");
        verifyNoMoreInteractions(service);
    }
}
