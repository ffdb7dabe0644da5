package org.igniterealtime.openfire.plugin.mucderegister.testserver;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Openfire system properties (table {@code ofProperty}) a test or demo server starts with:
 * one plain-text client listener on loopback and every other listener and outside service off,
 * so a server boots in seconds, needs no network and cannot collide with another one.
 */
public final class ServerProperties {

    /** The XMPP domain every test and demo server serves. */
    public static final String DOMAIN = "localhost";

    /** The property holding the client (c2s) port. */
    public static final String CLIENT_PORT = "xmpp.socket.plain.port";

    /** The property holding the client listener's TLS policy (disabled, optional, required). */
    public static final String CLIENT_TLS_POLICY = "xmpp.client.tls.policy";

    private ServerProperties() {
    }

    /**
     * The properties of a server whose clients connect in plain text on {@code clientPort}.
     *
     * @param clientPort the loopback port of the client listener
     * @return a mutable, ordered map, so callers can override single entries
     */
    public static Map<String, String> plainText(int clientPort) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("xmpp.domain", DOMAIN);
        // Without it Openfire asks DNS for the machine's name, which is slow or fails offline.
        p.put("xmpp.fqdn", DOMAIN);
        p.put(CLIENT_PORT, Integer.toString(clientPort));
        p.put("xmpp.socket.plain.active", "true");
        p.put(CLIENT_TLS_POLICY, "disabled");
        // The MINA version in 4.2 fails to start the client listener with more than 3.
        p.put("xmpp.client.processing.threads", "2");
        p.put("xmpp.auth.anonymous", "false");
        // Every other listener or outside service off.
        p.put("xmpp.socket.ssl.active", "false");
        p.put("xmpp.server.socket.active", "false");
        p.put("xmpp.component.socket.active", "false");
        p.put("xmpp.component.ssl.active", "false");
        p.put("xmpp.multiplex.socket.active", "false");
        p.put("xmpp.multiplex.ssl.active", "false");
        p.put("httpbind.enabled", "false");
        p.put("xmpp.proxy.enabled", "false");
        p.put("mediaproxy.enabled", "false");
        p.put("flash.crossdomain.enabled", "false");
        p.put("update.service-enabled", "false");
        p.put("update.notify-admins", "false");
        return p;
    }
}
