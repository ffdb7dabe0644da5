package org.igniterealtime.openfire.plugin.mucderegister.bridge.shapes;

import java.util.Collection;
import java.util.List;

import org.jivesoftware.openfire.user.UserNotFoundException;
import org.xmpp.packet.JID;

/** Shaped like every read of Openfire's {@code MUCRoom} of 4.2 to 4.6 that the bridge uses. */
public interface RoomReads42 extends RoomLists42 {

    Collection<MUCRole42> getOccupants();

    List<MUCRole42> getOccupantsByBareJID(JID jid) throws UserNotFoundException;

    String getSubject();
}
