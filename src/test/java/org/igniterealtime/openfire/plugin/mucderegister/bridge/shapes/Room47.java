package org.igniterealtime.openfire.plugin.mucderegister.bridge.shapes;

/**
 * Shaped like Openfire's {@code MUCRoom} of 4.7 and 4.8: a class, {@code getRole()},
 * {@code send(Packet, MUCRole)}, {@code removeOccupantRole(MUCRole)}. Tests mock it.
 */
public class Room47 extends RoomOfMUCRole47 {

    public MUCRole47 getRole() {
        throw new UnsupportedOperationException();
    }
}
