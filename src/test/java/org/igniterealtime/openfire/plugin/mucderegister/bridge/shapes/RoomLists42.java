package org.igniterealtime.openfire.plugin.mucderegister.bridge.shapes;

import java.util.Collection;

import org.xmpp.packet.JID;

/**
 * Shaped like the reads of Openfire's {@code MUCRoom} of 4.2 to 4.6 that name no occupant: who is
 * on which list, and who may join and see whom. Every room interface shape has them, even one
 * that lacks something else.
 */
public interface RoomLists42 {

    MUCRole42.Affiliation getAffiliation(JID jid);

    Collection<JID> getMembers();

    Collection<JID> getOwners();

    Collection<JID> getAdmins();

    boolean isMembersOnly();

    boolean canAnyoneDiscoverJID();
}
