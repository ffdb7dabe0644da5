package org.igniterealtime.openfire.plugin.mucderegister.bridge.shapes;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Shaped like Openfire's {@code OccupantLeftEvent} before 4.7 (a cluster task made from the room
 * and the occupant, with {@code setOriginator}, {@code getRoom} and {@code run}); records every
 * instance made.
 */
public abstract class RecordedOccupantLeftEvent extends NoOpClusterTask {

    /** Every event made with a room and an occupant, oldest first. */
    public static final List<RecordedOccupantLeftEvent> MADE = new CopyOnWriteArrayList<>();

    private final Object room;
    private final Object occupant;
    private volatile boolean originator;
    private volatile int runs;

    protected RecordedOccupantLeftEvent() {
        this(null, null);
    }

    protected RecordedOccupantLeftEvent(Object room, Object occupant) {
        this.room = room;
        this.occupant = occupant;
        if (room != null) {
            MADE.add(this);
        }
    }

    public Object room() {
        return room;
    }

    public Object occupant() {
        return occupant;
    }

    public boolean isOriginator() {
        return originator;
    }

    public void setOriginator(boolean originator) {
        this.originator = originator;
    }

    public int runs() {
        return runs;
    }

    @Override
    public void run() {
        runs++;
    }
}
