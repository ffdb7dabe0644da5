package org.igniterealtime.openfire.plugin.mucderegister.xmpp;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A one-connection server on a loopback port that plays a canned XMPP conversation: each time
 * the client's text contains the next expected marker it writes the canned reply. Lets the
 * client's login and stream handling, and what is built on the client (the scansion runner), be
 * tested without a real server.
 */
public final class FakeXmppServer implements AutoCloseable {

    private static final String HEADER = "<?xml version='1.0' encoding='UTF-8'?>"
        + "<stream:stream xmlns:stream=\"http://etherx.jabber.org/streams\" xmlns=\"jabber:client\""
        + " from=\"localhost\" id=\"%s\" xml:lang=\"en\" version=\"1.0\">";

    /** Openfire 4.2's side of a successful login of {@code jid}, keyed by what the client sends. */
    public static FakeXmppServer loggingIn(String jid) throws IOException {
        return new FakeXmppServer()
            .on("<stream:stream", String.format(HEADER, "s1")
                + "<stream:features><mechanisms xmlns=\"urn:ietf:params:xml:ns:xmpp-sasl\">"
                + "<mechanism>PLAIN</mechanism></mechanisms></stream:features>")
            .on("</auth>", "<success xmlns=\"urn:ietf:params:xml:ns:xmpp-sasl\"/>")
            .on("<stream:stream", String.format(HEADER, "s2")
                + "<stream:features><bind xmlns=\"urn:ietf:params:xml:ns:xmpp-bind\"/>"
                + "<session xmlns=\"urn:ietf:params:xml:ns:xmpp-session\"/></stream:features>")
            .on("</iq>", "<iq type=\"result\" id=\"bind-1\" to=\"localhost/s2\">"
                + "<bind xmlns=\"urn:ietf:params:xml:ns:xmpp-bind\"><jid>" + jid + "</jid></bind></iq>")
            .on("</iq>", "<iq type=\"result\" id=\"session-1\" to=\"" + jid + "\"/>");
    }

    private final ServerSocket serverSocket;
    private final List<String[]> exchanges = new ArrayList<>();
    private final StringBuffer clientText = new StringBuffer();
    private final CompletableFuture<OutputStream> output = new CompletableFuture<>();

    FakeXmppServer() throws IOException {
        serverSocket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        Thread thread = new Thread(this::serve, "fake-xmpp-server");
        thread.setDaemon(true);
        thread.start();
    }

    /** Adds the next exchange: once the client has sent {@code marker}, answer {@code reply}. */
    FakeXmppServer on(String marker, String reply) {
        exchanges.add(new String[] {marker, reply});
        return this;
    }

    /** The loopback port the server listens on. */
    public int port() {
        return serverSocket.getLocalPort();
    }

    /** Everything the client has sent so far. */
    public String clientText() {
        return clientText.toString();
    }

    /** Sends {@code xml} to the client now. */
    public void push(String xml) throws Exception {
        OutputStream out = output.get(5, TimeUnit.SECONDS);
        synchronized (out) {
            out.write(xml.getBytes(StandardCharsets.UTF_8));
            out.flush();
        }
    }

    @Override
    public void close() throws IOException {
        serverSocket.close();
    }

    private void serve() {
        try (Socket socket = serverSocket.accept();
             Reader in = new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8)) {
            serverSocket.close(); // one connection: nobody else may connect
            output.complete(socket.getOutputStream());
            int searchFrom = 0;
            int exchange = 0;
            char[] buffer = new char[4096];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                clientText.append(buffer, 0, n);
                while (exchange < exchanges.size()) {
                    int at = clientText.indexOf(exchanges.get(exchange)[0], searchFrom);
                    if (at < 0) {
                        break;
                    }
                    searchFrom = at + exchanges.get(exchange)[0].length();
                    push(exchanges.get(exchange++)[1]);
                }
                if (clientText.indexOf("</stream:stream>") >= 0) {
                    push("</stream:stream>");
                    return;
                }
            }
        } catch (Exception e) {
            // The test sees the effect on the client; the server just stops.
        }
    }
}
