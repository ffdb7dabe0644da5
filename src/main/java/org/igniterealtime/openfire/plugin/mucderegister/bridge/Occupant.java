package org.igniterealtime.openfire.plugin.mucderegister.bridge;

import org.xmpp.packet.JID;

/**
 * One occupant session of a room as the bridge read it: a snapshot of what the plugin needs, and
 * Openfire's own object for that session, for {@link OpenfireBridge#removeOccupant},
 * {@link OpenfireBridge#presenceOf} and {@link OpenfireBridge#send}.
 */
public final class Occupant {

    private final Object openfireOccupant;
    private final String nickname;
    private final JID userAddress;
    private final boolean moderator;

    Occupant(Object openfireOccupant, String nickname, JID userAddress, boolean moderator) {
        this.openfireOccupant = openfireOccupant;
        this.nickname = nickname;
        this.userAddress = userAddress;
        this.moderator = moderator;
    }

    Object openfireOccupant() {
        return openfireOccupant;
    }

    /** The occupant's nickname in the room. */
    public String nickname() {
        return nickname;
    }

    /** The full JID of the user's session. */
    public JID userAddress() {
        return userAddress;
    }

    /** Whether the occupant's role is {@code moderator}. */
    public boolean isModerator() {
        return moderator;
    }
}
