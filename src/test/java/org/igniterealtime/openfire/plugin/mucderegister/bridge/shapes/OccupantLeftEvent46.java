package org.igniterealtime.openfire.plugin.mucderegister.bridge.shapes;

/** Shaped like Openfire 4.6's {@code OccupantLeftEvent(LocalMUCRoom, MUCRole)}. */
public class OccupantLeftEvent46 extends RecordedOccupantLeftEvent {

    public OccupantLeftEvent46() {
    }

    public OccupantLeftEvent46(Room46 room, MUCRole42 role) {
        super(room, role);
    }

    /** The room the event is about, as Openfire's {@code MUCRoomTask.getRoom()} hands it out. */
    public Room46 getRoom() {
        return (Room46) room();
    }
}
