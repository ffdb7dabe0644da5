package org.igniterealtime.openfire.plugin.mucderegister.xmpp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.dom4j.Element;
import org.junit.jupiter.api.Test;

class XmppClientTest {

    private static final String JID = "user@localhost/phone";

    @Test
    void logsInWithPlainBindsTheResourceAndStartsASessionWithoutSendingPresence() throws Exception {
        try (FakeXmppServer server = FakeXmppServer.loggingIn(JID);
             XmppClient client = connect(server, "phone")) {

            assertEquals(JID, client.fullJid());
            assertEquals("user@localhost", client.bareJid());
            String sent = server.clientText();
            String credentials = Base64.getEncoder().encodeToString(
                "\0user\0secret".getBytes(StandardCharsets.UTF_8));
            assertTrue(sent.contains("mechanism='PLAIN'>" + credentials + "</auth>"), sent);
            assertTrue(sent.contains("<resource>phone</resource>"), sent);
            assertTrue(sent.contains("<session xmlns='urn:ietf:params:xml:ns:xmpp-session'/>"), sent);
            assertFalse(sent.contains("<presence"), sent);
        }
    }

    @Test
    void letsTheServerPickTheResourceWhenNoneIsGiven() throws Exception {
        try (FakeXmppServer server = FakeXmppServer.loggingIn("user@localhost/abc123");
             XmppClient client = connect(server, null)) {

            assertEquals("user@localhost/abc123", client.fullJid());
            assertTrue(server.clientText().contains("<bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'></bind>"));
        }
    }

    @Test
    void refusedAuthenticationFailsTheConnect() throws Exception {
        try (FakeXmppServer server = new FakeXmppServer()
            .on("<stream:stream", "<stream:stream xmlns:stream='http://etherx.jabber.org/streams'"
                + " xmlns='jabber:client' version='1.0'><stream:features>"
                + "<mechanisms xmlns='urn:ietf:params:xml:ns:xmpp-sasl'><mechanism>PLAIN</mechanism>"
                + "</mechanisms></stream:features>")
            .on("</auth>", "<failure xmlns='urn:ietf:params:xml:ns:xmpp-sasl'><not-authorized/></failure>")) {

            IOException failure = assertThrows(IOException.class, () -> connect(server, "phone"));
            assertTrue(failure.getMessage().contains("not-authorized"), failure.getMessage());
        }
    }

    @Test
    void receivesStanzasInArrivalOrderWithTheirNamespaces() throws Exception {
        try (FakeXmppServer server = FakeXmppServer.loggingIn(JID);
             XmppClient client = connect(server, "phone")) {
            server.push("<presence from='room@conference.localhost/Romeo'>"
                + "<x xmlns='http://jabber.org/protocol/muc#user'/></presence>"
                + "<message from='room@conference.localhost' type='groupchat'><subject/></message>");

            Element presence = client.receive(Duration.ofSeconds(5));
            Element message = client.receive(Duration.ofSeconds(5));

            assertEquals("presence", presence.getName());
            assertEquals("jabber:client", presence.getNamespaceURI());
            assertEquals("http://jabber.org/protocol/muc#user", presence.elements().get(0).getNamespaceURI());
            assertEquals("message", message.getName());
        }
    }

    @Test
    void receiveGivesNullWhenNothingArrivesInTime() throws Exception {
        try (FakeXmppServer server = FakeXmppServer.loggingIn(JID);
             XmppClient client = connect(server, "phone")) {

            assertNull(client.receive(Duration.ofMillis(100)));
        }
    }

    @Test
    void drainCollectsEverythingUntilTheStreamFallsQuiet() throws Exception {
        try (FakeXmppServer server = FakeXmppServer.loggingIn(JID);
             XmppClient client = connect(server, "phone")) {
            server.push("<message id='1'/><message id='2'/>");

            List<Element> drained = client.drain(Duration.ofMillis(300));

            assertEquals(2, drained.size());
            assertEquals("2", drained.get(1).attributeValue("id"));
        }
    }

    @Test
    void closeEndsTheStreamAndLaterReceivesReturnAtOnce() throws Exception {
        try (FakeXmppServer server = FakeXmppServer.loggingIn(JID)) {
            XmppClient client = connect(server, "phone");

            client.close();

            assertTrue(server.clientText().endsWith("</stream:stream>"));
            assertFalse(client.isConnected());
            assertTimeoutPreemptively(Duration.ofSeconds(1), () -> assertNull(client.receive(Duration.ofSeconds(30))));
            assertThrows(IOException.class, () -> client.send("<presence/>"));
        }
    }

    @Test
    void concurrentSendsArriveWhole() throws Exception {
        try (FakeXmppServer server = FakeXmppServer.loggingIn(JID);
             XmppClient client = connect(server, "phone")) {
            ExecutorService threads = Executors.newFixedThreadPool(4);
            List<Future<?>> sends = new ArrayList<>();
            String stanza = "<message to='a@localhost'><body>" + "x".repeat(5000) + "</body></message>";
            for (int i = 0; i < 40; i++) {
                sends.add(threads.submit(() -> {
                    client.send(stanza);
                    return null;
                }));
            }
            for (Future<?> send : sends) {
                send.get();
            }
            threads.shutdown();

            client.close();
            String sent = server.clientText();
            String stanzas = sent.substring(sent.indexOf("<message"), sent.lastIndexOf("</message>") + 10);
            assertEquals(stanza.repeat(40), stanzas);
        }
    }

    private static XmppClient connect(FakeXmppServer server, String resource) throws IOException {
        return XmppClient.connect("127.0.0.1", server.port(), "localhost", "user", "secret", resource);
    }
}
