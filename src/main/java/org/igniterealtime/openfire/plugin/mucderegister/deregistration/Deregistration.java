package org.igniterealtime.openfire.plugin.mucderegister.deregistration;

import java.util.List;

import org.igniterealtime.openfire.plugin.mucderegister.announcements.AffiliationAnnouncer;
import org.igniterealtime.openfire.plugin.mucderegister.bridge.Affiliation;
import org.igniterealtime.openfire.plugin.mucderegister.bridge.Occupant;
import org.igniterealtime.openfire.plugin.mucderegister.bridge.OpenfireBridge;
import org.igniterealtime.openfire.plugin.mucderegister.settings.ServiceSettings;
import org.igniterealtime.openfire.plugin.mucderegister.settings.Switch;
import org.jivesoftware.openfire.muc.MUCRoom;
import org.jivesoftware.openfire.muc.MultiUserChatService;
import org.xmpp.packet.IQ;
import org.xmpp.packet.JID;
import org.xmpp.packet.PacketError;
import org.xmpp.packet.Presence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cancels a user's registration with a room (XEP-0077 §3.2 sent to a room, XEP-0045 §7.10).
 * Deregistering drops a membership, never a higher rank; in a members-only room the former
 * member's sessions leave the room (XEP-0045 §9.4). Refusals change nothing.
 */
public final class Deregistration {

    private static final Logger Log = LoggerFactory.getLogger(Deregistration.class);

    static final String GROUP_MEMBERSHIP_TEXT =
            "Your membership of this room comes from a group; ask the room's admins to change it.";

    private final OpenfireBridge bridge;
    private final ServiceSettings settings;
    private final AffiliationAnnouncer announcer;
    private final EjectionNotices ejectionNotices;
    private final DeregistrationCounters counters = new DeregistrationCounters();

    public Deregistration(OpenfireBridge bridge, ServiceSettings settings, AffiliationAnnouncer announcer) {
        this.bridge = bridge;
        this.settings = settings;
        this.announcer = announcer;
        this.ejectionNotices = new EjectionNotices(bridge);
    }

    /** What this deregistration has done since it was made. */
    public DeregistrationCounters counters() {
        return counters;
    }

    /**
     * Applies a {@code <remove/>} request to the room it is addressed to. Everything the room
     * tells its occupants is sent before this returns; the returned reply is to be sent last.
     */
    public IQ handle(IQ request, MultiUserChatService service) {
        counters.requestHandled();
        IQ reply = answer(request, service);
        if (reply.getType() == IQ.Type.error) {
            counters.errorReturned();
        }
        return reply;
    }

    private IQ answer(IQ request, MultiUserChatService service) {
        if (!RemoveRequest.isWellFormed(request)) {
            return error(request, PacketError.Condition.bad_request, PacketError.Type.modify, null);
        }
        try {
            return bridge.inRoom(service, request.getTo().getNode(), room -> room == null
                    ? error(request, PacketError.Condition.item_not_found, PacketError.Type.cancel, null)
                    : answer(request, room));
        } catch (RuntimeException e) {
            // One line for the administrator; the request and the stack trace for whoever debugs.
            Log.error("Could not handle the deregistration request of " + request.getFrom() + " to " + request.getTo() + ": " + e);
            Log.debug("The deregistration request that failed: {}", request.toXML(), e);
            return error(request, PacketError.Condition.internal_server_error, PacketError.Type.cancel, null);
        }
    }

    private IQ answer(IQ request, MUCRoom room) {
        JID user = request.getFrom().asBareJID();
        switch (bridge.affiliationOf(room, user)) {
            case OUTCAST:
                return error(request, PacketError.Condition.forbidden, PacketError.Type.auth, null);
            case NONE:
                return error(request, PacketError.Condition.registration_required, PacketError.Type.auth, null);
            case MEMBER:
                if (!bridge.isListedMember(room, user)) {
                    return error(request, PacketError.Condition.forbidden, PacketError.Type.auth, GROUP_MEMBERSHIP_TEXT);
                }
                revokeMembership(request.getTo(), room, user);
                return IQ.createResultIQ(request);
            default:
                // Owners and admins keep their rank, and Openfire reserves nicknames for members only.
                return IQ.createResultIQ(request);
        }
    }

    private void revokeMembership(JID roomAddress, MUCRoom room, JID user) {
        List<Occupant> sessions = bridge.occupantsOf(room, user);
        boolean ejecting = bridge.isMembersOnly(room) && !sessions.isEmpty();
        if (ejecting) {
            // Our own removal, before Openfire's revocation finds the user present and kicks in
            // its own way (without status 110 before 4.7, and broken for shared nicknames before 4.5).
            for (Occupant session : sessions) {
                bridge.removeOccupant(room, session);
            }
            counters.sessionsEjected(sessions.size());
        }
        // Whatever the revocation still reports (an open room's role change, or a session that
        // joined meanwhile) is broadcast as Openfire would.
        for (Presence presence : bridge.revokeAffiliation(room, user)) {
            bridge.broadcast(room, presence);
        }
        if (ejecting) {
            ejectionNotices.send(room, sessions);
        } else if (sessions.isEmpty() && settings.isOn(Switch.ANNOUNCEMENTS, roomAddress.getDomain())) {
            announcer.announce(roomAddress, room, user, Affiliation.NONE, null);
        }
    }

    private static IQ error(IQ request, PacketError.Condition condition, PacketError.Type type, String text) {
        IQ reply = IQ.createResultIQ(request);
        reply.setChildElement(request.getChildElement().createCopy());
        reply.setError(text == null
                ? new PacketError(condition, type)
                : new PacketError(condition, type, text, "en"));
        return reply;
    }
}
