package org.igniterealtime.openfire.plugin.mucderegister.legacy;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import org.dom4j.Element;
import org.dom4j.Node;
import org.dom4j.QName;
import org.xmpp.packet.JID;
import org.xmpp.packet.Presence;

/**
 * Status 110 for occupants that Openfire itself removes, which releases before 4.7 leave out:
 * XEP-0045 §9.3, §9.4 and §9.6 say the removed occupant's own unavailable presence carries it.
 */
public final class OwnStatusOnRemoval {

    private static final String MUC_USER = "http://jabber.org/protocol/muc#user";
    private static final QName MUC_USER_X = QName.get("x", MUC_USER);

    /** Kicked (307), banned (301), affiliation lost (321), room made members-only (322). */
    private static final Set<String> REMOVAL_STATUSES = new HashSet<>(Arrays.asList("307", "301", "321", "322"));

    private OwnStatusOnRemoval() {
    }

    /**
     * Whether the presence tells an occupant that the room removed it, without status 110: an
     * unavailable presence from an occupant JID, with a removal status, whose item names the very
     * session it is addressed to.
     */
    public static boolean lacksOwnStatus(Presence presence) {
        // Allocates nothing until a removal status is found: it is asked of every outgoing
        // presence (JIDs are read last, as Tinder 1.3 allocates on every getFrom() and getTo()).
        // The attribute, not getType(), which throws for a type it does not know.
        if (!"unavailable".equals(presence.getElement().attributeValue("type"))) {
            return false;
        }
        Element x = presence.getElement().element(MUC_USER_X);
        if (x == null) {
            return false;
        }
        boolean removal = false;
        for (int i = 0, n = x.nodeCount(); i < n; i++) {
            Node node = x.node(i);
            if (node instanceof Element && "status".equals(node.getName())) {
                String code = ((Element) node).attributeValue("code");
                if ("110".equals(code)) {
                    return false;
                }
                removal |= REMOVAL_STATUSES.contains(code);
            }
        }
        if (!removal) {
            return false;
        }
        JID from = presence.getFrom();
        JID to = presence.getTo();
        Element item = x.element("item");
        return from != null && from.getResource() != null && to != null
                && item != null && to.toString().equals(item.attributeValue("jid"));
    }

    /**
     * A copy of the presence with status 110 added. A copy, because Openfire 4.2 sends the same
     * presence object on to the other occupants, who must not see 110.
     */
    public static Presence withOwnStatus(Presence presence) {
        Presence copy = presence.createCopy();
        copy.getChildElement("x", MUC_USER).addElement("status").addAttribute("code", "110");
        return copy;
    }
}
