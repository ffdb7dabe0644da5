package org.igniterealtime.openfire.plugin.mucderegister.settings;

/**
 * A behaviour of the plugin that an administrator turns on or off per MUC service. Each is stored
 * as a per-service MUC property (so it is cluster-wide and survives restarts) and is on unless
 * the property says {@code false}.
 */
public enum Switch {

    /** Take over {@code <remove/>} requests to rooms and eject revoked members of members-only rooms. */
    DEREGISTRATION("mucderegister.deregistration.enabled"),

    /** Tell occupants when the affiliation of a user who is not in the room changes. */
    ANNOUNCEMENTS("mucderegister.announcements.enabled");

    private final String property;

    Switch(String property) {
        this.property = property;
    }

    /** The name of the per-service MUC property that holds this switch. */
    public String property() {
        return property;
    }
}
