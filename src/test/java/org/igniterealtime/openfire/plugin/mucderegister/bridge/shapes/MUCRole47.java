package org.igniterealtime.openfire.plugin.mucderegister.bridge.shapes;

/** Shaped like Openfire's {@code MUCRole} of 4.7 to 4.9: a class, with the enums nested. */
public class MUCRole47 extends RecordingOccupant {

    public enum Affiliation { owner, admin, member, outcast, none }

    public enum Role { moderator, participant, visitor, none }

    private final Role role;

    public MUCRole47(String nickname, String userAddress, Role role) {
        super(nickname, userAddress);
        this.role = role;
    }

    public Role getRole() {
        return role;
    }
}
