package org.igniterealtime.openfire.plugin.mucderegister.bridge;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.withSettings;

import org.jivesoftware.openfire.muc.MUCRoom;

/**
 * Helpers for the bridge tests, and for tests of other packages that run on a bridge resolved on
 * some release's shapes. A room of a release's shape is a Mockito mock of that shape which is also
 * a (4.2) {@link MUCRoom}, because the bridge's methods take one; the mock does not implement
 * MUCRoom's own methods, so any direct call the bridge made on MUCRoom would fail, as it does on
 * Openfire 4.7 and later.
 */
public final class BridgeFixtures {

    private BridgeFixtures() {
    }

    public static OpenfireBridge bridge(int major, int minor, Class<?> room, Class<?> service, Class<?> occupantLeftEvent)
            throws BridgeUnavailableException {
        return OpenfireBridge.resolve(new OpenfireTypes(major, minor, room, service, occupantLeftEvent));
    }

    public static <T> T roomOfShape(Class<T> shape) {
        return mock(shape, withSettings().extraInterfaces(MUCRoom.class));
    }

    public static MUCRoom asMUCRoom(Object room) {
        return (MUCRoom) room;
    }
}
