package org.igniterealtime.openfire.plugin.mucderegister.bridge.shapes;

/**
 * Shaped like Openfire's {@code MUCRoom} of 4.9: as 4.7, but the room acts for itself through
 * {@code getSelfRepresentation()}. Tests mock it.
 */
public class Room49 extends RoomOfMUCRole47 {

    public MUCRole47 getSelfRepresentation() {
        throw new UnsupportedOperationException();
    }
}
