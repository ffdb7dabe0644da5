package org.igniterealtime.openfire.plugin.mucderegister.interception;

import org.jivesoftware.openfire.XMPPServer;
import org.jivesoftware.openfire.interceptor.PacketRejectedException;
import org.jivesoftware.openfire.session.ClientSession;
import org.jivesoftware.openfire.session.Session;
import org.xmpp.packet.IQ;
import org.xmpp.packet.JID;

/**
 * Answers an incoming IQ in Openfire's place, with exactly one reply.
 *
 * <p>Openfire's MUC service hands {@code jabber:iq:register} to its own handler before any handler
 * a plugin can add, so the only way to keep that handler from running is to reject the IQ in an
 * incoming interceptor. Openfire then answers a local client itself, on the same thread, with an
 * error IQ ({@code not-allowed} on 4.2, the rejection error on 5.x) of the request's id, which
 * passes through the interceptors as an outgoing, unprocessed IQ to that same session. So we route
 * our reply first, remember which automatic error to expect on this thread, reject the request,
 * and drop that error when it comes by. A request from another domain has no local client session
 * and gets no automatic error: rejecting it is enough.
 */
final class IqTakeover {

    /** The automatic error this thread is about to see, if any. */
    private final ThreadLocal<AwaitedError> awaited = new ThreadLocal<>();

    /**
     * Sends our reply to a request and stops Openfire from handling it.
     *
     * @throws PacketRejectedException always: it is what stops Openfire.
     */
    void answerInstead(IQ request, IQ reply, Session session) throws PacketRejectedException {
        XMPPServer.getInstance().getPacketRouter().route(reply);
        if (session instanceof ClientSession) {
            awaited.set(new AwaitedError(request.getID(), session.getAddress()));
        }
        throw new PacketRejectedException();
    }

    /**
     * Drops Openfire's automatic error for the request we just answered. Any outgoing error IQ on
     * this thread ends the wait: the automatic error is the first one, if it comes at all.
     *
     * @throws PacketRejectedException when the IQ is that automatic error.
     */
    void dropAutomaticError(IQ error, Session session) throws PacketRejectedException {
        AwaitedError expected = awaited.get();
        if (expected == null) {
            return;
        }
        awaited.remove();
        if (expected.isAnsweredBy(error, session)) {
            throw new PacketRejectedException();
        }
    }

    private static final class AwaitedError {
        private final String id;
        private final JID recipient;

        AwaitedError(String id, JID recipient) {
            this.id = id;
            this.recipient = recipient;
        }

        boolean isAnsweredBy(IQ error, Session session) {
            return session != null && recipient.equals(session.getAddress()) && recipient.equals(error.getTo())
                    && (id == null ? error.getID() == null : id.equals(error.getID()));
        }
    }
}
