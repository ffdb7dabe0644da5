package org.igniterealtime.openfire.plugin.mucderegister.testserver;

import java.io.File;

import org.igniterealtime.openfire.plugin.mucderegister.admin.AdminPageServer;
import org.jivesoftware.openfire.container.Plugin;
import org.jivesoftware.openfire.container.PluginManager;

/**
 * Stands in for Openfire's admin console plugin, which Openfire 4.2 loads before any other
 * plugin and which is in no Maven artifact. Like the real console it serves the plugins' admin
 * pages, from here, so that Openfire registers them when it loads each plugin (without a console
 * Openfire fails to, and logs that at ERROR): on a free loopback port, or on the port the demo
 * sets in {@value #PORT_PROPERTY}.
 */
public class StandInAdminConsole implements Plugin {

    /** The system property that asks for the plugins' admin pages on a given port. */
    public static final String PORT_PROPERTY = "demo.adminPort";

    @Override
    public void initializePlugin(PluginManager manager, File pluginDirectory) {
        int port = Integer.getInteger(PORT_PROPERTY, 0);
        try {
            AdminPageServer.start(port);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot serve the admin pages on port " + port, e);
        }
    }

    @Override
    public void destroyPlugin() {
        // The page server's threads are daemons; it ends with the JVM.
    }
}
