package org.igniterealtime.openfire.plugin.mucderegister.bridge.shapes;

/** Shaped like Openfire 4.2's {@code OccupantLeftEvent(LocalMUCRoom, MUCRole)}. */
public class OccupantLeftEvent42 extends RecordedOccupantLeftEvent {

    public OccupantLeftEvent42() {
    }

    public OccupantLeftEvent42(Room42 room, MUCRole42 role) {
        super(room, role);
    }
}
