package org.igniterealtime.openfire.plugin.mucderegister.interception;

import org.dom4j.Element;
import org.igniterealtime.openfire.plugin.mucderegister.announcements.AffiliationChangeWatch;
import org.igniterealtime.openfire.plugin.mucderegister.deregistration.Deregistration;
import org.igniterealtime.openfire.plugin.mucderegister.deregistration.RemoveRequest;
import org.igniterealtime.openfire.plugin.mucderegister.settings.ServiceSettings;
import org.igniterealtime.openfire.plugin.mucderegister.settings.Switch;
import org.jivesoftware.openfire.PacketRouter;
import org.jivesoftware.openfire.interceptor.PacketInterceptor;
import org.jivesoftware.openfire.interceptor.PacketRejectedException;
import org.jivesoftware.openfire.muc.MultiUserChatService;
import org.jivesoftware.openfire.session.Session;
import org.xmpp.packet.IQ;
import org.xmpp.packet.Packet;

/**
 * The plugin's one IQ interceptor. Every IQ of the server passes it, so it reads the {@code type}
 * once and returns at once for all but:
 * <ul>
 * <li>an incoming {@code set} to a room of a service where the plugin is on: a {@code <remove/>}
 * is answered by {@link Deregistration} in Openfire's place; a muc#admin or muc#owner request is
 * shown to the {@link AffiliationChangeWatch}, and Openfire handles it;</li>
 * <li>while the watch waits: the result Openfire routes for a watched request, which the watch
 * holds back, and the request once Openfire has processed it, when the watch announces;</li>
 * <li>an outgoing {@code error}: Openfire's automatic answer to a request the plugin answered is
 * dropped ({@link IqTakeover}).</li>
 * </ul>
 * Anything addressed to a service itself or to an occupant, and every {@code get}, is Openfire's.
 */
public final class MucIqInterceptor implements PacketInterceptor {

    private final ServiceSettings settings;
    private final Deregistration deregistration;
    private final AffiliationChangeWatch watch;
    private final IqTakeover takeover;
    private final String serverDomain;

    /** @param serverDomain the server's XMPP domain, where accounts are and rooms never are */
    public MucIqInterceptor(ServiceSettings settings, Deregistration deregistration, AffiliationChangeWatch watch,
                            PacketRouter router, String serverDomain) {
        this.serverDomain = serverDomain;
        this.settings = settings;
        this.deregistration = deregistration;
        this.watch = watch;
        this.takeover = new IqTakeover(router);
    }

    @Override
    public void interceptPacket(Packet packet, Session session, boolean incoming, boolean processed)
            throws PacketRejectedException {
        if (!(packet instanceof IQ)) {
            return;
        }
        if (processed) {
            if (incoming && watch.isWaiting()) {
                watch.requestProcessed((IQ) packet);
            }
            return;
        }
        // The attribute, not getType(): Tinder's Enum.valueOf costs more than the comparison.
        Element stanza = packet.getElement();
        String type = stanza.attributeValue("type");
        if (!incoming) {
            if ("error".equals(type) && takeover.isAutomaticError(stanza.attributeValue("id"))) {
                throw new PacketRejectedException();
            }
        } else if ("set".equals(type)) {
            requestReceived((IQ) packet, stanza);
        } else if ("result".equals(type) && watch.isWaiting() && watch.holdResult((IQ) packet)) {
            // Rejected on its way in, a result from a room is dropped without a word; the watch routes it later.
            throw new PacketRejectedException();
        }
    }

    private void requestReceived(IQ request, Element stanza) throws PacketRejectedException {
        // Attributes before children: most sets go to an account (roster, PEP, blocking, carbons)
        // or to a full JID, and dom4j's child lookups cost several times an attribute read on Java 17.
        String to = stanza.attributeValue("to");
        if (!RoomAddressing.isRoom(to, serverDomain)) {
            return;
        }
        String from = stanza.attributeValue("from");
        Element query = stanza.element("query");
        if (from == null || from.isEmpty() || query == null) {
            return;
        }
        if (RemoveRequest.isRemoveQuery(query)) {
            MultiUserChatService service = settings.serviceWhereOn(Switch.DEREGISTRATION, request.getTo());
            if (service != null) {
                takeover.answerInstead(request, deregistration.handle(request, service));
            }
        } else if (AffiliationChangeWatch.isAffiliationQuery(query)) {
            MultiUserChatService service = settings.serviceWhereOn(Switch.ANNOUNCEMENTS, request.getTo());
            if (service != null) {
                watch.requestReceived(request, query, service);
            }
        }
    }
}
