package org.igniterealtime.openfire.plugin.mucderegister.scansion;

import java.io.IOException;

import org.igniterealtime.openfire.plugin.mucderegister.xmpp.XmppClient;

/** Logs a script's client in, wherever the script runs. */
@FunctionalInterface
public interface Connector {

    /** Connects and logs in {@code client}. */
    XmppClient connect(ClientSpec client) throws IOException;

    /**
     * Logs clients in to the XMPP server at {@code host:port}, each with the user name, password
     * and resource its header gives.
     *
     * @param domain the XMPP domain to open streams to, or {@code null} for each client JID's own
     */
    static Connector to(String host, int port, String domain) {
        return client -> XmppClient.connect(host, port, domain == null ? client.domain() : domain,
            client.username(), client.password(), client.resource());
    }
}
