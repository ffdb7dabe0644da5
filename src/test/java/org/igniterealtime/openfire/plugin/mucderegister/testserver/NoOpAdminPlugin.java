package org.igniterealtime.openfire.plugin.mucderegister.testserver;

import java.io.File;

import org.jivesoftware.openfire.container.Plugin;
import org.jivesoftware.openfire.container.PluginManager;

/**
 * Stands in for Openfire's admin console plugin, which Openfire 4.2 loads before any other
 * plugin and which is in no Maven artifact. Test servers need no console, so it does nothing.
 */
public class NoOpAdminPlugin implements Plugin {

    @Override
    public void initializePlugin(PluginManager manager, File pluginDirectory) {
        // Nothing to start: the admin console stays off.
    }

    @Override
    public void destroyPlugin() {
        // Nothing was started.
    }
}
