package org.igniterealtime.openfire.plugin.mucderegister.deregistration;

import org.dom4j.Element;
import org.dom4j.Node;
import org.dom4j.QName;
import org.xmpp.packet.IQ;

/**
 * Recognises a request to cancel a registration (XEP-0077 §3.2): an IQ set whose
 * {@code jabber:iq:register} query holds a {@code <remove/>}. A {@code <remove>} of any namespace
 * counts, because Openfire's own handler finds it by its local name and would act on it.
 */
public final class RemoveRequest {

    /** The namespace of in-band registration. */
    public static final String NAMESPACE = "jabber:iq:register";

    private static final QName QUERY = QName.get("query", NAMESPACE);
    private static final String REMOVE = "remove";

    private RemoveRequest() {
    }

    /**
     * Whether a query asks to cancel a registration, well formed or not: a {@code jabber:iq:register}
     * query holding a {@code <remove>}. Allocates nothing: it is asked of every such query to a room.
     */
    public static boolean isRemoveQuery(Element query) {
        return QUERY.equals(query.getQName()) && removeOf(query) != null;
    }

    /**
     * Whether the request is exactly what XEP-0077 §3.2 allows: a query with one empty
     * {@code <remove/>} and nothing else ("no other data"), as the IQ's only payload (RFC 6120
     * §8.2.3; Openfire itself would read only the first of several).
     */
    static boolean isWellFormed(IQ removeRequest) {
        if (removeRequest.getElement().elements().size() != 1) {
            return false;
        }
        Element query = removeRequest.getElement().element(QUERY);
        if (query.elements().size() != 1 || !query.getTextTrim().isEmpty()) {
            return false;
        }
        Element remove = removeOf(query);
        return NAMESPACE.equals(remove.getNamespaceURI()) && remove.elements().isEmpty()
                && remove.getTextTrim().isEmpty();
    }

    /** The query's first {@code <remove>} child, whatever its namespace; allocates nothing. */
    private static Element removeOf(Element query) {
        for (int i = 0, n = query.nodeCount(); i < n; i++) {
            Node node = query.node(i);
            if (node instanceof Element && REMOVE.equals(node.getName())) {
                return (Element) node;
            }
        }
        return null;
    }
}
