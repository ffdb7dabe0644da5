package org.igniterealtime.openfire.plugin.mucderegister.bridge.shapes;

import org.xmpp.packet.JID;

/** Shaped like Openfire 5's {@code MUCOccupant} class. */
public class Occupant51 {

    private final String nickname;
    private final JID userAddress;
    private final Role51 role;

    public Occupant51(String nickname, String userAddress, Role51 role) {
        this.nickname = nickname;
        this.userAddress = new JID(userAddress);
        this.role = role;
    }

    public Role51 getRole() {
        return role;
    }

    public String getNickname() {
        return nickname;
    }

    public JID getUserAddress() {
        return userAddress;
    }
}
