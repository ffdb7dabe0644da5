package org.igniterealtime.openfire.plugin.mucderegister.scansion;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.dom4j.Document;
import org.dom4j.DocumentException;
import org.dom4j.DocumentHelper;
import org.dom4j.Element;

/**
 * An in-memory stand-in for a server: each client, once connected, finds a canned sequence of
 * stanzas in its queue, and what it sends is recorded. Lets the runner be tested without a server.
 */
final class ReplayConnector implements Connector {

    private final Map<String, String> fullJids = new HashMap<>();
    private final Map<String, List<String>> cannedStanzas = new HashMap<>();
    private final Map<String, ReplayConnection> connections = new HashMap<>();

    /** Lets {@code client} log in as {@code fullJid} and find {@code stanzas} waiting for it. */
    ReplayConnector client(String client, String fullJid, String... stanzas) {
        fullJids.put(client, fullJid);
        cannedStanzas.put(client, List.of(stanzas));
        return this;
    }

    @Override
    public Connection connect(ClientSpec client) throws IOException {
        if (!fullJids.containsKey(client.name())) {
            throw new IOException("no such account: " + client.jid());
        }
        ReplayConnection connection = new ReplayConnection(fullJids.get(client.name()));
        cannedStanzas.get(client.name()).forEach(connection::deliver);
        connections.put(client.name(), connection);
        return connection;
    }

    /** The connection {@code client} made last. */
    ReplayConnection connection(String client) {
        return connections.get(client);
    }

    /** A client connection whose incoming stanzas the test controls. */
    static final class ReplayConnection implements Connection {
        private final String fullJid;
        private final BlockingQueue<Element> incoming = new LinkedBlockingQueue<>();
        private final List<String> sent = new ArrayList<>();
        private volatile boolean closed;

        ReplayConnection(String fullJid) {
            this.fullJid = fullJid;
        }

        /** Queues {@code xml} (one or more stanzas in {@code jabber:client}) for the client. */
        void deliver(String xml) {
            try {
                Document document = DocumentHelper.parseText("<stream xmlns='jabber:client'>" + xml + "</stream>");
                for (Element stanza : new ArrayList<>(document.getRootElement().elements())) {
                    incoming.add((Element) stanza.detach());
                }
            } catch (DocumentException e) {
                throw new IllegalArgumentException(e);
            }
        }

        /** What the client sent, one serialised stanza per entry. */
        List<String> sent() {
            return sent;
        }

        boolean isClosed() {
            return closed;
        }

        @Override
        public String fullJid() {
            return fullJid;
        }

        @Override
        public void send(Element stanza) {
            sent.add(stanza.asXML());
        }

        @Override
        public Element receive(Duration timeout) {
            try {
                return incoming.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
