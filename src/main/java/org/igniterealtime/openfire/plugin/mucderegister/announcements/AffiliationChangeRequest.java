package org.igniterealtime.openfire.plugin.mucderegister.announcements;

import java.util.LinkedHashMap;
import java.util.Map;

import org.dom4j.Element;
import org.dom4j.QName;
import org.xmpp.packet.JID;

/**
 * Reads which users' affiliations a muc#admin or muc#owner request may change: the JIDs of its
 * affiliation items (XEP-0045 §9, §10), and of the owner and admin lists of a submitted
 * configuration form (§10.2). Reads the elements as they are, so that no input can make it throw.
 */
final class AffiliationChangeRequest {

    static final String ADMIN_NAMESPACE = "http://jabber.org/protocol/muc#admin";
    static final String OWNER_NAMESPACE = "http://jabber.org/protocol/muc#owner";
    private static final QName FORM = QName.get("x", "jabber:x:data");
    static final String OWNERS_FIELD = "muc#roomconfig_roomowners";
    static final String ADMINS_FIELD = "muc#roomconfig_roomadmins";

    private AffiliationChangeRequest() {
    }

    /** Whether a query is a muc#admin or muc#owner query. */
    static boolean isAffiliationQuery(Element query) {
        String namespace = query.getNamespaceURI();
        return ADMIN_NAMESPACE.equals(namespace) || OWNER_NAMESPACE.equals(namespace);
    }

    /**
     * The bare JIDs of the users named in the query, each with the reason given for it (or null);
     * null when a JID cannot be read, since Openfire refuses such a request.
     */
    static Map<JID, String> targets(Element query) {
        Map<JID, String> targets = new LinkedHashMap<>();
        for (Element item : query.elements("item")) {
            String jid = item.attributeValue("jid");
            if (jid != null && item.attributeValue("affiliation") != null) {
                JID user = bareJid(jid);
                if (user == null) {
                    return null;
                }
                targets.put(user, item.elementTextTrim("reason"));
            }
        }
        for (Element list : ownerAndAdminLists(query)) {
            for (Element value : list.elements("value")) {
                String jid = value.getTextTrim();
                if (!jid.isEmpty()) {
                    JID user = bareJid(jid);
                    if (user == null) {
                        return null;
                    }
                    targets.putIfAbsent(user, null);
                }
            }
        }
        return targets;
    }

    /** Whether the query submits an owner or admin list, which demotes whoever it leaves out. */
    static boolean replacesOwnersOrAdmins(Element query) {
        return ownerAndAdminLists(query).length > 0;
    }

    /** The owner and admin list fields of a submitted configuration form in the query. */
    private static Element[] ownerAndAdminLists(Element query) {
        Element form = query.element(FORM);
        if (form == null || !"submit".equals(form.attributeValue("type"))) {
            return new Element[0];
        }
        return form.elements("field").stream()
                .filter(field -> OWNERS_FIELD.equals(field.attributeValue("var"))
                        || ADMINS_FIELD.equals(field.attributeValue("var")))
                .toArray(Element[]::new);
    }

    /** The bare JID of an address as a client wrote it, or null where it is no JID. */
    private static JID bareJid(String address) {
        try {
            return new JID(address).asBareJID();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
