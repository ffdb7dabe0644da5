package org.igniterealtime.openfire.plugin.mucderegister.xmpp;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.dom4j.DocumentException;
import org.dom4j.DocumentHelper;
import org.dom4j.Element;
import org.dom4j.QName;

/**
 * A minimal XMPP client for tests, speaking raw stanzas over plain TCP.
 *
 * <p>{@link #connect} logs in with SASL PLAIN (no TLS), binds a resource and starts a session,
 * but sends no initial presence: what the test sends is exactly what the server sees. A daemon
 * thread reads the incoming stream and queues every top-level element (stanzas in
 * {@code jabber:client}, but also stream errors) as a dom4j {@link Element} with its namespaces
 * intact; {@link #receive} and {@link #drain} take them from that queue in arrival order.
 * {@link #send} may be called from any thread.
 */
public final class XmppClient implements AutoCloseable {

    private static final String STREAMS_NS = "http://etherx.jabber.org/streams";
    private static final String SASL_NS = "urn:ietf:params:xml:ns:xmpp-sasl";
    private static final String BIND_NS = "urn:ietf:params:xml:ns:xmpp-bind";
    private static final String SESSION_NS = "urn:ietf:params:xml:ns:xmpp-session";
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration LOGIN_STEP_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(2);

    /** Queued after the last element when the stream ends, so that waiting readers return at once. */
    private static final Element END_OF_STREAM = DocumentHelper.createElement("end-of-stream");

    private final Socket socket;
    private final Writer writer;
    private final String domain;
    private final BlockingQueue<Element> received = new LinkedBlockingQueue<>();
    private final Thread readerThread;
    private volatile String streamHeader;
    private volatile Exception readFailure;
    private volatile boolean closed;
    private String fullJid;

    private XmppClient(Socket socket, String domain) throws IOException {
        this.socket = socket;
        this.domain = domain;
        this.writer = new OutputStreamWriter(new BufferedOutputStream(socket.getOutputStream()),
            StandardCharsets.UTF_8);
        this.readerThread = new Thread(this::readStream, "xmpp-reader-" + socket.getLocalPort());
        readerThread.setDaemon(true);
        readerThread.start();
    }

