package org.igniterealtime.openfire.plugin.mucderegister.bridge;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.Lock;
import java.util.function.Function;

import org.jivesoftware.openfire.XMPPServer;
import org.jivesoftware.openfire.muc.MUCRoom;
import org.jivesoftware.openfire.muc.MultiUserChatService;
import org.jivesoftware.openfire.user.UserNotFoundException;
import org.jivesoftware.util.cache.CacheFactory;
import org.jivesoftware.util.cache.ClusterTask;
import org.xmpp.packet.JID;
import org.xmpp.packet.Packet;
import org.xmpp.packet.Presence;

/**
 * Every call whose form differs between the Openfire releases the plugin runs on (4.2.0 to 5.1.x),
 * resolved once, at start, by the shape of the running server's types. Nothing else in the plugin
 * knows which release it runs on.
 *
 * <p>The plugin is compiled against 4.2.0, where {@code MUCRoom} and {@code MUCRole} are interfaces;
 * from 4.7 they are classes, so no room or occupant method may be called directly (the JVM would
 * throw {@code IncompatibleClassChangeError}). The affiliation and role enums moved in 5.0 and are
 * compared by name only.
 *
 * <p>What differs, and how it is told apart:
 * <ul>
 * <li>the room acting for itself: {@code getSelfRepresentation()} (5.0+) or {@code getRole()};</li>
 * <li>revoking: {@code addNone(JID, Affiliation)} (5.0+) or {@code addNone(JID, MUCRole)};</li>
 * <li>broadcasting: {@code send(Packet)} (before 4.6) or {@code send(Packet, sender)};</li>
 * <li>removing an occupant silently: {@code removeOccupant(MUCOccupant)} (5.0+),
 * {@code removeOccupantRole(MUCRole)} (4.7–4.9), or Openfire's {@code OccupantLeftEvent} run here
 * and sent to the cluster (before 4.7);</li>
 * <li>the room's cluster-wide lock and sync: {@code getChatRoomLock}/{@code syncChatRoom} (4.7+);</li>
 * <li>an occupant's presence: the stored object (4.2 to 4.7.1) or a copy (4.7.2 on), stamped with a
 * XEP-0421 occupant id from 5.0; the presence-broadcast roles as strings (before 4.6) or enums;</li>
 * <li>delivering to an occupant: its own {@code send(Packet)}, which addresses the stanza and
 * hands it straight to a local session (4.2) or to the packet router (4.3 and later), except that
 * before 4.7 an occupant on another cluster node ({@code isLocal()} false) passes it to the routing
 * table unaddressed; occupants joined through a federated room (FMUC, 4.6+) are reached through
 * that room, not one by one;</li>
 * <li>the empty subject on join (4.5+) and status 110 on removal (4.7+), by release number.</li>
 * </ul>
 */
public final class OpenfireBridge {

    private final Method getAffiliation;
    private final Method getMembers;
    private final Method getOwners;
    private final Method getAdmins;
    private final Method isMembersOnly;
    private final Method canAnyoneDiscoverJID;
    private final Method getOccupants;
    private final Method getOccupantsByBareJID;
    private final Method occupantNickname;
    private final Method occupantUserAddress;
    private final Method occupantRole;
    private final Method occupantPresence;
    private final Method occupantSend;
    private final Method occupantIsRemoteFmuc;
    private final Method occupantIsLocal;
    private final Method getRolesToBroadcastPresence;
    private final Method addNone;
    private final Method send;
    private final Method selfRepresentation;
    private final Object ownerAffiliation;
    private final Method removeOccupant;
    private final Constructor<?> occupantLeftEvent;
    private final Method setOriginator;
    private final Method leaveRoom;
    private final Method getChatRoomLock;
    private final Method syncChatRoom;
    private final Method getSubject;
    private final boolean lacksEmptySubjectOnJoin;
    private final boolean lacksOwnStatusOnRemoval;

