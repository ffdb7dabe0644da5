package org.igniterealtime.openfire.plugin.mucderegister.legacy;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import org.dom4j.Element;
import org.dom4j.Node;
import org.xmpp.packet.Presence;

/**
 * Status 110 for occupants that Openfire itself removes, which releases before 4.7 leave out:
 * XEP-0045 §9.3, §9.4 and §9.6 say the removed occupant's own unavailable presence carries it.
 */
public final class OwnStatusOnRemoval {

    private static final String MUC_USER = "http://jabber.org/protocol/muc#user";

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
        // Asked of every outgoing presence, so it allocates nothing, reads the type first, and
        // walks the children by node type rather than with dom4j's lookups, whose interface checks
        // cost tens of nanoseconds on Java 17.
        Element stanza = presence.getElement();
        if (!"unavailable".equals(stanza.attributeValue("type"))) {
            return false;
        }
        // A removal's payload holds an item and at least one status; an ordinary exit told to
        // others holds the item alone.
        Element x = child(stanza, "x", MUC_USER);
        if (x == null || x.nodeCount() < 2) {
            return false;
        }
        boolean removal = false;
        for (int i = 0, n = x.nodeCount(); i < n; i++) {
            Node node = x.node(i);
            if (node.getNodeType() == Node.ELEMENT_NODE && "status".equals(node.getName())) {
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
        // The attributes as strings, which Tinder keeps in their normal form, not getFrom() and
        // getTo(): the occupants told of someone else's removal are many.
        String from = stanza.attributeValue("from");
        String to = stanza.attributeValue("to");
        Element item = child(x, "item", MUC_USER);
        return from != null && from.indexOf('/') > 0 && to != null
                && item != null && to.equals(item.attributeValue("jid"));
    }

    /** The first child element of that name and namespace, or null. */
    private static Element child(Element parent, String name, String namespace) {
        for (int i = 0, n = parent.nodeCount(); i < n; i++) {
            Node node = parent.node(i);
            if (node.getNodeType() == Node.ELEMENT_NODE && name.equals(node.getName())
                    && namespace.equals(((Element) node).getNamespaceURI())) {
                return (Element) node;
            }
        }
        return null;
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