    /**
     * Connects and logs in.
     *
     * @param resource the resource to bind, or {@code null} to let the server pick one
     * @throws IOException if the server cannot be reached or any login step fails
     */
    public static XmppClient connect(String host, int port, String domain, String username,
                                     String password, String resource) throws IOException {
        Socket socket = new Socket();
        XmppClient client = null;
        try {
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(host, port), (int) CONNECT_TIMEOUT.toMillis());
            client = new XmppClient(socket, domain);
            client.logIn(username, password, resource);
            return client;
        } catch (IOException | RuntimeException e) {
            if (client != null) {
                client.closeSocket();
            } else {
                socket.close();
            }
            throw e;
        }
    }

    /** The full JID the server bound, e.g. {@code user@localhost/phone}. */
    public String fullJid() {
        return fullJid;
    }

    /** The bound JID without its resource. */
    public String bareJid() {
        int slash = fullJid.indexOf('/');
        return slash < 0 ? fullJid : fullJid.substring(0, slash);
    }

    /**
     * Sends raw XML text, typically one or more stanzas, as it is.
     *
     * @throws IOException if the connection is closed or writing fails
     */
    public void send(String xml) throws IOException {
        synchronized (writer) {
            if (closed) {
                throw new IOException("The connection of " + describe() + " is closed");
            }
            writer.write(xml);
            writer.flush();
        }
    }

    /**
     * The next element the server sent, waiting at most {@code timeout} for it.
     *
     * @return the element, or {@code null} if none arrived in time or the stream has ended
     */
    public Element receive(Duration timeout) {
        try {
            Element next = received.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
            if (next == END_OF_STREAM) {
                // Keep the marker for the next caller: the stream stays ended.
                received.add(END_OF_STREAM);
                return null;
            }
            return next;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** Everything that arrives until {@code settle} passes with nothing new, in arrival order. */
    public List<Element> drain(Duration settle) {
        List<Element> drained = new ArrayList<>();
        for (Element next = receive(settle); next != null; next = receive(settle)) {
            drained.add(next);
        }
        return drained;
    }

    /** Whether the server's stream is still open. */
    public boolean isConnected() {
        return readerThread.isAlive() && !closed;
    }

    /**
     * Ends the stream and closes the connection. Waits briefly for the server to end its stream
     * too, so that the server has processed the logout when this returns.
     */
    @Override
    public void close() {
        try {
            send("</stream:stream>");
            readerThread.join(CLOSE_TIMEOUT.toMillis());
        } catch (IOException e) {
            // Already closed or broken: nothing left to end politely.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            closeSocket();
        }
    }

    private void logIn(String username, String password, String resource) throws IOException {
        openStream();
        Element features = await(XmppClient::isStreamFeatures, "stream features");
        requirePlainMechanism(features);
        String credentials = Base64.getEncoder().encodeToString(
            ("\0" + username + "\0" + password).getBytes(StandardCharsets.UTF_8));
        send("<auth xmlns='" + SASL_NS + "' mechanism='PLAIN'>" + credentials + "</auth>");
        Element outcome = await(e -> SASL_NS.equals(e.getNamespaceURI()), "the SASL outcome");
        if (!"success".equals(outcome.getName())) {
            throw new IOException("Authentication of " + username + " failed: " + outcome.asXML());
        }
        openStream();
        features = await(XmppClient::isStreamFeatures, "stream features after authentication");
        bind(resource);
        if (features.element(QName.get("session", SESSION_NS)) != null) {
            send("<iq type='set' id='session-1'><session xmlns='" + SESSION_NS + "'/></iq>");
            awaitResult("session-1", "the session");
        }
    }

    private void openStream() throws IOException {
        send("<?xml version='1.0' encoding='UTF-8'?><stream:stream to='" + escape(domain)
            + "' xmlns='jabber:client' xmlns:stream='" + STREAMS_NS + "' version='1.0'>");
    }

    private static void requirePlainMechanism(Element features) throws IOException {
        Element mechanisms = features.element(QName.get("mechanisms", SASL_NS));
        boolean plain = mechanisms != null && mechanisms.elements().stream()
            .anyMatch(m -> "PLAIN".equals(m.getTextTrim()));
        if (!plain) {
            throw new IOException("The server offers no SASL PLAIN without TLS: " + features.asXML());
        }
    }

    private void bind(String resource) throws IOException {
        String requested = resource == null ? "" : "<resource>" + escape(resource) + "</resource>";
        send("<iq type='set' id='bind-1'><bind xmlns='" + BIND_NS + "'>" + requested + "</bind></iq>");
        Element result = awaitResult("bind-1", "the resource binding");
        Element bind = result.element(QName.get("bind", BIND_NS));
        Element jid = bind == null ? null : bind.element(QName.get("jid", BIND_NS));
        if (jid == null) {
            throw new IOException("The bind result carries no JID: " + result.asXML());
        }
        fullJid = jid.getTextTrim();
    }

    private Element awaitResult(String id, String what) throws IOException {
        Element response = await(e -> "iq".equals(e.getName()) && id.equals(e.attributeValue("id")), what);
        if (!"result".equals(response.attributeValue("type"))) {
            throw new IOException("The server refused " + what + ": " + response.asXML());
        }
        return response;
    }

    private Element await(Predicate<Element> expected, String what) throws IOException {
        Element next = receive(LOGIN_STEP_TIMEOUT);
        if (next == null) {
            throw new IOException("No " + what + " within " + LOGIN_STEP_TIMEOUT.toSeconds() + " s"
                + (readFailure == null ? "" : "; reading failed: " + readFailure), readFailure);
        }
        if (!expected.test(next)) {
            throw new IOException("Expected " + what + " but received " + next.asXML());
        }
        return next;
    }

    private static boolean isStreamFeatures(Element element) {
        return "features".equals(element.getName()) && STREAMS_NS.equals(element.getNamespaceURI());
    }

    private void readStream() {
        StreamFramer framer = new StreamFramer(new StreamFramer.Listener() {
            @Override
            public void streamOpened(String header) {
                streamHeader = header;
            }

            @Override
            public void element(String xml) {
                try {
                    received.add(StanzaParser.parse(streamHeader, xml));
                } catch (DocumentException e) {
                    // A stanza that cannot be parsed would otherwise vanish without a trace.
                    readFailure = new IOException("Unparsable element from the server: " + xml, e);
                }
            }

            @Override
            public void streamClosed() {
                closeSocket();
            }
        });
        try (Reader reader = new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8)) {
            char[] buffer = new char[8192];
            for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
                framer.feed(buffer, 0, n);
            }
        } catch (IOException e) {
            if (!closed) {
                readFailure = e;
            }
        } finally {
            received.add(END_OF_STREAM);
        }
    }

    private void closeSocket() {
        closed = true;
        try {
            socket.close();
        } catch (IOException e) {
            // Closing is best effort; the socket is unusable either way.
        }
    }

    private String describe() {
        return fullJid == null ? "the client" : fullJid;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("'", "&apos;").replace("\"", "&quot;");
    }
}
