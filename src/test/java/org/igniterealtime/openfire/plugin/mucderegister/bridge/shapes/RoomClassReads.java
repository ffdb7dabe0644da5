package org.igniterealtime.openfire.plugin.mucderegister.bridge.shapes;

import java.util.Collection;

import org.xmpp.packet.JID;

/**
 * Shaped like the reads of Openfire's {@code MUCRoom} class (4.7 and later) that name no
 * occupant or affiliation type, so every release since has them as they are here. The room
 * class shapes add the methods that do.
 */
public abstract class RoomClassReads {

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

    public String getSubject() {
        throw new UnsupportedOperationException();
    }
}
