package org.igniterealtime.openfire.plugin.mucderegister.scansion;

import java.io.IOException;
import java.time.Duration;

import org.dom4j.Element;
import org.igniterealtime.openfire.plugin.mucderegister.xmpp.XmppClient;

/**
 * Connects script clients to a real XMPP server with {@link XmppClient}, each with the user name
 * and password its header gives.
 */
public final class XmppConnector implements Connector {

    private final String host;
    private final int port;
    private final String domain;

    /**
     * A connector to the server at {@code host:port}.
     *
     * @param domain the XMPP domain to open streams to, or {@code null} for each client JID's own
     */
    public XmppConnector(String host, int port, String domain) {
        this.host = host;
        this.port = port;
        this.domain = domain;
    }

    @Override
    public Connection connect(ClientSpec client) throws IOException {
        XmppClient xmpp = XmppClient.connect(host, port, domain == null ? client.domain() : domain,
            client.username(), client.password(), client.resource());
        return new Connection() {
            @Override
            public String fullJid() {
                return xmpp.fullJid();
            }

            @Override
            public void send(Element stanza) throws IOException {
                xmpp.send(stanza.asXML());
            }

            @Override
            public Element receive(Duration timeout) {
                return xmpp.receive(timeout);
            }

            @Override
            public void close() {
                xmpp.close();
            }
        };
    }
}
