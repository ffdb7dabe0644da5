package org.igniterealtime.openfire.plugin.mucderegister.testserver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/**
 * Picks a loopback port no one listens on, so test servers never collide with each other or
 * with a running demo.
 */
public final class FreePort {

    private FreePort() {
    }

    /**
     * Asks the operating system for a free port on 127.0.0.1.
     *
     * @return a port that was free a moment ago
     */
    public static int pick() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free loopback port", e);
        }
    }
}
