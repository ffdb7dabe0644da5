package org.igniterealtime.openfire.plugin.mucderegister.bridge.shapes;

import java.util.Collection;
import java.util.List;

import org.jivesoftware.openfire.muc.ConflictException;
import org.jivesoftware.openfire.muc.ForbiddenException;
import org.jivesoftware.openfire.user.UserNotFoundException;
import org.xmpp.packet.JID;
import org.xmpp.packet.Packet;
import org.xmpp.packet.Presence;

/**
 * Shaped like Openfire's {@code MUCRoom} class of 4.7 to 4.9, whose occupants are
 * {@link MUCRole47}s, less the one method those releases differ in: how the room represents
 * itself, which {@link Room47} and {@link Room49} add.
 */
public abstract class RoomOfMUCRole47 extends RoomClassReads {

    public MUCRole47.Affiliation getAffiliation(JID jid) {
        throw new UnsupportedOperationException();
    }

    public Collection<MUCRole47> getOccupants() {
        throw new UnsupportedOperationException();
    }

    public List<MUCRole47> getOccupantsByBareJID(JID jid) throws UserNotFoundException {
        throw new UnsupportedOperationException();
    }

    public List<Presence> addNone(JID jid, MUCRole47 senderRole) throws ForbiddenException, ConflictException {
        throw new UnsupportedOperationException();
    }

    public void send(Packet packet, MUCRole47 sender) {
        throw new UnsupportedOperationException();
    }

    public void removeOccupantRole(MUCRole47 occupant) {
        throw new UnsupportedOperationException();
    }

    public List<MUCRole47.Role> getRolesToBroadcastPresence() {
        throw new UnsupportedOperationException();
    }
}
