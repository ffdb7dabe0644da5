package org.igniterealtime.openfire.plugin.mucderegister.bridge;

/**
 * An occupant's role in a room (XEP-0045 §5.1), independent of where the running Openfire keeps
 * its own role type.
 */
public enum Role {
    MODERATOR, PARTICIPANT, VISITOR, NONE;

    /**
     * The role named as in XEP-0045 and in Openfire's enum constants ({@code moderator}, …).
     * Asked once per occupant a presence goes to, so it allocates nothing.
     */
    static Role named(String name) {
        switch (name) {
            case "moderator":
                return MODERATOR;
            case "participant":
                return PARTICIPANT;
            case "visitor":
                return VISITOR;
            case "none":
                return NONE;
            default:
                throw new IllegalArgumentException("No role " + name);
        }
    }
}
