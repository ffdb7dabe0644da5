package org.igniterealtime.openfire.plugin.mucderegister.deregistration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dom4j.Element;
import org.dom4j.QName;
import org.igniterealtime.openfire.plugin.mucderegister.bridge.Occupant;
import org.igniterealtime.openfire.plugin.mucderegister.bridge.OpenfireBridge;
import org.igniterealtime.openfire.plugin.mucderegister.bridge.Role;
import org.jivesoftware.openfire.muc.MUCRoom;
import org.xmpp.packet.JID;
import org.xmpp.packet.Presence;

/**
 * The presences that tell everyone a revoked member left a members-only room (XEP-0045 §9.4,
 * status 321), in the room's own form and by the room's own delivery.
 *
 * <p>Each is the occupant's presence as the room holds it, made unavailable as Openfire makes
 * the presence of an occupant it removes (status text dropped, {@code <show/>}, priority and
 * extensions kept), with the {@code muc#user} payload replaced by the contract's. So whatever the
 * running release puts into an occupant's presences comes along: on 5.x the XEP-0421
 * {@code <occupant-id/>}, and the client's own extensions (such as {@code vcard-temp:x:update}).
 * Each ejected session hears of its own exit (status 110, its own full JID); every remaining
 * occupant hears once per nickname that left, with the real JIDs (one {@code <item/>} per session
 * that shared the nickname) only where it may see them. As in Openfire's broadcasts, one presence
 * object per flavour goes to all of its recipients.
 *
 * <p>Only occupants whose role is among the room's presence-broadcast roles
 * ({@code muc#roomconfig_presencebroadcast}) are told: a room that keeps participants from seeing
 * presences must not show them who was removed, while its moderators may know. Openfire's own
 * kick tells everyone, since it always broadcasts the presence of role {@code none}. Rooms that
 * broadcast every role, the default, see no difference.
 */
final class EjectionNotices {

    private static final String MUC_USER = "http://jabber.org/protocol/muc#user";
    private static final QName MUC_USER_X = QName.get("x", MUC_USER);

    private final OpenfireBridge bridge;

    EjectionNotices(OpenfireBridge bridge) {
        this.bridge = bridge;
    }

    /** Sends the notices, first to the ejected sessions, then to the occupants that remain in the room. */
    void send(MUCRoom room, List<Occupant> ejected) {
        for (Occupant session : ejected) {
            Presence own = leaving(session);
            item(own, session.userAddress());
            mucUser(own).addElement("status").addAttribute("code", "110");
            bridge.send(session, own);
        }
        Set<Role> told = bridge.presenceBroadcastRoles(room);
        boolean everyoneSeesJids = bridge.isNonAnonymous(room);
        for (List<Occupant> sessions : byNickname(ejected).values()) {
            Presence withJids = leaving(sessions.get(0));
            for (Occupant session : sessions) {
                item(withJids, session.userAddress());
            }
            Presence withoutJids = everyoneSeesJids ? withJids : leaving(sessions.get(0));
            if (withoutJids != withJids) {
                item(withoutJids, null);
            }
            bridge.sendToEachOccupant(room, role -> !told.contains(role) ? null
                    : everyoneSeesJids || role == Role.MODERATOR ? withJids : withoutJids);
        }
    }

    /**
     * The session's presence in the room, unavailable, with a {@code muc#user} payload that holds
     * status 321 so far (Openfire's own removal in {@code MUCRoom.applyAffiliationChange} does the
     * same to the occupant's presence: type, status text, payload).
     */
    private Presence leaving(Occupant session) {
        Presence presence = bridge.presenceOf(session);
        presence.setType(Presence.Type.unavailable);
        presence.setStatus(null);
        Element stanza = presence.getElement();
        for (Element roomsPayload : stanza.elements(MUC_USER_X)) {
            stanza.remove(roomsPayload);
        }
        stanza.addElement(MUC_USER_X).addElement("status").addAttribute("code", "321");
        return presence;
    }

    private static Element mucUser(Presence presence) {
        return presence.getElement().element(MUC_USER_X);
    }

    private static void item(Presence presence, JID realJid) {
        Element item = mucUser(presence).addElement("item")
                .addAttribute("affiliation", "none")
                .addAttribute("role", "none");
        if (realJid != null) {
            item.addAttribute("jid", realJid.toString());
        }
    }

    private static Map<String, List<Occupant>> byNickname(List<Occupant> sessions) {
        Map<String, List<Occupant>> byNickname = new LinkedHashMap<>();
        for (Occupant session : sessions) {
            byNickname.computeIfAbsent(session.nickname(), nickname -> new ArrayList<>()).add(session);
        }
        return byNickname;
    }
}
