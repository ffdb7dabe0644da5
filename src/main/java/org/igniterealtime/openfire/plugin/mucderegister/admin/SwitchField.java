package org.igniterealtime.openfire.plugin.mucderegister.admin;

import java.util.Locale;

import org.igniterealtime.openfire.plugin.mucderegister.settings.Switch;

/**
 * How the pages name a switch: the key of its texts and element ids, and the checkbox that
 * {@link SwitchRow} writes and {@link SettingsForm} reads back.
 */
final class SwitchField {

    private SwitchField() {
    }

    /**
     * The form field of a switch.
     *
     * @param which the switch
     * @param serviceName null on a service page, where the form holds one service; the service's
     *     name on the overview, where it holds them all
     * @return the switch's {@linkplain #key key} on a service page, {@code key@service} on the overview
     */
    static String name(Switch which, String serviceName) {
        return serviceName == null ? key(which) : key(which) + "@" + serviceName;
    }

    /**
     * The switch's name in lower case, as in its bundle keys {@code switch.KEY.label}.
     *
     * @param which the switch
     * @return e.g. {@code deregistration}
     */
    static String key(Switch which) {
        return which.name().toLowerCase(Locale.ROOT);
    }
}
