package org.igniterealtime.openfire.plugin.mucderegister.interception;

import org.jivesoftware.openfire.PacketRouter;
import org.jivesoftware.openfire.interceptor.PacketRejectedException;
import org.jivesoftware.util.StringUtils;
import org.xmpp.packet.IQ;

/**
 * Answers an incoming IQ in Openfire's place, with exactly one reply, and remembers nothing.
 *
 * <p>Openfire's MUC service hands {@code jabber:iq:register} to its own handler before any handler
 * a plugin can add, so the only way to keep that handler from running is to reject the IQ in an
 * incoming interceptor. Openfire then answers a local client itself with an error IQ
 * ({@code not-allowed} on 4.2, the rejection error on 5.x) that takes the request's id, read after
 * the interceptors have run, and passes it through the interceptors on its way out. So we route
 * our reply first, give the rejected request an id that marks it as ours, and drop the error that
 * carries that id. Nothing is kept between the two: whether that error comes (a local client), or
 * never does (a sender of another domain, a privacy list that blocks the room, a closing session),
 * nothing is left behind.
 */
final class IqTakeover {

    /** Secret per start, so that no client can make us drop an error meant for it. */
    private final String marker = "mucderegister-" + StringUtils.randomString(12) + "-";
    private final PacketRouter router;

    IqTakeover(PacketRouter router) {
        this.router = router;
    }

    /**
     * Sends our reply to a request and stops Openfire from handling it.
     *
     * @throws PacketRejectedException always: it is what stops Openfire.
     */
    void answerInstead(IQ request, IQ reply) throws PacketRejectedException {
        router.route(reply);
        request.setID(marker + request.getID());
        throw new PacketRejectedException();
    }

    /** Whether an outgoing error IQ of this id is Openfire's automatic answer to a request we answered. */
    boolean isAutomaticError(String id) {
        return id != null && id.startsWith(marker);
    }
}
