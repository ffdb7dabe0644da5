package org.igniterealtime.openfire.plugin.mucderegister.bridge;

/**
 * A user's affiliation with a room (XEP-0045 §5.2), independent of where the running Openfire
 * keeps its own affiliation type.
 */
public enum Affiliation {
    OWNER, ADMIN, MEMBER, NONE, OUTCAST;

    /** The affiliation named as in XEP-0045 and in Openfire's enum constants ({@code member}, …). */
    static Affiliation named(String name) {
        return valueOf(name.toUpperCase(java.util.Locale.ROOT));
    }

    /** The name as it appears in an {@code affiliation} attribute. */
    public String xmlName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
