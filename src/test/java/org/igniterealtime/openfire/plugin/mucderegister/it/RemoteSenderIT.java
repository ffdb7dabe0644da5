package org.igniterealtime.openfire.plugin.mucderegister.it;

import static org.igniterealtime.openfire.plugin.mucderegister.it.Muc.await;
import static org.igniterealtime.openfire.plugin.mucderegister.it.Muc.expectedMucUser;
import static org.igniterealtime.openfire.plugin.mucderegister.it.Muc.mucUser;
import static org.igniterealtime.openfire.plugin.mucderegister.it.Muc.settle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.dom4j.DocumentHelper;
import org.dom4j.Element;
import org.igniterealtime.openfire.plugin.mucderegister.testserver.OpenfireServer;
import org.igniterealtime.openfire.plugin.mucderegister.testserver.RunningServer;
import org.igniterealtime.openfire.plugin.mucderegister.xmpp.XmppClient;
import org.jivesoftware.openfire.component.InternalComponentManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xmpp.component.Component;
import org.xmpp.component.ComponentManager;
import org.xmpp.packet.IQ;
import org.xmpp.packet.JID;
import org.xmpp.packet.Packet;
import org.xmpp.packet.Presence;

/**
 * A member whose account lives on another domain gets the same treatment and exactly one reply.
 * The other domain is a component of the test server ({@code verona.localhost}): to the MUC
 * service its users are foreign, and what the room sends them arrives at the component.
 */
@ExtendWith(OpenfireServer.class)
class RemoteSenderIT {

    private static final String DOMAIN = "verona";

    private final Verona verona = new Verona();
    private RunningServer server;
    private Muc muc;
    private XmppClient romeo;

    @BeforeEach
    void start(RunningServer server) throws Exception {
        this.server = server;
        this.muc = new Muc(server);
        InternalComponentManager.getInstance().addComponent(DOMAIN, verona);
        romeo = server.login("user", "orchard");
    }

    @AfterEach
    void stop() {
        romeo.close();
        InternalComponentManager.getInstance().removeComponent(DOMAIN, verona);
    }

    @Test
    void aMemberOfAnotherDomainIsEjectedAndGetsExactlyOneReply() throws Exception {
        JID juliet = new JID("juliet", DOMAIN + "." + server.domain(), "balcony");
        String room = Muc.uniqueRoom("remote");
        muc.create(romeo, room, "Romeo", "muc#roomconfig_membersonly", "1");
        muc.setAffiliation(romeo, room, juliet.toBareJID(), "member");
        route(new Presence(stanza("<presence from='" + juliet + "' to='" + muc.occupant(room, "Juliet")
                + "'><x xmlns='" + Muc.MUC + "'/></presence>")));
        settle(romeo);
        verona.drain();

        route(new IQ(stanza("<iq type='set' id='unreg-remote' from='" + juliet + "' to='" + muc.room(room)
                + "'><query xmlns='jabber:iq:register'><remove/></query></iq>")));

        Element own = verona.next();
        assertNotNull(own, "Juliet was not told she left");
        assertEquals(expectedMucUser("<x><status code='321'/><item affiliation='none' role='none' jid='" + juliet
                + "'/><status code='110'/></x>"), mucUser(own));
        Element reply = verona.next();
        assertNotNull(reply, "no reply");
        assertEquals("iq", reply.getName());
        assertEquals("result", reply.attributeValue("type"), reply.asXML());
        assertEquals("unreg-remote", reply.attributeValue("id"));
        Thread.sleep(Muc.SETTLE.toMillis());
        assertEquals(new ArrayList<Element>(), verona.drain(), "exactly one reply, nothing else");
        assertNotNull(await(romeo, s -> "presence".equals(s.getName()) && "unavailable".equals(s.attributeValue("type"))
                && muc.occupant(room, "Juliet").equals(s.attributeValue("from"))), "Romeo was not told");
        assertFalse(server.mucService().getChatRoom(room).getMembers().contains(juliet.asBareJID()));
    }

    private static Element stanza(String xml) throws Exception {
        return DocumentHelper.parseText(xml).getRootElement();
    }

    private void route(Packet packet) {
        server.server().getPacketRouter().route(packet);
    }

    /** Records what the server sends to the other domain, leaving out its discovery requests. */
    private static final class Verona implements Component {
        private final BlockingQueue<Element> received = new LinkedBlockingQueue<>();

        @Override
        public void processPacket(Packet packet) {
            if (!(packet instanceof IQ && ((IQ) packet).getType() == IQ.Type.get)) {
                received.add(packet.getElement().createCopy());
            }
        }

        Element next() throws InterruptedException {
            return received.poll(Muc.WAIT.toMillis(), TimeUnit.MILLISECONDS);
        }

        List<Element> drain() {
            List<Element> all = new ArrayList<>();
            received.drainTo(all);
            return all;
        }

        @Override
        public String getName() {
            return "verona";
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
}
