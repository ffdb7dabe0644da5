package org.igniterealtime.openfire.plugin.mucderegister.announcements;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.dom4j.Element;
import org.igniterealtime.openfire.plugin.mucderegister.bridge.Affiliation;
import org.igniterealtime.openfire.plugin.mucderegister.bridge.OpenfireBridge;
import org.jivesoftware.openfire.PacketRouter;
import org.jivesoftware.openfire.muc.MUCRoom;
import org.jivesoftware.openfire.muc.MultiUserChatService;
import org.xmpp.packet.IQ;
import org.xmpp.packet.JID;

/**
 * Announces the affiliation changes that muc#admin and muc#owner requests make to users who are
 * not in the room. Openfire tells occupants of changes to present users by their presence, but
 * says nothing of absent ones.
 *
 * <p>Openfire handles such a request on the thread that routed it in: it changes the room, routes
 * its result, and only then (4.7 and later) shares the changed room with the other cluster nodes
 * ({@code syncChatRoom}); until it has, the room this node hands out is still the one from before
 * the change. So the watch works in three steps, all on that thread:
 * <ol>
 * <li>when the request comes in, it notes the affiliations of the absent users the request names
 * (and, for a submitted owner or admin list, of the current owners and admins, whom it may
 * demote);</li>
 * <li>when Openfire routes the result, the watch holds it back;</li>
 * <li>when Openfire is done with the request, the room is current: the changes to users who are
 * still absent are announced, and then the result is let go, so occupants hear of them before the
 * requester's result, as in XEP-0045's examples.</li>
 * </ol>
 * A refused request (an error) announces nothing. A note whose request never comes back from
 * Openfire (rejected by another plugin) is dropped after a minute, and at most {@value #MAX_PENDING}
 * are kept.
 */
public final class AffiliationChangeWatch {

    private static final long STALE_AFTER_NANOS = TimeUnit.MINUTES.toNanos(1);
    static final int MAX_PENDING = 10_000;

    private final OpenfireBridge bridge;
    private final AffiliationAnnouncer announcer;
    private final PacketRouter router;
    private final Map<String, PendingChange> pending = new ConcurrentHashMap<>();

    public AffiliationChangeWatch(OpenfireBridge bridge, AffiliationAnnouncer announcer, PacketRouter router) {
        this.bridge = bridge;
        this.announcer = announcer;
        this.router = router;
    }

    /** Whether a request is being watched: until one is, results and processed requests need no look. */
    public boolean isWaiting() {
        return !pending.isEmpty();
    }

    /** Whether a query of an IQ set is a muc#admin or muc#owner query. Allocates nothing. */
    public static boolean isAffiliationQuery(Element query) {
        return AffiliationChangeRequest.isAffiliationQuery(query);
    }

    /**
     * Notes what a muc#admin or muc#owner request may change, before Openfire handles it. A request
     * naming a JID that cannot be read is not noted: Openfire refuses it.
     */
    public void requestReceived(IQ request, Element query, MultiUserChatService service) {
        MUCRoom room = service.getChatRoom(request.getTo().getNode());
        Map<JID, String> targets = AffiliationChangeRequest.targets(query);
        if (room == null || targets == null) {
            return;
        }
        if (AffiliationChangeRequest.replacesOwnersOrAdmins(query)) {
            for (JID jid : bridge.ownersAndAdmins(room)) {
                targets.putIfAbsent(jid, null);
            }
        }
        Map<JID, Affiliation> absentBefore = new LinkedHashMap<>();
        for (JID user : targets.keySet()) {
            if (bridge.occupantsOf(room, user).isEmpty()) {
                absentBefore.put(user, bridge.affiliationOf(room, user));
            }
        }
        if (!absentBefore.isEmpty()) {
            dropStale();
            if (pending.size() < MAX_PENDING) {
                pending.put(key(request.getFrom(), request.getID()),
                        new PendingChange(service, request.getTo(), absentBefore, targets));
            }
        }
    }

    /**
     * Holds back the result of a watched request, until the request is processed.
     *
     * @return whether the result is held: it must not be delivered now
     */
    public boolean holdResult(IQ result) {
        PendingChange change = pending.get(key(result.getTo(), result.getID()));
        if (change == null || change.heldResult != null || !change.room.equals(result.getFrom())) {
            return false;
        }
        change.heldResult = result;
        return true;
    }

    /**
     * Once Openfire is done with a request: announces what it changed for absent users if it
     * succeeded, then routes its result.
     */
    public void requestProcessed(IQ request) {
        PendingChange change = pending.remove(key(request.getFrom(), request.getID()));
        if (change == null || change.heldResult == null) {
            return;
        }
        try {
            announceChanges(change);
        } finally {
            router.route(change.heldResult);
        }
    }

    /** Forgets every watched request, letting go of any result still held. */
    public void stop() {
        forget(change -> true);
    }

    private void announceChanges(PendingChange change) {
        MUCRoom room = change.service.getChatRoom(change.room.getNode());
        if (room == null) {
            return;
        }
        for (Map.Entry<JID, Affiliation> before : change.absentBefore.entrySet()) {
            JID user = before.getKey();
            Affiliation now = bridge.affiliationOf(room, user);
            if (now != before.getValue() && bridge.occupantsOf(room, user).isEmpty()) {
                announcer.announce(change.room, room, user, now, change.reasons.get(user));
            }
        }
    }

    private void dropStale() {
        long now = System.nanoTime();
        forget(change -> now - change.notedAt > STALE_AFTER_NANOS);
    }

    /** Forgets the watched requests that match, letting go of their results if held. */
    private void forget(Predicate<PendingChange> which) {
        for (String key : pending.keySet()) {
            PendingChange change = pending.get(key);
            if (change != null && which.test(change) && pending.remove(key, change) && change.heldResult != null) {
                router.route(change.heldResult);
            }
        }
    }

    private static String key(JID requester, String id) {
        return requester + " " + id;
    }

    /** What a request found before Openfire handled it, and its result once Openfire routes it. */
    private static final class PendingChange {
        final MultiUserChatService service;
        final JID room;
        final Map<JID, Affiliation> absentBefore;
        final Map<JID, String> reasons;
        final long notedAt = System.nanoTime();
        volatile IQ heldResult;

        PendingChange(MultiUserChatService service, JID room, Map<JID, Affiliation> absentBefore,
                      Map<JID, String> reasons) {
            this.service = service;
            this.room = room;
            this.absentBefore = absentBefore;
            this.reasons = reasons;
        }
    }
}
