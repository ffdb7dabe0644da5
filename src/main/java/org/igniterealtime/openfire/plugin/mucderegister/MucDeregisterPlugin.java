package org.igniterealtime.openfire.plugin.mucderegister;

import java.io.File;

import org.jivesoftware.openfire.container.Plugin;
import org.jivesoftware.openfire.container.PluginManager;

/**
 * Makes members who cancel their registration with a members-only room lose the membership and
 * leave the room. Wires its parts in {@link #initializePlugin} and unwires them, in reverse, in
 * {@link #destroyPlugin}.
 */
public class MucDeregisterPlugin implements Plugin {

    @Override
    public void initializePlugin(PluginManager manager, File pluginDirectory) {
    }

    @Override
    public void destroyPlugin() {
    }
}
