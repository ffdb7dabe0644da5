package org.igniterealtime.openfire.plugin.mucderegister.interception;

import java.util.ArrayList;
import java.util.List;

import org.jivesoftware.openfire.PacketRouter;
import org.xmpp.packet.IQ;
import org.xmpp.packet.Message;
import org.xmpp.packet.Packet;
import org.xmpp.packet.Presence;

/** A {@link PacketRouter} that keeps what it is asked to route, in order. */
final class RecordingRouter implements PacketRouter {

    final List<Packet> routed = new ArrayList<>();

    @Override
    public void route(Packet packet) {
        routed.add(packet);
    }

    @Override
    public void route(IQ packet) {
        routed.add(packet);
    }

    @Override
    public void route(Message packet) {
        routed.add(packet);
    }

    @Override
    public void route(Presence packet) {
        routed.add(packet);
    }
}
