package org.igniterealtime.openfire.plugin.mucderegister.interception;

import org.igniterealtime.openfire.plugin.mucderegister.deregistration.Deregistration;
import org.igniterealtime.openfire.plugin.mucderegister.deregistration.RemoveRequest;
import org.igniterealtime.openfire.plugin.mucderegister.settings.ServiceSettings;
import org.igniterealtime.openfire.plugin.mucderegister.settings.Switch;
import org.jivesoftware.openfire.XMPPServer;
import org.jivesoftware.openfire.interceptor.PacketInterceptor;
import org.jivesoftware.openfire.interceptor.PacketRejectedException;
import org.jivesoftware.openfire.muc.MultiUserChatService;
import org.jivesoftware.openfire.session.Session;
import org.xmpp.packet.IQ;
import org.xmpp.packet.Packet;

/**
 * Takes {@code <remove/>} requests addressed to rooms of services where deregistration is
 * switched on away from Openfire, and has {@link Deregistration} answer them. Everything else
 * passes after a few field checks: anything addressed to a service itself or to an occupant, and
 * every {@code get}, is left to Openfire.
 */
public final class DeregistrationInterceptor implements PacketInterceptor {

    private final ServiceSettings settings;
    private final Deregistration deregistration;
    private final IqTakeover takeover = new IqTakeover();

    public DeregistrationInterceptor(ServiceSettings settings, Deregistration deregistration) {
        this.settings = settings;
        this.deregistration = deregistration;
    }

    @Override
    public void interceptPacket(Packet packet, Session session, boolean incoming, boolean processed)
            throws PacketRejectedException {
        if (processed || !(packet instanceof IQ)) {
            return;
        }
        IQ iq = (IQ) packet;
        if (!incoming) {
            if ("error".equals(iq.getElement().attributeValue("type"))) {
                takeover.dropAutomaticError(iq, session);
            }
            return;
        }
        if (RoomAddressing.isSetToRoom(iq) && RemoveRequest.isRemoveRequest(iq)
                && settings.isOn(Switch.DEREGISTRATION, iq.getTo().getDomain())) {
            MultiUserChatService service = XMPPServer.getInstance().getMultiUserChatManager()
                    .getMultiUserChatService(iq.getTo());
            takeover.answerInstead(iq, deregistration.handle(iq, service), session);
        }
    }
}
