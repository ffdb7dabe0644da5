package org.igniterealtime.openfire.plugin.mucderegister.bridge.shapes;

import java.util.Collection;
import java.util.List;

import org.jivesoftware.openfire.muc.ConflictException;
import org.jivesoftware.openfire.muc.ForbiddenException;
import org.xmpp.packet.JID;
import org.xmpp.packet.Packet;
import org.xmpp.packet.Presence;

/**
 * Shaped like Openfire's {@code MUCRoom} of 5.0 and 5.1: a class, {@code getSelfRepresentation()},
 * {@code addNone(JID, Affiliation)}, {@code send(Packet, MUCOccupant)},
 * {@code removeOccupant(MUCOccupant)}, top-level enums. Tests mock it.
 */
public class Room51 extends RoomClassReads {

    public Occupant51 getSelfRepresentation() {
        throw new UnsupportedOperationException();
    }

    public Affiliation51 getAffiliation(JID jid) {
        throw new UnsupportedOperationException();
    }

    public Collection<Occupant51> getOccupants() {
        throw new UnsupportedOperationException();
    }

    public List<Occupant51> getOccupantsByBareJID(JID jid) {
        throw new UnsupportedOperationException();
    }

    public List<Presence> addNone(JID jid, Affiliation51 senderAffiliation) throws ForbiddenException, ConflictException {
        throw new UnsupportedOperationException();
    }

    public void send(Packet packet, Occupant51 sender) {
        throw new UnsupportedOperationException();
    }

    public void removeOccupant(Occupant51 occupant) {
        throw new UnsupportedOperationException();
    }

    public List<Role51> getRolesToBroadcastPresence() {
        throw new UnsupportedOperationException();
    }
}
