package org.igniterealtime.openfire.plugin.mucderegister.deregistration;

import java.util.concurrent.atomic.AtomicLong;

/**
 * What deregistration has done since the plugin started, for the admin page.
 */
public final class DeregistrationCounters {

    private final AtomicLong requestsHandled = new AtomicLong();
    private final AtomicLong sessionsEjected = new AtomicLong();
    private final AtomicLong errorsReturned = new AtomicLong();

    void requestHandled() {
        requestsHandled.incrementAndGet();
    }

    void sessionsEjected(int count) {
        sessionsEjected.addAndGet(count);
    }

    void errorReturned() {
        errorsReturned.incrementAndGet();
    }

    /** Requests taken over from Openfire, answered with a result or an error. */
    public long requestsHandled() {
        return requestsHandled.get();
    }

    /** Occupant sessions that left a room because their member deregistered. */
    public long sessionsEjected() {
        return sessionsEjected.get();
    }

    /** Requests answered with an error. */
    public long errorsReturned() {
        return errorsReturned.get();
    }
}
