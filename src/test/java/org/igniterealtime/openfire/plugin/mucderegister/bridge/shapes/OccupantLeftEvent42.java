package org.igniterealtime.openfire.plugin.mucderegister.bridge.shapes;

/** Shaped like Openfire 4.2's {@code OccupantLeftEvent(LocalMUCRoom, MUCRole)}. */
public class OccupantLeftEvent42 extends RecordedOccupantLeftEvent {

    public OccupantLeftEvent42() {
    }

    public OccupantLeftEvent42(Room42 room, MUCRole42 role) {
        super(room, role);
    }

    /** The room the event is about, as Openfire's {@code MUCRoomTask.getRoom()} hands it out. */
    public Room42 getRoom() {
        return (Room42) room();
    }
}
