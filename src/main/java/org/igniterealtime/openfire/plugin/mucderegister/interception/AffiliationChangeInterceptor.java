package org.igniterealtime.openfire.plugin.mucderegister.interception;

import org.igniterealtime.openfire.plugin.mucderegister.announcements.AffiliationChangeWatch;
import org.igniterealtime.openfire.plugin.mucderegister.settings.ServiceSettings;
import org.igniterealtime.openfire.plugin.mucderegister.settings.Switch;
import org.jivesoftware.openfire.interceptor.PacketInterceptor;
import org.jivesoftware.openfire.session.Session;
import org.xmpp.packet.IQ;
import org.xmpp.packet.Packet;

/**
 * Shows {@link AffiliationChangeWatch} the muc#admin and muc#owner requests addressed to rooms of
 * services where announcements are switched on, and the answers that go out while any of them
 * waits. Openfire handles the requests as always.
 */
public final class AffiliationChangeInterceptor implements PacketInterceptor {

    private final ServiceSettings settings;
    private final AffiliationChangeWatch watch;

    public AffiliationChangeInterceptor(ServiceSettings settings, AffiliationChangeWatch watch) {
        this.settings = settings;
        this.watch = watch;
    }

    @Override
    public void interceptPacket(Packet packet, Session session, boolean incoming, boolean processed) {
        if (processed || !(packet instanceof IQ)) {
            return;
        }
        IQ iq = (IQ) packet;
        if (incoming) {
            if (RoomAddressing.isSetToRoom(iq) && AffiliationChangeWatch.isAffiliationRequest(iq)
                    && settings.isOn(Switch.ANNOUNCEMENTS, iq.getTo().getDomain())) {
                watch.requestReceived(iq);
            }
        } else if (watch.isWaiting() && (iq.getType() == IQ.Type.result || iq.getType() == IQ.Type.error)) {
            // Whether anything waits first: it is cheaper than reading the type of every answer.
            watch.answerSent(iq);
        }
    }
}
