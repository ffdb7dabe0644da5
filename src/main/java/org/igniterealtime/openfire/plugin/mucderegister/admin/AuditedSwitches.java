package org.igniterealtime.openfire.plugin.mucderegister.admin;

import org.igniterealtime.openfire.plugin.mucderegister.settings.Switch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sets switches for the admin pages: only those whose value changes, so the audit log records
 * each real change once and nothing for a form saved unchanged.
 */
final class AuditedSwitches {

    private static final Logger Log = LoggerFactory.getLogger(AuditedSwitches.class);

    private final AdminBackend backend;
    private final AuditLog audit;

    AuditedSwitches(AdminBackend backend, AuditLog audit) {
        this.backend = backend;
        this.audit = audit;
    }

    /**
     * Sets a switch of a service, if it is not already so, and records the change.
     *
     * @param which the switch
     * @param serviceName the service's name
     * @param on the new value
     */
    void set(Switch which, String serviceName, boolean on) {
        if (backend.isOn(which, serviceName) == on) {
            return;
        }
        backend.set(which, serviceName, on);
        record("MUC deregistration plugin: set " + which.property() + " to " + on + " for MUC service " + serviceName,
                "service: " + serviceName + "\nproperty: " + which.property() + "\nvalue: " + on);
    }

    private void record(String summary, String details) {
        try {
            audit.record(summary, details);
        } catch (RuntimeException e) {
            // The change stands; Openfire's audit log just could not take it (no admin user?).
            Log.warn("Could not record in the audit log: " + summary, e);
        }
    }
}
