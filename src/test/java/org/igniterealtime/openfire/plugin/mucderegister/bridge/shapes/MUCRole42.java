package org.igniterealtime.openfire.plugin.mucderegister.bridge.shapes;

import org.xmpp.packet.JID;

/** Shaped like Openfire's {@code MUCRole} of 4.2 to 4.6: an interface, with the enums nested. */
public interface MUCRole42 {

    enum Affiliation { owner, admin, member, outcast, none }

    enum Role { moderator, participant, visitor, none }

    Role getRole();

    String getNickname();

    JID getUserAddress();

    static MUCRole42 of(String nickname, String userAddress, Role role) {
        JID address = new JID(userAddress);
        return new MUCRole42() {
            @Override
            public Role getRole() {
                return role;
            }

            @Override
            public String getNickname() {
                return nickname;
            }

            @Override
            public JID getUserAddress() {
                return address;
            }
        };
    }
}
