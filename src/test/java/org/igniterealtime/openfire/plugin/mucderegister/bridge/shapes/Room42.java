package org.igniterealtime.openfire.plugin.mucderegister.bridge.shapes;

import java.util.List;

import org.jivesoftware.openfire.muc.ConflictException;
import org.jivesoftware.openfire.muc.ForbiddenException;
import org.xmpp.packet.JID;
import org.xmpp.packet.Packet;
import org.xmpp.packet.Presence;

/**
 * Shaped like Openfire's {@code MUCRoom} of 4.2 to 4.5: an interface, {@code send(Packet)},
 * {@code addNone(JID, MUCRole)}, {@code getRole()}, presence-broadcast roles as strings, no way to remove an occupant silently.
 */
public interface Room42 extends RoomReads42 {

    MUCRole42 getRole();

    List<Presence> addNone(JID jid, MUCRole42 senderRole) throws ForbiddenException, ConflictException;

    void send(Packet packet);

    List<String> getRolesToBroadcastPresence();

    /** What {@code LocalMUCRoom.leaveRoom(OccupantLeftEvent)} does: takes the event's occupant out. */
    void leaveRoom(OccupantLeftEvent42 event);
}
