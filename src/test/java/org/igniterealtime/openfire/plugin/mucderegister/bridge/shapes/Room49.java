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
 * Shaped like Openfire's {@code MUCRoom} of 4.9: as 4.7, but the room acts for itself through
 * {@code getSelfRepresentation()}. Tests mock it.
 */
public class Room49 {

    public MUCRole47 getSelfRepresentation() {
        throw new UnsupportedOperationException();
    }

    public MUCRole47.Affiliation getAffiliation(JID jid) {
        throw new UnsupportedOperationException();
    }

    public Collection<JID> getMembers() {
        throw new UnsupportedOperationException();
    }

    public Collection<JID> getOwners() {
        throw new UnsupportedOperationException();
    }

    public Collection<JID> getAdmins() {
        throw new UnsupportedOperationException();
    }

    public boolean isMembersOnly() {
        throw new UnsupportedOperationException();
    }

    public boolean canAnyoneDiscoverJID() {
        throw new UnsupportedOperationException();
    }

    public Collection<MUCRole47> getOccupants() {
        throw new UnsupportedOperationException();
    }

    public List<MUCRole47> getOccupantsByBareJID(JID jid) throws UserNotFoundException {
        throw new UnsupportedOperationException();
    }

    public String getSubject() {
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
}
