package org.igniterealtime.openfire.plugin.mucderegister.admin;

/**
 * Where the admin pages record each change; in Openfire, the security audit log through
 * {@code WebManager.logEvent}.
 */
public interface AuditLog {

    /**
     * Records one change.
     *
     * @param summary one line saying what changed
     * @param details more about it, or null
     */
    void record(String summary, String details);
}
