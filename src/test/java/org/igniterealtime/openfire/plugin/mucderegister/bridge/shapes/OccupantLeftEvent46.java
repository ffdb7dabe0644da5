package org.igniterealtime.openfire.plugin.mucderegister.bridge.shapes;

/** Shaped like Openfire 4.6's {@code OccupantLeftEvent(LocalMUCRoom, MUCRole)}. */
public class OccupantLeftEvent46 extends RecordedOccupantLeftEvent {

    public OccupantLeftEvent46() {
    }

    public OccupantLeftEvent46(Room46 room, MUCRole42 role) {
        super(room, role);
    }
}
