package org.igniterealtime.openfire.plugin.mucderegister.testserver;

import java.io.File;

import org.igniterealtime.openfire.plugin.mucderegister.admin.AdminPageServer;
import org.jivesoftware.openfire.container.Plugin;
import org.jivesoftware.openfire.container.PluginManager;

/**
 * Stands in for Openfire's admin console plugin, which Openfire 4.2 loads before any other
 * plugin and which is in no Maven artifact. Test servers need no console. The demo sets
 * {@value #PORT_PROPERTY}: then the plugins' own admin pages are served on that port, from here,
 * so that Openfire registers them when it loads each plugin, as with its real console.
 */
public class StandInAdminConsole implements Plugin {

    /** The system property that asks for the plugins' admin pages, and on which port. */
    public static final String PORT_PROPERTY = "demo.adminPort";

    @Override
    public void initializePlugin(PluginManager manager, File pluginDirectory) {
        Integer port = Integer.getInteger(PORT_PROPERTY);
        if (port != null) {
            try {
                AdminPageServer.start(port);
            } catch (Exception e) {
                throw new IllegalStateException("Cannot serve the admin pages on port " + port, e);
            }
        }
    }

    @Override
    public void destroyPlugin() {
        // The page server's threads are daemons; it ends with the JVM.
    }
}
