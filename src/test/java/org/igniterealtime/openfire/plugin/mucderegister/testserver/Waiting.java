package org.igniterealtime.openfire.plugin.mucderegister.testserver;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Polls a condition until it holds, for the things Openfire does in its own threads (opening
 * its port, loading and unloading plugins).
 */
public final class Waiting {

    private static final long POLL_MILLIS = 25;

    private Waiting() {
    }

    /**
     * Waits for {@code condition}.
     *
     * @param condition what to wait for
     * @param timeout how long at most
     * @param what a description for the failure message
     * @throws IllegalStateException if the condition does not hold in time
     */
    public static void until(BooleanSupplier condition, Duration timeout, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Timed out after " + timeout + " waiting for " + what);
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + what, e);
            }
        }
    }
}