    private OpenfireBridge(OpenfireTypes types) throws ReflectiveOperationException {
        Class<?> room = types.room();
        getAffiliation = room.getMethod("getAffiliation", JID.class);
        getMembers = room.getMethod("getMembers");
        getOwners = room.getMethod("getOwners");
        getAdmins = room.getMethod("getAdmins");
        isMembersOnly = room.getMethod("isMembersOnly");
        canAnyoneDiscoverJID = room.getMethod("canAnyoneDiscoverJID");
        getOccupants = room.getMethod("getOccupants");
        getOccupantsByBareJID = room.getMethod("getOccupantsByBareJID", JID.class);
        Class<?> occupant = elementType(getOccupants);
        getSubject = room.getMethod("getSubject");
        occupantNickname = occupant.getMethod("getNickname");
        occupantUserAddress = occupant.getMethod("getUserAddress");
        occupantRole = occupant.getMethod("getRole");
        selfRepresentation = firstPresent(room, "getSelfRepresentation", "getRole");
        addNone = twoArgumentMethod(room, "addNone", JID.class);
        Class<?> addNoneSender = addNone.getParameterTypes()[1];
        ownerAffiliation = addNoneSender.isEnum() ? enumConstant(addNoneSender, "owner") : null;
        send = sendMethod(room);
        removeOccupant = firstPresent(room, occupant, "removeOccupant", "removeOccupantRole");
        occupantLeftEvent = removeOccupant == null ? occupantLeftEventConstructor(types) : null;
        setOriginator = occupantLeftEvent == null ? null
                : occupantLeftEvent.getDeclaringClass().getMethod("setOriginator", boolean.class);
        leaveRoom = occupantLeftEvent == null ? null : leaveRoomMethod(occupantLeftEvent.getDeclaringClass());
        getChatRoomLock = optionalMethod(types.service(), "getChatRoomLock", String.class);
        syncChatRoom = getChatRoomLock == null ? null : types.service().getMethod("syncChatRoom", room);
        getRolesToBroadcastPresence = room.getMethod("getRolesToBroadcastPresence");
        occupantPresence = occupant.getMethod("getPresence");
        occupantSend = occupant.getMethod("send", Packet.class);
        occupantIsRemoteFmuc = optionalMethod(occupant, "isRemoteFmuc");
        occupantIsLocal = optionalMethod(occupant, "isLocal");
        lacksEmptySubjectOnJoin = types.isOlderThan(4, 5);
        lacksOwnStatusOnRemoval = types.isOlderThan(4, 7);
    }

    /** The bridge for the Openfire this plugin runs in. */
    public static OpenfireBridge forRunningServer() throws BridgeUnavailableException {
        return resolve(OpenfireTypes.running());
    }

    /** The bridge for Openfire types of a given shape (the running server's, or a test's). */
    static OpenfireBridge resolve(OpenfireTypes types) throws BridgeUnavailableException {
        try {
            return new OpenfireBridge(types);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new BridgeUnavailableException("Openfire " + types.release() + " lacks " + e, e);
        }
    }

