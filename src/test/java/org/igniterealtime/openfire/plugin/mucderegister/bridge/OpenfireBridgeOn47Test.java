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
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

import org.igniterealtime.openfire.plugin.mucderegister.bridge.shapes.MUCRole47;
import org.igniterealtime.openfire.plugin.mucderegister.bridge.shapes.OccupantLeftEvent42;
import org.igniterealtime.openfire.plugin.mucderegister.bridge.shapes.RecordedOccupantLeftEvent;
import org.igniterealtime.openfire.plugin.mucderegister.bridge.shapes.Room47;
import org.igniterealtime.openfire.plugin.mucderegister.bridge.shapes.Service47;
import org.jivesoftware.openfire.muc.MUCRoom;
import org.jivesoftware.openfire.user.UserNotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;
import org.xmpp.packet.JID;
import org.xmpp.packet.Presence;

/**
 * The bridge on types shaped like Openfire 4.7 and 4.8: MUCRoom and MUCRole are classes,
 * removeOccupantRole, and the service's room lock and sync.
 */
class OpenfireBridgeOn47Test {

    private static final JID JULIET = new JID("juliet@capulet.lit");

    private final Room47 room = roomOfShape(Room47.class);
    private final MUCRole47 roomRole = new MUCRole47("room", "room@conference.capulet.lit", MUCRole47.Role.moderator);
    private final Service47 service = mock(Service47.class);
    private final ReentrantLock lock = new ReentrantLock();
    private OpenfireBridge bridge;

    @BeforeEach
    void resolve() throws Exception {
        RecordedOccupantLeftEvent.MADE.clear();
        // A server of 4.7 still has OccupantLeftEvent; the bridge must prefer removeOccupantRole.
        bridge = bridge(4, 7, Room47.class, Service47.class, OccupantLeftEvent42.class);
        when(room.getRole()).thenReturn(roomRole);
        when(service.getChatRoomLock("balcony")).thenReturn(lock);
        when(service.getChatRoom("balcony")).thenAnswer(invocation -> {
            assertTrue(lock.isHeldByCurrentThread(), "room fetched under its lock");
            return asMUCRoom(room);
        });
        doAnswer(invocation -> {
            assertTrue(lock.isHeldByCurrentThread(), "room synced under its lock");
            return null;
        }).when(service).syncChatRoom(room);
    }

    @Test
    void revokesWithTheRoomsRoleAsSenderOn47() throws Exception {
        List<Presence> presences = Collections.singletonList(new Presence());
        when(room.addNone(JULIET, roomRole)).thenReturn(presences);

        assertSame(presences, bridge.revokeAffiliation(asMUCRoom(room), JULIET));
        verify(room).addNone(JULIET, roomRole);
    }

    @Test
    void broadcastsWithTheRoomsRoleAsSenderOn47() {
        Presence presence = new Presence();

        bridge.broadcast(asMUCRoom(room), presence);

        verify(room).send(presence, roomRole);
    }

    @Test
    void removesAnOccupantByRemoveOccupantRoleOn47() {
        MUCRole47 romeo = new MUCRole47("romeo", "romeo@montague.lit/orchard", MUCRole47.Role.participant);

        bridge.removeOccupant(asMUCRoom(room), new Occupant(romeo, "romeo", romeo.getUserAddress(), false));

        verify(room).removeOccupantRole(romeo);
        assertTrue(RecordedOccupantLeftEvent.MADE.isEmpty());
    }

    @Test
    void mapsEachNestedAffiliationOfTheClassShapeByName() {
        for (MUCRole47.Affiliation affiliation : MUCRole47.Affiliation.values()) {
            when(room.getAffiliation(JULIET)).thenReturn(affiliation);
            assertEquals(Affiliation.named(affiliation.name()), bridge.affiliationOf(asMUCRoom(room), JULIET));
        }
    }

    @Test
    void occupantsOfAUserWithoutSessionAreNoneOn47() throws Exception {
        when(room.getOccupantsByBareJID(JULIET)).thenThrow(new UserNotFoundException());

        assertTrue(bridge.occupantsOf(asMUCRoom(room), JULIET).isEmpty());
    }

