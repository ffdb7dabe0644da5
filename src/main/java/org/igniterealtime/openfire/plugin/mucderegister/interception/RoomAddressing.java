package org.igniterealtime.openfire.plugin.mucderegister.interception;

import org.dom4j.Element;
import org.xmpp.packet.IQ;

/** Tells requests addressed to a room (a bare JID with a node) from everything else, cheaply. */
final class RoomAddressing {

    private RoomAddressing() {
    }

    /**
     * Whether the IQ is a set from someone to a room: the only requests the interceptors look
     * into. Asked of every IQ, so the cheapest test comes first and nothing is allocated.
     */
    static boolean isSetToRoom(IQ iq) {
        return "set".equals(iq.getElement().attributeValue("type")) && isToRoom(iq);
    }

    /**
     * Whether the IQ comes from someone and is addressed to a room, rather than to a service, a
     * user's server or an occupant. Whether that domain is a MUC service is for the caller.
     */
    static boolean isToRoom(IQ iq) {
        // The attributes, not getFrom() and getTo(): Tinder 1.3 (Openfire 4.2) rebuilds a JID's
        // string on every such call to check its cached JID, which allocates for every stanza.
        // Same reading as Tinder's parser: a node is what precedes an '@' before any '/'.
        Element stanza = iq.getElement();
        String from = stanza.attributeValue("from");
        String to = stanza.attributeValue("to");
        return from != null && !from.isEmpty() && to != null && to.indexOf('/') < 0 && to.indexOf('@') > 0;
    }
}
