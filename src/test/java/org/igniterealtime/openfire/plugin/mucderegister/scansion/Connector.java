package org.igniterealtime.openfire.plugin.mucderegister.scansion;

import java.io.IOException;

/** Logs a script's client in, wherever the script runs. */
@FunctionalInterface
public interface Connector {

    /** Connects and logs in {@code client}. */
    Connection connect(ClientSpec client) throws IOException;
}
