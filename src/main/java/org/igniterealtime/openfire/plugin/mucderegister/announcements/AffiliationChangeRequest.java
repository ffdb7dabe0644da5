package org.igniterealtime.openfire.plugin.mucderegister.announcements;

import java.util.LinkedHashMap;
import java.util.Map;

import org.dom4j.Element;
import org.dom4j.Node;
import org.dom4j.QName;
import org.xmpp.forms.DataForm;
import org.xmpp.forms.FormField;
import org.xmpp.packet.IQ;
import org.xmpp.packet.JID;

/**
 * Reads which users' affiliations a muc#admin or muc#owner request may change: the JIDs of its
 * affiliation items (XEP-0045 §9, §10), and of the owner and admin lists of a submitted
 * configuration form (§10.2).
 */
final class AffiliationChangeRequest {

    static final QName ADMIN_QUERY = QName.get("query", "http://jabber.org/protocol/muc#admin");
    static final QName OWNER_QUERY = QName.get("query", "http://jabber.org/protocol/muc#owner");
    private static final QName FORM = QName.get("x", "jabber:x:data");
    static final String OWNERS_FIELD = "muc#roomconfig_roomowners";
    static final String ADMINS_FIELD = "muc#roomconfig_roomadmins";

    private AffiliationChangeRequest() {
    }

    /** The admin or owner query of an IQ set, or null. Allocates nothing for other stanzas. */
    static Element query(IQ iq) {
        // One pass over the children, comparing strings: it is asked of every IQ set to a bare JID.
        Element stanza = iq.getElement();
        if (!"set".equals(stanza.attributeValue("type"))) {
            return null;
        }
        for (int i = 0, n = stanza.nodeCount(); i < n; i++) {
            Node node = stanza.node(i);
            if (node instanceof Element && "query".equals(node.getName())) {
                String namespace = ((Element) node).getNamespaceURI();
                if (ADMIN_QUERY.getNamespaceURI().equals(namespace) || OWNER_QUERY.getNamespaceURI().equals(namespace)) {
                    return (Element) node;
                }
            }
        }
        return null;
    }

    /** The bare JIDs of the users named in the query, each with the reason given for it (or null). */
    static Map<JID, String> targets(Element query) {
        Map<JID, String> targets = new LinkedHashMap<>();
        for (Element item : query.elements("item")) {
            String jid = item.attributeValue("jid");
            if (jid != null && item.attributeValue("affiliation") != null) {
                targets.put(new JID(jid).asBareJID(), item.elementTextTrim("reason"));
            }
        }
        Element form = query.element(FORM);
        if (form != null && "submit".equals(form.attributeValue("type"))) {
            for (FormField field : new DataForm(form).getFields()) {
                if (OWNERS_FIELD.equals(field.getVariable()) || ADMINS_FIELD.equals(field.getVariable())) {
                    for (String jid : field.getValues()) {
                        if (!jid.trim().isEmpty()) {
                            targets.putIfAbsent(new JID(jid.trim()).asBareJID(), null);
                        }
                    }
                }
            }
        }
        return targets;
    }

    /** Whether the query submits an owner or admin list, which demotes whoever it leaves out. */
    static boolean replacesOwnersOrAdmins(Element query) {
        Element form = query.element(FORM);
        if (form == null || !"submit".equals(form.attributeValue("type"))) {
            return false;
        }
        DataForm dataForm = new DataForm(form);
        return dataForm.getField(OWNERS_FIELD) != null || dataForm.getField(ADMINS_FIELD) != null;
    }
}
