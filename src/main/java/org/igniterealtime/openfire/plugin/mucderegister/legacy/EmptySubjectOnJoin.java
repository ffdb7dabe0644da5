package org.igniterealtime.openfire.plugin.mucderegister.legacy;

import java.lang.reflect.Array;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

import org.igniterealtime.openfire.plugin.mucderegister.bridge.OpenfireBridge;
import org.igniterealtime.openfire.plugin.mucderegister.settings.ServiceSettings;
import org.igniterealtime.openfire.plugin.mucderegister.settings.Switch;
import org.jivesoftware.openfire.PacketRouter;
import org.jivesoftware.openfire.muc.MUCEventDispatcher;
import org.jivesoftware.openfire.muc.MUCEventListener;
import org.jivesoftware.openfire.muc.MUCRoom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xmpp.packet.JID;
import org.xmpp.packet.Message;

/**
 * Sends a joining occupant the empty subject that XEP-0045 §7.2.15 requires when the room has
 * none, on the releases that leave it out (before 4.5; the plugin starts it only there). Openfire
 * announces the join after the occupant's own presence and the history, so the subject comes last,
 * as the XEP orders it.
 *
 * <p>It listens through a proxy of the running server's {@link MUCEventListener}, which implements
 * exactly the methods that release declares: none can be missing, so no {@code AbstractMethodError}
 * can reach Openfire's MUC code, whose dispatcher catches nothing. It acts on {@code occupantJoined}
 * only; any other call returns at once.
 */
public final class EmptySubjectOnJoin implements InvocationHandler {

    private static final Logger Log = LoggerFactory.getLogger(EmptySubjectOnJoin.class);

    private final OpenfireBridge bridge;
    private final ServiceSettings settings;
    private final PacketRouter router;
    private final MUCEventListener listener = (MUCEventListener) Proxy.newProxyInstance(
            EmptySubjectOnJoin.class.getClassLoader(), new Class<?>[] {MUCEventListener.class}, this);

    public EmptySubjectOnJoin(OpenfireBridge bridge, ServiceSettings settings, PacketRouter router) {
        this.bridge = bridge;
        this.settings = settings;
        this.router = router;
    }

    /** Starts listening for joins. */
    public void start() {
        MUCEventDispatcher.addListener(listener);
    }

    /** Stops listening for joins. */
    public void stop() {
        MUCEventDispatcher.removeListener(listener);
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] arguments) {
        switch (method.getName()) {
            case "occupantJoined":
                occupantJoined((JID) arguments[0], (JID) arguments[1]);
                return null;
            case "equals":
                return proxy == arguments[0];
            case "hashCode":
                return System.identityHashCode(proxy);
            case "toString":
                return getClass().getName();
            default:
                // void for every listener method so far; should one ever return a primitive, its zero.
                Class<?> type = method.getReturnType();
                return type.isPrimitive() && type != void.class ? Array.get(Array.newInstance(type, 1), 0) : null;
        }
    }

    private void occupantJoined(JID roomJID, JID user) {
        try {
            if (settings.isOn(Switch.DEREGISTRATION, roomJID.getDomain())) {
                MUCRoom room = bridge.roomAt(roomJID);
                if (room != null && !bridge.hasSubject(room)) {
                    router.route(emptySubject(roomJID.asBareJID(), user));
                }
            }
        } catch (RuntimeException e) {
            Log.warn("Could not send the empty subject of " + roomJID + " to " + user + ": " + e);
        }
    }

    static Message emptySubject(JID room, JID recipient) {
        Message message = new Message();
        message.setType(Message.Type.groupchat);
        message.setFrom(room);
        message.setTo(recipient);
        message.addChildElement("subject", "jabber:client");
        return message;
    }
}