    @Test
    void snapshotsOccupantsOfTheClassShape() {
        MUCRole47 moderator = new MUCRole47("nurse", "nurse@capulet.lit/kitchen", MUCRole47.Role.moderator);
        MUCRole47 visitor = new MUCRole47("tybalt", "tybalt@capulet.lit/street", MUCRole47.Role.visitor);
        when(room.getOccupants()).thenReturn(Arrays.asList(moderator, visitor));

        List<Occupant> occupants = bridge.occupants(asMUCRoom(room));

        assertEquals("nurse", occupants.get(0).nickname());
        assertEquals(new JID("nurse@capulet.lit/kitchen"), occupants.get(0).userAddress());
        assertTrue(occupants.get(0).isModerator());
        assertSame(visitor, occupants.get(1).openfireOccupant());
        assertFalse(occupants.get(1).isModerator());
    }

    @Test
    void leavesOccupantsJoinedThroughAFederatedRoomToThatRoomOn47() {
        MUCRole47 local = new MUCRole47("nurse", "nurse@capulet.lit/kitchen", MUCRole47.Role.participant);
        MUCRole47 federated = new MUCRole47("mercutio", "mercutio@verona.example/street", MUCRole47.Role.participant);
        federated.joinThroughFmuc();
        when(room.getOccupants()).thenReturn(Arrays.asList(local, federated));
        when(room.getRolesToBroadcastPresence()).thenReturn(Arrays.asList(MUCRole47.Role.values()));
        Presence presence = new Presence(Presence.Type.unavailable);

        bridge.sendToEachOccupant(asMUCRoom(room), role -> presence);

        assertEquals(Collections.singletonList("<presence type=\"unavailable\" to=\"nurse@capulet.lit/kitchen\"/>"), local.sent());
        assertTrue(federated.sent().isEmpty());
        assertEquals(EnumSet.allOf(Role.class), bridge.presenceBroadcastRoles(asMUCRoom(room)));
    }

    @Test
    void runsRoomWorkUnderTheRoomLockAndSyncsAfterwardsOn47() {
        Lock spiedLock = mock(Lock.class);
        when(service.getChatRoomLock("balcony")).thenReturn(spiedLock);
        doReturn(asMUCRoom(room)).when(service).getChatRoom("balcony");
        doAnswer(invocation -> null).when(service).syncChatRoom(room);

        String result = bridge.inRoom(service, "balcony", r -> {
            assertSame(room, r);
            verify(service, never()).syncChatRoom(any());
            return "done";
        });

        assertEquals("done", result);
        InOrder order = inOrder(service, spiedLock);
        order.verify(service).getChatRoomLock("balcony");
        order.verify(spiedLock).lock();
        order.verify(service).getChatRoom("balcony");
        order.verify(service).syncChatRoom(room);
        order.verify(spiedLock).unlock();
    }

    @Test
    void holdsTheRoomLockWhileTheWorkRunsOn47() {
        bridge.inRoom(service, "balcony", r -> {
            assertTrue(lock.isHeldByCurrentThread());
            return null;
        });

        assertFalse(lock.isLocked());
        verify(service).syncChatRoom(room);
    }

    @Test
    void releasesTheRoomLockWhenTheWorkFailsOn47() {
        IllegalStateException failure = new IllegalStateException("work failed");

        assertSame(failure, assertThrows(IllegalStateException.class,
                () -> bridge.inRoom(service, "balcony", r -> {
                    throw failure;
                })));

        assertFalse(lock.isLocked());
    }

    @Test
    void releasesTheRoomLockWhenTheSyncFailsOn47() {
        IllegalStateException failure = new IllegalStateException("sync failed");
        doAnswer(invocation -> {
            throw failure;
        }).when(service).syncChatRoom(room);

        assertSame(failure, assertThrows(IllegalStateException.class,
                () -> bridge.inRoom(service, "balcony", r -> "done")));

        assertFalse(lock.isLocked());
    }

    @Test
    void doesNotSyncAMissingRoomOn47() {
        when(service.getChatRoomLock("nowhere")).thenReturn(lock);

        MUCRoom[] seen = {asMUCRoom(room)};
        bridge.inRoom(service, "nowhere", r -> {
            seen[0] = r;
            return null;
        });

        assertNull(seen[0]);
        verify(service, never()).syncChatRoom(any());
        assertFalse(lock.isLocked());
    }
}
