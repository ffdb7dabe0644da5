package org.igniterealtime.openfire.plugin.mucderegister.admin;

import java.util.List;

import org.igniterealtime.openfire.plugin.mucderegister.deregistration.DeregistrationCounters;
import org.igniterealtime.openfire.plugin.mucderegister.settings.Switch;

/**
 * What the admin pages read from and change in the running server; {@link OpenfireAdminBackend}
 * is the real one.
 */
public interface AdminBackend {

    /**
     * Every MUC service of this server.
     *
     * @return the services, ordered by name
     */
    List<MucService> services();

    /**
     * One MUC service.
     *
     * @param serviceName its (sub)domain name, such as {@code conference}
     * @return the service, or null if there is none of that name
     */
    MucService service(String serviceName);

    /**
     * Whether a switch is on for a service.
     *
     * @param which the switch
     * @param serviceName the service's name
     * @return its current value
     */
    boolean isOn(Switch which, String serviceName);

    /**
     * Turns a switch on or off for a service; it applies to the next request.
     *
     * @param which the switch
     * @param serviceName the service's name
     * @param on the new value
     */
    void set(Switch which, String serviceName, boolean on);

    /**
     * The version of the running Openfire.
     *
     * @return e.g. {@code 4.2.0}
     */
    String openfireVersion();

    /**
     * How the plugin is doing.
     *
     * @return its state now
     */
    PluginStatus pluginStatus();

    /** A MUC service as the pages show it. */
    final class MucService {
        private final String name;
        private final String description;

        /**
         * @param name the (sub)domain name, such as {@code conference}
         * @param description the administrator's description; may be null
         */
        public MucService(String name, String description) {
            this.name = name;
            this.description = description == null ? "" : description;
        }

        /** @return the (sub)domain name */
        public String name() {
            return name;
        }

        /** @return the description, possibly empty */
        public String description() {
            return description;
        }
    }

    /** The plugin's state as the pages show it. */
    final class PluginStatus {
        private final boolean running;
        private final String bridgeProblem;
        private final DeregistrationCounters counters;

        /**
         * @param running whether the plugin is loaded
         * @param bridgeProblem why it fell back to Openfire's own behaviour, or null
         * @param counters what deregistration has done since start; null when not counting
         */
        public PluginStatus(boolean running, String bridgeProblem, DeregistrationCounters counters) {
            this.running = running;
            this.bridgeProblem = bridgeProblem;
            this.counters = counters;
        }

        /** @return whether the plugin is loaded */
        public boolean running() {
            return running;
        }

        /** @return why the plugin fell back to Openfire's own behaviour, or null */
        public String bridgeProblem() {
            return bridgeProblem;
        }

        /** @return whether counters are kept */
        public boolean counting() {
            return counters != null;
        }

        /** @return requests taken over from Openfire since start */
        public long requestsHandled() {
            return counters == null ? 0 : counters.requestsHandled();
        }

        /** @return occupant sessions ejected since start */
        public long sessionsEjected() {
            return counters == null ? 0 : counters.sessionsEjected();
        }

        /** @return requests answered with an error since start */
        public long errorsReturned() {
            return counters == null ? 0 : counters.errorsReturned();
        }
    }
}
