package org.igniterealtime.openfire.plugin.mucderegister.bridge.shapes;

import org.xmpp.packet.JID;
import org.xmpp.packet.Packet;
import org.xmpp.packet.Presence;

/** Shaped like Openfire's {@code MUCRole} of 4.2 to 4.6: an interface, with the enums nested. */
public interface MUCRole42 {

    enum Affiliation { owner, admin, member, outcast, none }

    enum Role { moderator, participant, visitor, none }

    Role getRole();

    String getNickname();

    JID getUserAddress();

    Presence getPresence();

    void send(Packet packet);

    boolean isLocal();

    /** An occupant connected to this cluster node ({@code LocalMUCRole}). */
    static Recording of(String nickname, String userAddress, Role role) {
        return new Recording(nickname, userAddress, role);
    }

    /**
     * An occupant connected to another cluster node ({@code RemoteMUCRole}), whose {@code send}
     * hands the stanza to the routing table for the user without setting its {@code to}.
     */
    static Recording onAnotherNode(String nickname, String userAddress, Role role) {
        return new Recording(nickname, userAddress, role) {
            @Override
            public void send(Packet packet) {
                record(packet);
            }

            @Override
            public boolean isLocal() {
                return false;
            }
        };
    }

    /** A 4.2-shaped occupant that records what it is sent. */
    class Recording extends RecordingOccupant implements MUCRole42 {

        private final Role role;

        Recording(String nickname, String userAddress, Role role) {
            super(nickname, userAddress);
            this.role = role;
        }

        @Override
        public Role getRole() {
            return role;
        }

        @Override
        public boolean isLocal() {
            return true;
        }
    }
}
