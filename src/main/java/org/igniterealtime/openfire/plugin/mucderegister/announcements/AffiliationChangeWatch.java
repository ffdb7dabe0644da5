package org.igniterealtime.openfire.plugin.mucderegister.announcements;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.dom4j.Element;
import org.igniterealtime.openfire.plugin.mucderegister.bridge.Affiliation;
import org.igniterealtime.openfire.plugin.mucderegister.bridge.OpenfireBridge;
import org.jivesoftware.openfire.muc.MUCRoom;
import org.xmpp.packet.IQ;
import org.xmpp.packet.JID;

/**
 * Announces the affiliation changes that muc#admin and muc#owner requests make to users who are
 * not in the room. Openfire tells occupants of changes to present users by their presence, but
 * says nothing of absent ones.
 *
 * <p>When a request comes in, the affiliations of the users it names (and, for a submitted owner
 * or admin list, of the current owners and admins, whom it may demote) are noted. When Openfire's
 * result goes out to the requester, the change has happened and has not yet been reported: the
 * changes to users who were absent are announced then, so occupants hear of them before the
 * requester's result, as in XEP-0045's examples. A refused request (an error) announces nothing.
 */
public final class AffiliationChangeWatch {

    /** How long a request may wait for its answer before its note is dropped. */
    private static final long STALE_AFTER_NANOS = TimeUnit.MINUTES.toNanos(1);

    private final OpenfireBridge bridge;
    private final AffiliationAnnouncer announcer;
    private final Map<String, PendingChange> pending = new ConcurrentHashMap<>();

    public AffiliationChangeWatch(OpenfireBridge bridge, AffiliationAnnouncer announcer) {
        this.bridge = bridge;
        this.announcer = announcer;
    }

    /** Whether a request is waiting for its answer: until then, answers need no look. */
    public boolean isWaiting() {
        return !pending.isEmpty();
    }

    /** Whether the IQ is a muc#admin or muc#owner set. Allocates nothing. */
    public static boolean isAffiliationRequest(IQ iq) {
        return AffiliationChangeRequest.query(iq) != null;
    }

    /** Notes what a muc#admin or muc#owner request to a room may change, before Openfire handles it. */
    public void requestReceived(IQ request) {
        noteBefore(request, AffiliationChangeRequest.query(request));
    }

    /** Announces what a request changed when its result goes out; an error announces nothing. */
    public void answerSent(IQ answer) {
        PendingChange change = pending.remove(key(answer.getTo(), answer.getID()));
        if (change != null && answer.getType() == IQ.Type.result && change.room.equals(answer.getFrom())) {
            announceChanges(change);
        }
    }

    private void noteBefore(IQ request, Element query) {
        MUCRoom room = bridge.roomAt(request.getTo());
        if (room == null) {
            return;
        }
        Map<JID, String> targets = AffiliationChangeRequest.targets(query);
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
            pending.put(key(request.getFrom(), request.getID()),
                    new PendingChange(request.getTo(), absentBefore, targets));
        }
    }

    private void announceChanges(PendingChange change) {
        MUCRoom room = bridge.roomAt(change.room);
        if (room == null) {
            return;
        }
        for (Map.Entry<JID, Affiliation> before : change.absentBefore.entrySet()) {
            JID user = before.getKey();
            Affiliation now = bridge.affiliationOf(room, user);
            if (now != before.getValue()) {
                announcer.announce(change.room, room, user, now, change.reasons.get(user));
            }
        }
    }

    private void dropStale() {
        long now = System.nanoTime();
        pending.values().removeIf(change -> now - change.notedAt > STALE_AFTER_NANOS);
    }

    private static String key(JID requester, String id) {
        return requester + " " + id;
    }

    /** What a request found before Openfire handled it. */
    private static final class PendingChange {
        final JID room;
        final Map<JID, Affiliation> absentBefore;
        final Map<JID, String> reasons;
        final long notedAt = System.nanoTime();

        PendingChange(JID room, Map<JID, Affiliation> absentBefore, Map<JID, String> reasons) {
            this.room = room;
            this.absentBefore = absentBefore;
            this.reasons = reasons;
        }
    }
}
