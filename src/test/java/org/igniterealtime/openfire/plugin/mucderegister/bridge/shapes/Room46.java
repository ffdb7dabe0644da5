package org.igniterealtime.openfire.plugin.mucderegister.bridge.shapes;

import java.util.Collection;
import java.util.List;

import org.jivesoftware.openfire.muc.ConflictException;
import org.jivesoftware.openfire.muc.ForbiddenException;
import org.jivesoftware.openfire.user.UserNotFoundException;
import org.xmpp.packet.JID;
import org.xmpp.packet.Packet;
import org.xmpp.packet.Presence;

/** Shaped like Openfire's {@code MUCRoom} of 4.6: still an interface, but {@code send(Packet, MUCRole)}. */
public interface Room46 {

    MUCRole42 getRole();

    MUCRole42.Affiliation getAffiliation(JID jid);

    Collection<JID> getMembers();

    Collection<JID> getOwners();

    Collection<JID> getAdmins();

    boolean isMembersOnly();

    boolean canAnyoneDiscoverJID();

    Collection<MUCRole42> getOccupants();

    List<MUCRole42> getOccupantsByBareJID(JID jid) throws UserNotFoundException;

    String getSubject();

    List<Presence> addNone(JID jid, MUCRole42 senderRole) throws ForbiddenException, ConflictException;

    void send(Packet packet, MUCRole42 sender);
}
