package org.igniterealtime.openfire.plugin.mucderegister.interception;

import org.xmpp.packet.IQ;
import org.xmpp.packet.JID;

/** Tells requests addressed to a room (a bare JID with a node) from everything else, cheaply. */
final class RoomAddressing {

    private RoomAddressing() {
    }

    /**
     * Whether the IQ comes from someone and is addressed to a room, rather than to a service, a
     * user's server or an occupant. Whether that domain is a MUC service is for the caller.
     */
    static boolean isToRoom(IQ iq) {
        JID to = iq.getTo();
        return iq.getFrom() != null && to != null && to.getNode() != null && to.getResource() == null;
    }
}
