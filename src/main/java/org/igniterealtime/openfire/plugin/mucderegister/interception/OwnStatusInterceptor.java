package org.igniterealtime.openfire.plugin.mucderegister.interception;

import org.igniterealtime.openfire.plugin.mucderegister.legacy.OwnStatusOnRemoval;
import org.igniterealtime.openfire.plugin.mucderegister.settings.ServiceSettings;
import org.igniterealtime.openfire.plugin.mucderegister.settings.Switch;
import org.jivesoftware.openfire.PacketRouter;
import org.jivesoftware.openfire.interceptor.PacketInterceptor;
import org.jivesoftware.openfire.interceptor.PacketRejectedException;
import org.jivesoftware.openfire.session.Session;
import org.xmpp.packet.Packet;
import org.xmpp.packet.Presence;

/**
 * Puts status 110 into the presence that tells an occupant Openfire removed it, on the releases
 * that leave it out (before 4.7; the plugin registers it only there): the outgoing presence is
 * dropped and a copy with 110 is sent in its place.
 */
public final class OwnStatusInterceptor implements PacketInterceptor {

    private final ServiceSettings settings;
    private final PacketRouter router;

    public OwnStatusInterceptor(ServiceSettings settings, PacketRouter router) {
        this.settings = settings;
        this.router = router;
    }

    @Override
    public void interceptPacket(Packet packet, Session session, boolean incoming, boolean processed)
            throws PacketRejectedException {
        if (incoming || processed || !(packet instanceof Presence)) {
            return;
        }
        Presence presence = (Presence) packet;
        if (OwnStatusOnRemoval.lacksOwnStatus(presence)
                && settings.isOn(Switch.DEREGISTRATION, presence.getFrom().getDomain())) {
            router.route(OwnStatusOnRemoval.withOwnStatus(presence));
            throw new PacketRejectedException();
        }
    }
}
