package org.igniterealtime.openfire.plugin.mucderegister.it;

import static org.igniterealtime.openfire.plugin.mucderegister.it.Muc.answer;
import static org.igniterealtime.openfire.plugin.mucderegister.it.Muc.await;
import static org.igniterealtime.openfire.plugin.mucderegister.it.Muc.hasStatus;
import static org.igniterealtime.openfire.plugin.mucderegister.it.Muc.settle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import org.dom4j.Element;
import org.igniterealtime.openfire.plugin.mucderegister.testserver.OpenfireServer;
import org.igniterealtime.openfire.plugin.mucderegister.testserver.RunningServer;
import org.igniterealtime.openfire.plugin.mucderegister.xmpp.XmppClient;
import org.jivesoftware.openfire.interceptor.InterceptorManager;
import org.jivesoftware.openfire.muc.MUCEventDispatcher;
import org.jivesoftware.openfire.muc.spi.MUCServicePropertyEventDispatcher;
import org.jivesoftware.openfire.user.UserManager;
import org.jivesoftware.openfire.user.UserNotFoundException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The plugin unloaded and loaded again while clients keep joining, deregistering, being granted
 * membership again and chatting. While it is gone nothing of it is left in Openfire (no
 * interceptor, no MUC or service-property listener); clients see no error at any time, every
 * request gets exactly one reply, and deregistration goes on working throughout: Openfire's own
 * (no status 110 on 4.2) while the plugin is out, the plugin's again once it is back.
 */
@ExtendWith(OpenfireServer.class)
class PluginReloadUnderTrafficIT {

    private static final int WORKERS = 4;
    private static final Duration WAIT = Duration.ofSeconds(15);

    private final AtomicBoolean stop = new AtomicBoolean();
    private final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    private final AtomicInteger withOwnStatus = new AtomicInteger();
    private final AtomicInteger withoutOwnStatus = new AtomicInteger();
    private final AtomicInteger messages = new AtomicInteger();

    @Test
    void unloadAndReloadUnderTrafficLeaveNothingBehindAndBreakNothing(RunningServer server) throws Exception {
        Muc muc = new Muc(server);
        String room = Muc.uniqueRoom("reload");
        List<XmppClient> clients = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        boolean reinstalled = false;
        try {
            XmppClient romeo = server.login("user", "reload-owner");
            clients.add(romeo);
            muc.create(romeo, room, "Romeo", "muc#roomconfig_membersonly", "1");
            for (int w = 0; w < WORKERS; w++) {
                String name = "reload" + w;
                try {
                    UserManager.getInstance().getUser(name);
                } catch (UserNotFoundException e) {
                    UserManager.getInstance().createUser(name, RunningServer.PASSWORD, null, null);
                }
                XmppClient owner = server.login("user", "reload-admin-" + w);
                XmppClient member = server.login(name, "reload");
                clients.add(owner);
                clients.add(member);
                muc.join(owner, room, "admin-" + w);
                threads.add(new Thread(() -> churn(muc, room, owner, member), "churn-" + w));
            }
            threads.add(new Thread(() -> chat(muc, room, romeo), "chat"));
            threads.forEach(Thread::start);

            Map<String, Long> partsBefore = parts();
            assertTrue(partsBefore.size() >= 4, "our parts before: " + partsBefore);
            Thread.sleep(1500);
            server.unloadPlugin();
            assertEquals(List.of(), OurParts.in(InterceptorManager.getInstance().getInterceptors()), "interceptors left behind");
            assertEquals(List.of(), OurParts.in(OurParts.listeners(MUCEventDispatcher.class)), "MUC listeners left behind");
            assertEquals(List.of(), OurParts.in(OurParts.listeners(MUCServicePropertyEventDispatcher.class)),
                    "service property listeners left behind");
            Thread.sleep(2000);
            server.installPlugin();
            reinstalled = true;
            Thread.sleep(2000);
            stop.set(true);
            for (Thread thread : threads) {
                thread.join(WAIT.toMillis() * 3);
            }

            System.out.printf(Locale.ROOT, "Reload: %d deregistrations by Openfire (no 110), %d by the plugin, %d messages%n",
                    withoutOwnStatus.get(), withOwnStatus.get(), messages.get());
            assertEquals(List.of(), new ArrayList<>(failures), "what the clients saw");
            assertTrue(withoutOwnStatus.get() > 0, "no deregistration happened while the plugin was out");
            assertTrue(withOwnStatus.get() > 0, "no deregistration by the plugin");
            for (XmppClient client : clients) {
                assertTrue(client.isConnected(), client.fullJid() + " was disconnected");
            }
            // Each part registered again, once.
            assertEquals(partsBefore, parts(), "our interceptors and listeners after the reload");

            // The plugin's own behaviour is back: an absent member's deregistration is announced.
            XmppClient member = clients.get(2);
            member.send("<presence type='unavailable' to='" + muc.occupant(room, "reload0") + "'/>");
            muc.setAffiliation(romeo, room, member.bareJid(), "member");
            settle(romeo, member);
            assertEquals("result", answer(member, muc.deregister(member, room)).attributeValue("type"));
            Element announcement = await(romeo, s -> "message".equals(s.getName())
                    && muc.room(room).toString().equals(s.attributeValue("from")));
            assertNotNull(announcement, "no announcement after the reload");
        } finally {
            stop.set(true);
            if (!reinstalled && !server.isPluginLoaded()) {
                // Other test classes share this server.
                server.installPlugin();
            }
            for (Thread thread : threads) {
                thread.join(WAIT.toMillis() * 3);
            }
            clients.forEach(XmppClient::close);
            if (server.mucService().getChatRoom(room) != null) {
                server.mucService().getChatRoom(room).destroyRoom(null, "test over");
            }
        }
    }

