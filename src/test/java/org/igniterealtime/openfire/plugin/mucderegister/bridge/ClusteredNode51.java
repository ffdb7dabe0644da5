package org.igniterealtime.openfire.plugin.mucderegister.bridge;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;

import org.igniterealtime.openfire.plugin.mucderegister.bridge.shapes.Affiliation51;
import org.igniterealtime.openfire.plugin.mucderegister.bridge.shapes.Occupant51;
import org.igniterealtime.openfire.plugin.mucderegister.bridge.shapes.Role51;
import org.igniterealtime.openfire.plugin.mucderegister.bridge.shapes.Room51;
import org.igniterealtime.openfire.plugin.mucderegister.bridge.shapes.Service51;
import org.jivesoftware.openfire.muc.MUCRoom;
import org.jivesoftware.openfire.user.UserNotFoundException;
import org.xmpp.packet.JID;

/**
 * One node of a clustered Openfire 5.1, as its MUC service behaves towards the plugin: the room
 * it hands out ({@code getChatRoom}) is always a fresh copy of the room as the cluster last shared
 * it, and a change made to such a copy reaches the cluster, and so a later {@code getChatRoom}, only
 * through {@code syncChatRoom}. Room and service are shaped like 5.1's ({@link Room51},
 * {@link Service51}); the bridge is resolved on those shapes.
 */
public final class ClusteredNode51 {

    /** The state of one room: affiliations and occupants. */
    public static final class RoomState {
        final Map<JID, Affiliation51> affiliations = new LinkedHashMap<>();
        final List<Occupant51> occupants = new ArrayList<>();
        boolean membersOnly;
        boolean nonAnonymous = true;

        RoomState copy() {
            RoomState copy = new RoomState();
            copy.affiliations.putAll(affiliations);
            copy.occupants.addAll(occupants);
            copy.membersOnly = membersOnly;
            copy.nonAnonymous = nonAnonymous;
            return copy;
        }

        /** Sets a user's affiliation ({@code none} removes it). */
        public RoomState affiliate(String bareJid, Affiliation51 affiliation) {
            if (affiliation == Affiliation51.none) {
                affiliations.remove(new JID(bareJid));
            } else {
                affiliations.put(new JID(bareJid), affiliation);
            }
            return this;
        }

        /** Puts a session in the room. */
        public RoomState occupy(String nickname, String fullJid, Role51 role) {
            occupants.add(new Occupant51(nickname, fullJid, role));
            return this;
        }

        public RoomState membersOnly(boolean membersOnly) {
            this.membersOnly = membersOnly;
            return this;
        }

        public RoomState nonAnonymous(boolean nonAnonymous) {
            this.nonAnonymous = nonAnonymous;
            return this;
        }

        public Affiliation51 affiliationOf(String bareJid) {
            return affiliations.getOrDefault(new JID(bareJid), Affiliation51.none);
        }

        private List<JID> withAffiliation(Affiliation51 affiliation) {
            return affiliations.entrySet().stream().filter(e -> e.getValue() == affiliation)
                    .map(Map.Entry::getKey).collect(Collectors.toList());
        }
    }

    private final OpenfireBridge bridge;
    private final Service51 service = mock(Service51.class);
    private final ReentrantLock lock = new ReentrantLock();
    private final String roomName;
    private RoomState shared;
    private int syncs;
    private boolean failRevocations;

    public ClusteredNode51(String roomName, RoomState state) throws BridgeUnavailableException {
        this.bridge = OpenfireBridge.resolve(new OpenfireTypes(5, 1, Room51.class, Service51.class, null));
        this.roomName = roomName;
        this.shared = state;
        when(service.getChatRoomLock(roomName)).thenReturn(lock);
        when(service.getChatRoom(anyString())).thenAnswer(call -> roomName.equals(call.getArgument(0))
                ? room(shared.copy(), this) : null);
        doAnswer(call -> {
            shared = stateOf(call.getArgument(0)).copy();
            syncs++;
            return null;
        }).when(service).syncChatRoom(any());
    }

    public OpenfireBridge bridge() {
        return bridge;
    }

    /** The node's MUC service. */
    public Service51 service() {
        return service;
    }

    /** The room's cluster-wide lock. */
    public ReentrantLock lock() {
        return lock;
    }

    /** The room as the cluster last shared it (what a later lookup on any node sees). */
    public RoomState shared() {
        return shared;
    }

    /** How often the room was shared with the cluster. */
    public int syncs() {
        return syncs;
    }

    /** Makes every revocation ({@code addNone}) fail after it has changed the room, as a fault midway would. */
    public void failRevocationsAfterChanging() {
        failRevocations = true;
    }

    /** The state behind a room copy that this node handed out. */
    public static RoomState stateOf(Object room) {
        return ((StatefulRoom) room).state();
    }

    /** What a room copy answers from: its own state. */
    public interface StatefulRoom {
        RoomState state();
    }

    private static MUCRoom room(RoomState state, ClusteredNode51 node) {
        Room51 room = mock(Room51.class, withSettings().extraInterfaces(MUCRoom.class, StatefulRoom.class));
        when(((StatefulRoom) room).state()).thenReturn(state);
        when(room.getAffiliation(any())).thenAnswer(call -> state.affiliationOf(((JID) call.getArgument(0)).toBareJID()));
        when(room.getOwners()).thenAnswer(call -> state.withAffiliation(Affiliation51.owner));
        when(room.getAdmins()).thenAnswer(call -> state.withAffiliation(Affiliation51.admin));
        when(room.getMembers()).thenAnswer(call -> state.withAffiliation(Affiliation51.member));
        when(room.isMembersOnly()).thenAnswer(call -> state.membersOnly);
        when(room.canAnyoneDiscoverJID()).thenAnswer(call -> state.nonAnonymous);
        when(room.getOccupants()).thenAnswer(call -> Collections.unmodifiableList(new ArrayList<>(state.occupants)));
        when(room.getOccupantsByBareJID(any())).thenAnswer(call -> {
            JID bare = ((JID) call.getArgument(0)).asBareJID();
            List<Occupant51> sessions = state.occupants.stream()
                    .filter(o -> o.getUserAddress().asBareJID().equals(bare)).collect(Collectors.toList());
            if (sessions.isEmpty()) {
                throw new UserNotFoundException(); // as 5.1 does
            }
            return sessions;
        });
        try {
            when(room.addNone(any(), any())).thenAnswer(call -> {
                state.affiliate(((JID) call.getArgument(0)).toBareJID(), Affiliation51.none);
                if (node.failRevocations) {
                    throw new IllegalStateException("the database went away");
                }
                return Collections.emptyList();
            });
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return (MUCRoom) room;
    }
}
