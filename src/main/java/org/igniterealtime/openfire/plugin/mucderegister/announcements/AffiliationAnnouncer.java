package org.igniterealtime.openfire.plugin.mucderegister.announcements;

import org.dom4j.Element;
import org.igniterealtime.openfire.plugin.mucderegister.bridge.Affiliation;
import org.igniterealtime.openfire.plugin.mucderegister.bridge.Occupant;
import org.igniterealtime.openfire.plugin.mucderegister.bridge.OpenfireBridge;
import org.jivesoftware.openfire.PacketRouter;
import org.jivesoftware.openfire.muc.MUCRoom;
import org.xmpp.packet.JID;
import org.xmpp.packet.Message;

/**
 * Tells a room's occupants that the affiliation of a user who is not in the room changed
 * (XEP-0045 allows it; the form is Prosody's): everyone in a non-anonymous room, moderators only
 * in a semi-anonymous one, since the message carries the user's real JID.
 */
public final class AffiliationAnnouncer {

    private static final String MUC_USER = "http://jabber.org/protocol/muc#user";

    private final OpenfireBridge bridge;
    private final PacketRouter router;

    public AffiliationAnnouncer(OpenfireBridge bridge, PacketRouter router) {
        this.bridge = bridge;
        this.router = router;
    }

    /**
     * Announces a user's new affiliation.
     *
     * @param reason the reason given in the request, or null
     */
    public void announce(JID roomAddress, MUCRoom room, JID user, Affiliation affiliation, String reason) {
        boolean everyoneSeesJids = bridge.isNonAnonymous(room);
        String status = keptOutStatus(affiliation, bridge.isMembersOnly(room));
        for (Occupant recipient : bridge.occupants(room)) {
            if (everyoneSeesJids || recipient.isModerator()) {
                router.route(announcement(roomAddress, recipient.userAddress(), user, affiliation, reason, status));
            }
        }
    }

    /** The status that says the new affiliation keeps the user out of the room, or null. */
    static String keptOutStatus(Affiliation affiliation, boolean membersOnly) {
        if (affiliation == Affiliation.OUTCAST) {
            return "301";
        }
        return affiliation == Affiliation.NONE && membersOnly ? "321" : null;
    }

    static Message announcement(JID roomAddress, JID recipient, JID user, Affiliation affiliation,
                                String reason, String status) {
        Message message = new Message();
        message.setFrom(roomAddress);
        message.setTo(recipient);
        Element x = message.addChildElement("x", MUC_USER);
        if (status != null) {
            x.addElement("status").addAttribute("code", status);
        }
        Element item = x.addElement("item")
                .addAttribute("jid", user.toBareJID())
                .addAttribute("affiliation", affiliation.xmlName());
        if (reason != null && !reason.trim().isEmpty()) {
            item.addElement("reason").setText(reason);
        }
        return message;
    }
}
