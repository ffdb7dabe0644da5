package org.igniterealtime.openfire.plugin.mucderegister.bridge.shapes;

import java.util.List;

import org.jivesoftware.openfire.muc.ConflictException;
import org.jivesoftware.openfire.muc.ForbiddenException;
import org.xmpp.packet.JID;
import org.xmpp.packet.Packet;
import org.xmpp.packet.Presence;

/**
 * Shaped like Openfire's {@code MUCRoom} of 4.6: still an interface, but {@code send(Packet, MUCRole)}
 * and the presence-broadcast roles as enums.
 */
public interface Room46 extends RoomReads42 {

    MUCRole42 getRole();

    List<Presence> addNone(JID jid, MUCRole42 senderRole) throws ForbiddenException, ConflictException;

    void send(Packet packet, MUCRole42 sender);

    List<MUCRole42.Role> getRolesToBroadcastPresence();

    /** What {@code LocalMUCRoom.leaveRoom(OccupantLeftEvent)} does: takes the event's occupant out. */
    void leaveRoom(OccupantLeftEvent46 event);
}
