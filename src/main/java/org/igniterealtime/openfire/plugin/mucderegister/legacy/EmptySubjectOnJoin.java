package org.igniterealtime.openfire.plugin.mucderegister.legacy;

import org.igniterealtime.openfire.plugin.mucderegister.bridge.OpenfireBridge;
import org.igniterealtime.openfire.plugin.mucderegister.settings.ServiceSettings;
import org.igniterealtime.openfire.plugin.mucderegister.settings.Switch;
import org.jivesoftware.openfire.PacketRouter;
import org.jivesoftware.openfire.muc.MUCEventListener;
import org.jivesoftware.openfire.muc.MUCRoom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xmpp.packet.JID;
import org.xmpp.packet.Message;

/**
 * Sends a joining occupant the empty subject that XEP-0045 §7.2.15 requires when the room has
 * none, on releases that leave it out (before 4.5). Openfire announces the join after the
 * occupant's own presence and the history, so the subject comes last, as the XEP orders it.
 *
 * <p>Declares every listener method of Openfire 4.2 to 5.1: the JVM binds them by name and
 * descriptor, and one missing on a release that calls it breaks that release's MUC. Every body is
 * exception-safe, because the dispatcher of some releases catches nothing.
 */
public final class EmptySubjectOnJoin implements MUCEventListener {

    private static final Logger Log = LoggerFactory.getLogger(EmptySubjectOnJoin.class);

    private final OpenfireBridge bridge;
    private final ServiceSettings settings;
    private final PacketRouter router;

    public EmptySubjectOnJoin(OpenfireBridge bridge, ServiceSettings settings, PacketRouter router) {
        this.bridge = bridge;
        this.settings = settings;
        this.router = router;
    }

    @Override
    public void occupantJoined(JID roomJID, JID user, String nickname) {
        try {
            if (bridge.lacksEmptySubjectOnJoin() && settings.isOn(Switch.DEREGISTRATION, roomJID.getDomain())) {
                MUCRoom room = bridge.roomAt(roomJID);
                if (room != null && !bridge.hasSubject(room)) {
                    router.route(emptySubject(roomJID.asBareJID(), user));
                }
            }
        } catch (RuntimeException e) {
            Log.warn("Could not send the empty subject of " + roomJID + " to " + user, e);
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

    @Override
    public void roomCreated(JID roomJID) {
    }

    /** Openfire 5.0 and later. */
    public void roomCreated(long roomID, JID roomJID) {
    }

    @Override
    public void roomDestroyed(JID roomJID) {
    }

    /** Openfire 5.0 and later. */
    public void roomDestroyed(long roomID, JID roomJID) {
    }

    /** Openfire 5.0 and later. */
    public void roomClearChatHistory(long roomID, JID roomJID) {
    }

    @Override
    public void occupantLeft(JID roomJID, JID user) {
    }

    /** Openfire 4.4 and later. */
    public void occupantLeft(JID roomJID, JID user, String nickname) {
    }

    /** Openfire 4.7 and later. */
    public void occupantNickKicked(JID roomJID, String nickname) {
    }

    @Override
    public void nicknameChanged(JID roomJID, JID user, String oldNickname, String newNickname) {
    }

    @Override
    public void messageReceived(JID roomJID, JID user, String nickname, org.xmpp.packet.Message message) {
    }

    @Override
    public void privateMessageRecieved(JID toJID, JID fromJID, org.xmpp.packet.Message message) {
    }

    @Override
    public void roomSubjectChanged(JID roomJID, JID user, String newSubject) {
    }
}
