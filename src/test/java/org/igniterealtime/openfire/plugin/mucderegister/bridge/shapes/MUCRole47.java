package org.igniterealtime.openfire.plugin.mucderegister.bridge.shapes;

import org.xmpp.packet.JID;

/** Shaped like Openfire's {@code MUCRole} of 4.7 to 4.9: a class, with the enums nested. */
public class MUCRole47 {

    public enum Affiliation { owner, admin, member, outcast, none }

    public enum Role { moderator, participant, visitor, none }

    private final String nickname;
    private final JID userAddress;
    private final Role role;

    public MUCRole47(String nickname, String userAddress, Role role) {
        this.nickname = nickname;
        this.userAddress = new JID(userAddress);
        this.role = role;
    }

    public Role getRole() {
        return role;
    }

    public String getNickname() {
        return nickname;
    }

    public JID getUserAddress() {
        return userAddress;
    }
}
