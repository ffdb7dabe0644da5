package org.igniterealtime.openfire.plugin.mucderegister.bridge;

import org.jivesoftware.openfire.XMPPServer;
import org.jivesoftware.openfire.muc.MUCRoom;
import org.jivesoftware.openfire.muc.MultiUserChatService;
import org.jivesoftware.util.Version;

/**
 * What the bridge resolves its calls on: the release number and the types of the running server,
 * or test types shaped like a given release's.
 */
final class OpenfireTypes {

    private static final String OCCUPANT_LEFT_EVENT = "org.jivesoftware.openfire.muc.cluster.OccupantLeftEvent";

    private final int major;
    private final int minor;
    private final Class<?> room;
    private final Class<?> service;
    private final Class<?> occupantLeftEvent;

    OpenfireTypes(int major, int minor, Class<?> room, Class<?> service, Class<?> occupantLeftEvent) {
        this.major = major;
        this.minor = minor;
        this.room = room;
        this.service = service;
        this.occupantLeftEvent = occupantLeftEvent;
    }

    static OpenfireTypes running() {
        Version version = XMPPServer.getInstance().getServerInfo().getVersion();
        return new OpenfireTypes(version.getMajor(), version.getMinor(),
                MUCRoom.class, MultiUserChatService.class, classOrNull(OCCUPANT_LEFT_EVENT));
    }

    /** Whether the server's release is older than {@code major.minor.0}. */
    boolean isOlderThan(int major, int minor) {
        return this.major < major || (this.major == major && this.minor < minor);
    }

    String release() {
        return major + "." + minor;
    }

    Class<?> room() {
        return room;
    }

    Class<?> service() {
        return service;
    }

    /** Openfire's cluster event for an occupant that left, or null where there is none. */
    Class<?> occupantLeftEvent() {
        return occupantLeftEvent;
    }

    private static Class<?> classOrNull(String name) {
        try {
            return Class.forName(name, false, MUCRoom.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            return null;
        }
    }
}