    /** Over and over: the owner grants membership, the member joins and deregisters. */
    private void churn(Muc muc, String room, XmppClient owner, XmppClient member) {
        String occupant = muc.occupant(room, member.bareJid().substring(0, member.bareJid().indexOf('@')));
        try {
            while (!stop.get()) {
                expectResult(owner, Muc.iq(owner, muc.room(room).toString(), "set", "<query xmlns='" + Muc.MUC_ADMIN
                        + "'><item affiliation='member' jid='" + member.bareJid() + "'/></query>"), "grant");
                member.send("<presence to='" + occupant + "'><x xmlns='" + Muc.MUC + "'/></presence>");
                if (awaitNoError(member, s -> isOwnJoinPresence(s, occupant, member.fullJid()),
                        "own presence on joining") == null) {
                    return;
                }
                String id = muc.deregister(member, room);
                Element own = awaitNoError(member, s -> "presence".equals(s.getName())
                        && "unavailable".equals(s.attributeValue("type")) && occupant.equals(s.attributeValue("from")),
                        "own presence on ejection");
                if (own == null) {
                    return;
                }
                (hasStatus(own, "110") ? withOwnStatus : withoutOwnStatus).incrementAndGet();
                expectResult(member, id, "deregistration");
            }
        } catch (IOException | RuntimeException e) {
            failures.add(Thread.currentThread().getName() + ": " + e);
        }
    }

    /** Romeo talks to the room all the while; his messages come back to him. */
    private void chat(Muc muc, String room, XmppClient romeo) {
        try {
            while (!stop.get()) {
                String id = "chat" + messages.incrementAndGet();
                romeo.send("<message type='groupchat' id='" + id + "' to='" + muc.room(room) + "'><body>line "
                        + id + "</body></message>");
                if (awaitNoError(romeo, s -> "message".equals(s.getName()) && id.equals(s.attributeValue("id")),
                        "own message " + id) == null) {
                    return;
                }
                Thread.sleep(20);
            }
        } catch (IOException | RuntimeException e) {
            failures.add("chat: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void expectResult(XmppClient client, String id, String what) {
        Element reply = awaitNoError(client, s -> "iq".equals(s.getName()) && id.equals(s.attributeValue("id")), what);
        if (reply != null && !"result".equals(reply.attributeValue("type"))) {
            failures.add(client.fullJid() + " " + what + ": " + reply.asXML());
        }
        // A second reply would come right after the first.
        if (reply != null) {
            for (Element late : client.drain(Duration.ofMillis(50))) {
                if ("iq".equals(late.getName()) && id.equals(late.attributeValue("id"))) {
                    failures.add(client.fullJid() + " " + what + ": second reply " + late.asXML());
                } else if ("error".equals(late.attributeValue("type"))) {
                    failures.add(client.fullJid() + ": error " + late.asXML());
                }
            }
        }
    }

    /** The first stanza that matches; any error stanza on the way, or none in time, is a failure. */
    private Element awaitNoError(XmppClient client, Predicate<Element> wanted, String what) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        java.util.Deque<String> seen = new java.util.ArrayDeque<>();
        while (System.nanoTime() < deadline) {
            Element stanza = client.receive(Duration.ofNanos(deadline - System.nanoTime()));
            if (stanza == null) {
                continue;
            }
            seen.addLast(stanza.asXML());
            if (seen.size() > 4) {
                seen.removeFirst();
            }
            if ("error".equals(stanza.attributeValue("type")) && !wanted.test(stanza)) {
                failures.add(client.fullJid() + " waiting for " + what + ": " + stanza.asXML());
            }
            if (wanted.test(stanza)) {
                return stanza;
            }
        }
        failures.add(client.fullJid() + ": no " + what + " within " + WAIT + "; last seen: " + seen);
        return null;
    }

    /** Our interceptors and listeners, by class name, with how many of each Openfire holds. */
    private static Map<String, Long> parts() throws ReflectiveOperationException {
        Map<String, Long> parts = new TreeMap<>();
        OurParts.in(InterceptorManager.getInstance().getInterceptors()).forEach(n -> parts.merge(n, 1L, Long::sum));
        OurParts.in(OurParts.listeners(MUCEventDispatcher.class)).forEach(n -> parts.merge(n, 1L, Long::sum));
        OurParts.in(OurParts.listeners(MUCServicePropertyEventDispatcher.class)).forEach(n -> parts.merge(n, 1L, Long::sum));
        return parts;
    }

    /**
     * The own presence on joining. Openfire 4.2 can leave its status 110 out when others join at
     * the same moment (its broadcast tells the joiner by the "to" of a presence object that
     * concurrent joins readdress), so in this non-anonymous room the item's JID tells it too.
     */
    static boolean isOwnJoinPresence(Element stanza, String occupant, String fullJid) {
        if (!"presence".equals(stanza.getName()) || stanza.attributeValue("type") != null
                || !occupant.equals(stanza.attributeValue("from"))) {
            return false;
        }
        Element x = stanza.element(org.dom4j.QName.get("x", Muc.MUC_USER));
        Element item = x == null ? null : x.element("item");
        return hasStatus(stanza, "110") || item != null && fullJid.equals(item.attributeValue("jid"));
    }

}