    /**
     * Runs work on a room, as Openfire's own handlers do on the running release. The work gets
     * {@code null} when there is no such room.
     * <ul>
     * <li>4.7 and later: under the room's cluster-wide lock, on this node's copy of the room, which
     * is shared with the other cluster nodes afterwards ({@code syncChatRoom}), also when the work
     * fails midway, so that no node keeps a room that differs from the others'.</li>
     * <li>Before 4.7: on this node's own room, which every change updates in place; the other nodes
     * learn of each change from the cluster task that Openfire's room method sends for it
     * ({@code AddAffiliation} for {@code addNone}, {@code OccupantLeftEvent} for a removal).</li>
     * </ul>
     */
    public <T> T inRoom(MultiUserChatService service, String roomName, Function<MUCRoom, T> work) {
        if (getChatRoomLock == null) {
            return work.apply(service.getChatRoom(roomName));
        }
        Lock lock = (Lock) call(getChatRoomLock, service, roomName);
        lock.lock();
        try {
            MUCRoom room = service.getChatRoom(roomName);
            try {
                return work.apply(room);
            } finally {
                if (room != null) {
                    call(syncChatRoom, service, room);
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /** The room at an address such as {@code room@conference.example.org}, or null. */
    public MUCRoom roomAt(JID roomAddress) {
        MultiUserChatService service = XMPPServer.getInstance().getMultiUserChatManager()
                .getMultiUserChatService(roomAddress);
        return service == null || roomAddress.getNode() == null ? null : service.getChatRoom(roomAddress.getNode());
    }

    /** The user's affiliation, counting memberships through groups. */
    public Affiliation affiliationOf(MUCRoom room, JID bareJid) {
        return Affiliation.named(((Enum<?>) call(getAffiliation, room, bareJid)).name());
    }

    /** Whether the user's own bare JID is on the member list (not just a group the user is in). */
    public boolean isListedMember(MUCRoom room, JID bareJid) {
        return ((Collection<?>) call(getMembers, room)).contains(bareJid);
    }

    /** The JIDs on the room's owner and admin lists. */
    public List<JID> ownersAndAdmins(MUCRoom room) {
        List<JID> jids = new ArrayList<>();
        for (Method list : new Method[] {getOwners, getAdmins}) {
            for (Object jid : (Collection<?>) call(list, room)) {
                jids.add((JID) jid);
            }
        }
        return jids;
    }

    /** Whether only members may enter the room. */
    public boolean isMembersOnly(MUCRoom room) {
        return (Boolean) call(isMembersOnly, room);
    }

    /** Whether every occupant may see the real JIDs of the others (a non-anonymous room). */
    public boolean isNonAnonymous(MUCRoom room) {
        return (Boolean) call(canAnyoneDiscoverJID, room);
    }

    /** Every occupant session of the room. */
    public List<Occupant> occupants(MUCRoom room) {
        return snapshot((Collection<?>) call(getOccupants, room));
    }

    /** The occupant sessions of one user, by bare JID; empty when the user is not in the room. */
    public List<Occupant> occupantsOf(MUCRoom room, JID bareJid) {
        try {
            return snapshot((Collection<?>) call(getOccupantsByBareJID, room, bareJid));
        } catch (IllegalStateException e) {
            // Openfire's way of saying the user has no session in the room.
            if (e.getCause() instanceof UserNotFoundException) {
                return Collections.emptyList();
            }
            throw e;
        }
    }

    /**
     * The roles whose presence the room broadcasts ({@code muc#roomconfig_presencebroadcast}; all
     * three by default).
     */
    public Set<Role> presenceBroadcastRoles(MUCRoom room) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Object role : (Collection<?>) call(getRolesToBroadcastPresence, room)) {
            // Strings before 4.6, Openfire's role enum since.
            roles.add(Role.named(role instanceof Enum ? ((Enum<?>) role).name() : role.toString()));
        }
        return roles;
    }

    /**
     * The occupant's presence as the room holds it, the one the room sends for that occupant: the
     * client's last presence to the room, with its extensions, and what the running release adds
     * (the XEP-0421 {@code <occupant-id/>} from 5.0, the {@code muc#user} item). A copy, for the
     * caller to change: before 4.7.2 Openfire hands out the object it keeps.
     */
    public Presence presenceOf(Occupant occupant) {
        return ((Presence) call(occupantPresence, occupant.openfireOccupant())).createCopy();
    }

    /**
     * Sends a presence to one occupant session the way the room sends its own: addressed to the
     * session, through the occupant's own delivery (see the class comment).
     */
    public void send(Occupant occupant, Presence presence) {
        deliver(occupant.openfireOccupant(), presence);
    }

    /**
     * Sends each occupant of the room the presence chosen for its role, or nothing where the
     * choice is null, as the room broadcasts its own presences: one presence object may go to any
     * number of occupants, readdressed to each in turn; occupants joined through a federated room
     * (FMUC) are left to that room, as Openfire leaves them. Reads nothing but each occupant's role.
     */
    public void sendToEachOccupant(MUCRoom room, Function<Role, Presence> presenceForRole) {
        for (Object occupant : ((Collection<?>) call(getOccupants, room)).toArray()) {
            if (occupant == null || occupantIsRemoteFmuc != null && (Boolean) call(occupantIsRemoteFmuc, occupant)) {
                continue;
            }
            Presence presence = presenceForRole.apply(roleOf(occupant));
            if (presence != null) {
                deliver(occupant, presence);
            }
        }
    }

    private void deliver(Object occupant, Presence presence) {
        // An occupant's send addresses the stanza to the user's session, except, before 4.7, for an
        // occupant on another cluster node, which would pass on the address of whoever was sent the
        // same object last.
        if (occupantIsLocal != null && !(Boolean) call(occupantIsLocal, occupant)) {
            presence.setTo((JID) call(occupantUserAddress, occupant));
        }
        call(occupantSend, occupant, presence);
    }

    /** Takes one occupant session out of the room without Openfire telling anyone. */
    public void removeOccupant(MUCRoom room, Occupant occupant) {
        if (removeOccupant != null) {
            call(removeOccupant, room, occupant.openfireOccupant());
            return;
        }
        // This node removes the occupant now, as the event's originator, from the room it holds (the
        // event's own run() would look the room up again, and log an error if it was destroyed
        // meanwhile); the other nodes by the task.
        Object here = newInstance(occupantLeftEvent, room, occupant.openfireOccupant());
        call(setOriginator, here, true);
        call(leaveRoom, room, here);
        CacheFactory.doClusterTask((ClusterTask<?>) newInstance(occupantLeftEvent, room, occupant.openfireOccupant()));
    }

    /** Whether the room has a subject. */
    public boolean hasSubject(MUCRoom room) {
        String subject = (String) call(getSubject, room);
        return subject != null && !subject.isEmpty();
    }

    /** Whether this release fails to send the empty subject XEP-0045 requires on join (before 4.5). */
    public boolean lacksEmptySubjectOnJoin() {
        return lacksEmptySubjectOnJoin;
    }

    /**
     * Whether this release leaves status 110 out of the presence that tells an occupant Openfire
     * removed it (kick, ban, affiliation loss; before 4.7).
     */
    public boolean lacksOwnStatusOnRemoval() {
        return lacksOwnStatusOnRemoval;
    }

    /**
     * Removes the user's affiliation as the room itself would, persisting it for a persistent room,
     * and returns the presences Openfire wants broadcast for the user's sessions still present.
     */
    @SuppressWarnings("unchecked")
    public List<Presence> revokeAffiliation(MUCRoom room, JID bareJid) {
        Object sender = ownerAffiliation != null ? ownerAffiliation : call(selfRepresentation, room);
        List<Presence> presences = (List<Presence>) call(addNone, room, bareJid, sender);
        return presences == null ? Collections.<Presence>emptyList() : presences;
    }

    /** Sends a stanza to every occupant of the room, as the room. */
    public void broadcast(MUCRoom room, Presence presence) {
        if (send.getParameterCount() == 1) {
            call(send, room, presence);
        } else {
            call(send, room, presence, call(selfRepresentation, room));
        }
    }

    private List<Occupant> snapshot(Collection<?> openfireOccupants) {
        // A copy first, not an iterator: before 5.0 a user's occupants are a plain ArrayList that a
        // concurrent join, exit or room destruction changes (ConcurrentModificationException).
        Object[] copy = openfireOccupants.toArray();
        List<Occupant> occupants = new ArrayList<>(copy.length);
        for (Object occupant : copy) {
            if (occupant == null) {
                continue; // the list shrank while it was copied
            }
            occupants.add(new Occupant(occupant,
                    (String) call(occupantNickname, occupant),
                    (JID) call(occupantUserAddress, occupant),
                    roleOf(occupant) == Role.MODERATOR));
        }
        return occupants;
    }

    private Role roleOf(Object occupant) {
        return Role.named(((Enum<?>) call(occupantRole, occupant)).name());
    }

    static Object call(Method method, Object target, Object... arguments) {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            if (cause instanceof Error) {
                throw (Error) cause;
            }
            throw new IllegalStateException(method.getName() + " failed", cause);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> elementType(Method collectionGetter) {
        return (Class<?>) ((ParameterizedType) collectionGetter.getGenericReturnType()).getActualTypeArguments()[0];
    }

    static Method optionalMethod(Class<?> type, String name, Class<?>... parameterTypes) {
        try {
            return type.getMethod(name, parameterTypes);
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    private static Method firstPresent(Class<?> type, String... names) throws NoSuchMethodException {
        Method method = firstPresent(type, null, names);
        if (method == null) {
            throw new NoSuchMethodException(type.getName() + "." + String.join("/", names) + "()");
        }
        return method;
    }

    /** The first of the named methods that takes that one parameter (or none, for null), or null. */
    private static Method firstPresent(Class<?> type, Class<?> parameter, String... names) {
        for (String name : names) {
            Method method = parameter == null ? optionalMethod(type, name) : optionalMethod(type, name, parameter);
            if (method != null) {
                return method;
            }
        }
        return null;
    }

    private static Constructor<?> occupantLeftEventConstructor(OpenfireTypes types) throws NoSuchMethodException {
        Class<?> event = types.occupantLeftEvent();
        if (event != null) {
            for (Constructor<?> constructor : event.getConstructors()) {
                if (constructor.getParameterCount() == 2) {
                    return constructor;
                }
            }
        }
        throw new NoSuchMethodException("a way to remove an occupant: removeOccupant, removeOccupantRole or OccupantLeftEvent(room, occupant)");
    }

    /** The room's own {@code leaveRoom(OccupantLeftEvent)}, on the class the event hands the room out as. */
    private static Method leaveRoomMethod(Class<?> event) throws NoSuchMethodException {
        return event.getMethod("getRoom").getReturnType().getMethod("leaveRoom", event);
    }

    private static Object newInstance(Constructor<?> constructor, Object... arguments) {
        try {
            return constructor.newInstance(arguments);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(constructor.getName() + " failed", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Method twoArgumentMethod(Class<?> type, String name, Class<?> first) throws NoSuchMethodException {
        for (Method method : type.getMethods()) {
            if (method.getName().equals(name) && method.getParameterCount() == 2
                    && method.getParameterTypes()[0] == first) {
                return method;
            }
        }
        throw new NoSuchMethodException(type.getName() + "." + name + "(" + first.getSimpleName() + ", …)");
    }

    private static Method sendMethod(Class<?> room) throws NoSuchMethodException {
        Method withSender = null;
        for (Method method : room.getMethods()) {
            if (method.getName().equals("send") && method.getParameterCount() >= 1
                    && method.getParameterTypes()[0] == Packet.class) {
                if (method.getParameterCount() == 1) {
                    return method;
                }
                withSender = method;
            }
        }
        if (withSender == null) {
            throw new NoSuchMethodException(room.getName() + ".send(Packet…)");
        }
        return withSender;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumConstant(Class<?> enumType, String name) {
        return Enum.valueOf((Class<? extends Enum>) enumType, name);
    }
}
