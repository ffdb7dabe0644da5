package org.igniterealtime.openfire.plugin.mucderegister.scansion;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.igniterealtime.openfire.plugin.mucderegister.xmpp.FakeXmppServer;
import org.igniterealtime.openfire.plugin.mucderegister.xmpp.XmppClient;

/**
 * A stand-in for a server that lets the runner be tested without one: each client logs in, with
 * the same {@link XmppClient} the runner uses against a real server, to a scripted server of its
 * own on a loopback port, finds a canned sequence of stanzas waiting, and what it sends is
 * recorded.
 */
final class ReplayConnector implements Connector {

    private final Map<String, String> fullJids = new HashMap<>();
    private final Map<String, List<String>> cannedStanzas = new HashMap<>();
    private final Map<String, Replay> replays = new HashMap<>();

    /** Lets {@code client} log in as {@code fullJid} and find {@code stanzas} waiting for it. */
    ReplayConnector client(String client, String fullJid, String... stanzas) {
        fullJids.put(client, fullJid);
        cannedStanzas.put(client, List.of(stanzas));
        return this;
    }

    @Override
    public XmppClient connect(ClientSpec client) throws IOException {
        if (!fullJids.containsKey(client.name())) {
            throw new IOException("no such account: " + client.jid());
        }
        FakeXmppServer server = FakeXmppServer.loggingIn(fullJids.get(client.name()));
        XmppClient xmpp = XmppClient.connect("127.0.0.1", server.port(), client.domain(), client.username(),
            client.password(), client.resource());
        Replay replay = new Replay(server, xmpp);
        cannedStanzas.get(client.name()).forEach(replay::deliver);
        replays.put(client.name(), replay);
        return xmpp;
    }

    /** The connection {@code client} made last. */
    Replay connection(String client) {
        return replays.get(client);
    }

    /** One client's connection to its scripted server, whose incoming stanzas the test controls. */
    static final class Replay {
        private final FakeXmppServer server;
        private final XmppClient client;
        /** Where the client's text after its login starts. */
        private final int loggedInAt;

        Replay(FakeXmppServer server, XmppClient client) {
            this.server = server;
            this.client = client;
            this.loggedInAt = server.clientText().length();
        }

        /** Sends {@code xml} (stanzas in {@code jabber:client}) to the client. */
        void deliver(String xml) {
            try {
                server.push(xml);
            } catch (Exception e) {
                throw new IllegalStateException("Cannot deliver to " + client.fullJid(), e);
            }
        }

        /** What the client sent after logging in, up to the end of its stream. */
        String sent() {
            return server.clientText().substring(loggedInAt).replace("</stream:stream>", "");
        }

        /** The client as the runner sees it. */
        XmppClient client() {
            return client;
        }

        boolean isClosed() {
            return !client.isConnected();
        }
    }
}
