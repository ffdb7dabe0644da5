package org.igniterealtime.openfire.plugin.mucderegister.scansion;

/** A step that did not do what the script says, with a report a person can act on. */
public final class StepFailure extends Exception {

    private static final long serialVersionUID = 1L;

    /** A failure described by {@code report}. */
    public StepFailure(String report) {
        super(report);
    }

    /** A failure described by {@code report}, caused by {@code cause}. */
    public StepFailure(String report, Throwable cause) {
        super(report, cause);
    }
}
