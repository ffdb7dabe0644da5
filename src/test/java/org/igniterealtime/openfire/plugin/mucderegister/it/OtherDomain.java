package org.igniterealtime.openfire.plugin.mucderegister.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.dom4j.DocumentHelper;
import org.dom4j.DocumentException;
import org.dom4j.Element;
import org.igniterealtime.openfire.plugin.mucderegister.testserver.RunningServer;
import org.jivesoftware.openfire.component.InternalComponentManager;
import org.xmpp.component.Component;
import org.xmpp.component.ComponentException;
import org.xmpp.component.ComponentManager;
import org.xmpp.packet.IQ;
import org.xmpp.packet.JID;
import org.xmpp.packet.Message;
import org.xmpp.packet.Packet;
import org.xmpp.packet.Presence;

/**
 * Users of another domain, {@code verona.<server domain>}: a component of the test server, so
 * that to the MUC service its users are foreign. Their stanzas are routed into the server
 * in-process; what the server sends them is recorded here (the server's own discovery requests
 * to the component left out).
 */
final class OtherDomain implements Component, AutoCloseable {

    private static final String SUBDOMAIN = "verona";

    private final RunningServer server;
    private final BlockingQueue<Element> received = new LinkedBlockingQueue<>();

    private OtherDomain(RunningServer server) {
        this.server = server;
    }

    /** Adds the domain to the server; close it to remove it. */
    static OtherDomain add(RunningServer server) throws ComponentException {
        OtherDomain domain = new OtherDomain(server);
        InternalComponentManager.getInstance().addComponent(SUBDOMAIN, domain);
        return domain;
    }

    @Override
    public void close() {
        InternalComponentManager.getInstance().removeComponent(SUBDOMAIN, this);
    }

    /** A user's full JID on this domain. */
    JID user(String node, String resource) {
        return new JID(node, SUBDOMAIN + "." + server.domain(), resource);
    }

    /** Routes a stanza of one of this domain's users into the server. */
    void send(String xml) throws DocumentException {
        Element element = DocumentHelper.parseText(xml).getRootElement();
        Packet packet;
        switch (element.getName()) {
            case "iq":
                packet = new IQ(element);
                break;
            case "presence":
                packet = new Presence(element);
                break;
            default:
                packet = new Message(element);
        }
        server.server().getPacketRouter().route(packet);
    }

    /** The next stanza the server sent to this domain, or null on timeout. */
    Element next() throws InterruptedException {
        return received.poll(Muc.WAIT.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The first stanza that matches, dropping the ones before it; null on timeout. */
    Element next(Predicate<Element> wanted) throws InterruptedException {
        long deadline = System.nanoTime() + Muc.WAIT.toNanos();
        for (long left = Muc.WAIT.toNanos(); left > 0; left = deadline - System.nanoTime()) {
            Element next = received.poll(left, TimeUnit.NANOSECONDS);
            if (next != null && wanted.test(next)) {
                return next;
            }
        }
        return null;
    }

    /** The one reply with that id: waits for it, then checks that no other follows. */
    Element onlyReply(String id) throws InterruptedException {
        Predicate<Element> reply = stanza -> "iq".equals(stanza.getName()) && id.equals(stanza.attributeValue("id"));
        Element first = next(reply);
        assertNotNull(first, "no reply to " + id);
        Thread.sleep(Muc.SETTLE.toMillis());
        assertEquals(new ArrayList<String>(), drain().stream().filter(reply).map(Element::asXML).collect(Collectors.toList()),
                "a second reply");
        return first;
    }

    /** Everything received and not yet taken. */
    List<Element> drain() {
        List<Element> all = new ArrayList<>();
        received.drainTo(all);
        return all;
    }

    @Override
    public void processPacket(Packet packet) {
        if (!(packet instanceof IQ && ((IQ) packet).getType() == IQ.Type.get)) {
            received.add(packet.getElement().createCopy());
        }
    }

    @Override
    public String getName() {
        return SUBDOMAIN;
    }

    @Override
    public String getDescription() {
        return "Another domain, for tests";
    }

    @Override
    public void initialize(JID jid, ComponentManager componentManager) {
    }

    @Override
    public void start() {
    }

    @Override
    public void shutdown() {
    }
}
