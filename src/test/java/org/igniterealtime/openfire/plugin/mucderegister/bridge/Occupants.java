package org.igniterealtime.openfire.plugin.mucderegister.bridge;

import org.xmpp.packet.JID;

/** Makes {@link Occupant} snapshots for tests of other packages. */
public final class Occupants {

    private Occupants() {
    }

    public static Occupant participant(String nickname, String fullJid) {
        return new Occupant(null, nickname, new JID(fullJid), false);
    }

    public static Occupant moderator(String nickname, String fullJid) {
        return new Occupant(null, nickname, new JID(fullJid), true);
    }
}
