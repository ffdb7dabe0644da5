package org.igniterealtime.openfire.plugin.mucderegister.deregistration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dom4j.Element;
import org.jivesoftware.openfire.PacketRouter;
import org.igniterealtime.openfire.plugin.mucderegister.bridge.Occupant;
import org.xmpp.packet.JID;
import org.xmpp.packet.Presence;

/**
 * The presences that tell everyone a revoked member left a members-only room (XEP-0045 §9.4,
 * status 321). Each ejected session hears of its own exit (status 110, its own full JID); every
 * remaining occupant hears once per nickname that left, with the real JIDs only where it may see
 * them, one {@code <item/>} per session that shared the nickname.
 */
final class EjectionNotices {

    private static final String MUC_USER = "http://jabber.org/protocol/muc#user";

    private final PacketRouter router;

    EjectionNotices(PacketRouter router) {
        this.router = router;
    }

    /**
     * Sends the notices, first to the ejected sessions, then to the occupants that remain.
     *
     * @param everyoneSeesJids whether the room is non-anonymous; otherwise only moderators see JIDs
     */
    void send(JID room, List<Occupant> ejected, List<Occupant> remaining, boolean everyoneSeesJids) {
        for (Occupant session : ejected) {
            Presence own = unavailable(room, session.nickname(), session.userAddress());
            item(own, session.userAddress());
            own.getChildElement("x", MUC_USER).addElement("status").addAttribute("code", "110");
            router.route(own);
        }
        for (Map.Entry<String, List<Occupant>> left : byNickname(ejected).entrySet()) {
            for (Occupant recipient : remaining) {
                Presence notice = unavailable(room, left.getKey(), recipient.userAddress());
                if (everyoneSeesJids || recipient.isModerator()) {
                    for (Occupant session : left.getValue()) {
                        item(notice, session.userAddress());
                    }
                } else {
                    item(notice, null);
                }
                router.route(notice);
            }
        }
    }

    private static Presence unavailable(JID room, String nickname, JID recipient) {
        Presence presence = new Presence(Presence.Type.unavailable);
        presence.setFrom(new JID(room.getNode(), room.getDomain(), nickname, true));
        presence.setTo(recipient);
        presence.addChildElement("x", MUC_USER).addElement("status").addAttribute("code", "321");
        return presence;
    }

    private static void item(Presence presence, JID realJid) {
        Element item = presence.getChildElement("x", MUC_USER).addElement("item")
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
