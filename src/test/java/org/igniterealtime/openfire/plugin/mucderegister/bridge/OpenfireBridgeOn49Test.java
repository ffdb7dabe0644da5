package org.igniterealtime.openfire.plugin.mucderegister.bridge;

import static org.igniterealtime.openfire.plugin.mucderegister.bridge.BridgeFixtures.asMUCRoom;
import static org.igniterealtime.openfire.plugin.mucderegister.bridge.BridgeFixtures.bridge;
import static org.igniterealtime.openfire.plugin.mucderegister.bridge.BridgeFixtures.roomOfShape;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Collections;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

import org.igniterealtime.openfire.plugin.mucderegister.bridge.shapes.MUCRole47;
import org.igniterealtime.openfire.plugin.mucderegister.bridge.shapes.Room49;
import org.igniterealtime.openfire.plugin.mucderegister.bridge.shapes.Service49;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xmpp.packet.JID;
import org.xmpp.packet.Presence;

/** The bridge on types shaped like Openfire 4.9: as 4.7, but getSelfRepresentation(). */
class OpenfireBridgeOn49Test {

    private static final JID JULIET = new JID("juliet@capulet.lit");

    private final Room49 room = roomOfShape(Room49.class);
    private final MUCRole47 self = new MUCRole47("room", "room@conference.capulet.lit", MUCRole47.Role.moderator);
    private OpenfireBridge bridge;

    @BeforeEach
    void resolve() throws Exception {
        bridge = bridge(4, 9, Room49.class, Service49.class, null);
        when(room.getSelfRepresentation()).thenReturn(self);
    }

    @Test
    void revokesWithTheRoomsSelfRepresentationAsSenderOn49() throws Exception {
        List<Presence> presences = Collections.singletonList(new Presence());
        when(room.addNone(JULIET, self)).thenReturn(presences);

        assertSame(presences, bridge.revokeAffiliation(asMUCRoom(room), JULIET));
        verify(room).addNone(JULIET, self);
    }

    @Test
    void broadcastsWithTheRoomsSelfRepresentationAsSenderOn49() {
        Presence presence = new Presence();

        bridge.broadcast(asMUCRoom(room), presence);

        verify(room).send(presence, self);
    }

    @Test
    void removesAnOccupantByRemoveOccupantRoleOn49() {
        MUCRole47 romeo = new MUCRole47("romeo", "romeo@montague.lit/orchard", MUCRole47.Role.participant);

        bridge.removeOccupant(asMUCRoom(room), new Occupant(romeo, "romeo", romeo.getUserAddress(), false));

        verify(room).removeOccupantRole(romeo);
    }

    @Test
    void runsRoomWorkUnderTheRoomLockAndSyncsAfterwardsOn49() {
        Service49 service = mock(Service49.class);
        ReentrantLock lock = new ReentrantLock();
        when(service.getChatRoomLock("balcony")).thenReturn(lock);
        when(service.getChatRoom("balcony")).thenReturn(asMUCRoom(room));

        bridge.inRoom(service, "balcony", r -> {
            assertTrue(lock.isHeldByCurrentThread());
            return null;
        });

        verify(service).syncChatRoom(room);
        assertFalse(lock.isLocked());
    }
}
