package org.igniterealtime.openfire.plugin.mucderegister.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.dom4j.Element;
import org.dom4j.QName;
import org.igniterealtime.openfire.plugin.mucderegister.testserver.OpenfireServer;
import org.igniterealtime.openfire.plugin.mucderegister.testserver.RunningServer;
import org.igniterealtime.openfire.plugin.mucderegister.xmpp.XmppClient;
import org.jivesoftware.openfire.muc.MUCRole;
import org.jivesoftware.openfire.muc.MUCRoom;
import org.jivesoftware.openfire.user.UserManager;
import org.jivesoftware.openfire.user.UserNotFoundException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xmpp.packet.JID;

/**
 * Load: 200 clients in five rooms (four members-only, two of them persistent, and one open),
 * driven by eight threads at once, until 1,000 memberships have been cancelled, mixed with joins,
 * leaves, grants through muc#admin and refused deregistrations of non-members. Each thread owns
 * 25 clients and an owner session of its own, and keeps a model of what each of its clients
 * should be (member or not, in the room or not). At the end every request has had exactly one
 * reply, of the expected type, every room's member list and occupants match the model (no ghost
 * occupant), and once the clients are gone nobody but the owners is left in any room.
 */
@ExtendWith(OpenfireServer.class)
class DeregistrationLoadIT {

    private static final int CLIENTS = 200;
    private static final int ROOMS = 5;
    private static final int OPEN_ROOM = ROOMS - 1;
    private static final int THREADS = 8;
    private static final int DEREGISTRATIONS = 1000;
    private static final Duration TIME_LIMIT = Duration.ofMinutes(4);
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String ID_PREFIX = "load-";

    private final AtomicInteger ids = new AtomicInteger();
    private final AtomicInteger deregistrations = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();
    private final AtomicInteger joins = new AtomicInteger();
    private final AtomicInteger leaves = new AtomicInteger();
    private final AtomicInteger grants = new AtomicInteger();
    /** Replies seen, by request id. */
    private final Map<String, AtomicInteger> replies = new ConcurrentHashMap<>();
    private final Set<String> sent = ConcurrentHashMap.newKeySet();
    private final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();

    private RunningServer server;
    private Muc muc;
    private final String[] rooms = new String[ROOMS];

    @Test
    void twoHundredClientsAThousandDeregistrationsNothingLostNothingLeftBehind(RunningServer server)
            throws Exception {
        this.server = server;
        this.muc = new Muc(server);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<XmppClient> everyone = new ArrayList<>();
        try {
            long start = System.nanoTime();
            List<Peer> peers = logIn(pool);
            List<XmppClient> owners = createRooms();
            peers.forEach(p -> everyone.add(p.client));
            everyone.addAll(owners);
            System.out.printf("Load: %d clients and %d rooms ready in %d ms%n", CLIENTS, ROOMS,
                    (System.nanoTime() - start) / 1_000_000);

            start = System.nanoTime();
            long deadline = start + TIME_LIMIT.toNanos();
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                List<Peer> own = peers.stream().filter(p -> p.index % THREADS == thread).collect(Collectors.toList());
                workers.add(pool.submit(() -> drive(own, new Peer(owners.get(thread), -1, -1), thread, deadline)));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
            System.out.printf(Locale.ROOT, "Load: %d deregistrations, %d refused, %d grants, %d joins, %d leaves"
                    + " by %d threads in %d ms%n", deregistrations.get(), refused.get(), grants.get(), joins.get(),
                    leaves.get(), THREADS, (System.nanoTime() - start) / 1_000_000);
            assertEquals(List.of(), new ArrayList<>(failures), "failures during the load");
            assertTrue(deregistrations.get() >= DEREGISTRATIONS, "only " + deregistrations + " deregistrations");

            // Late or duplicate replies would be in the queues by now.
            Thread.sleep(Muc.SETTLE.toMillis());
            for (Peer peer : peers) {
                peer.drain();
            }
            for (XmppClient owner : owners) {
                new Peer(owner, -1, -1).drain();
            }
            Map<String, Integer> notOnce = new TreeMap<>();
            for (String id : sent) {
                int count = replies.getOrDefault(id, new AtomicInteger()).get();
                if (count != 1) {
                    notOnce.put(id, count);
                }
            }
            for (String id : replies.keySet()) {
                if (!sent.contains(id)) {
                    notOnce.put(id, replies.get(id).get());
                }
            }
            assertEquals(Map.of(), notOnce, "requests (of " + sent.size() + ") without exactly one reply");

            for (int r = 0; r < ROOMS; r++) {
                MUCRoom room = server.mucService().getChatRoom(rooms[r]);
                int roomIndex = r;
                Set<String> expectedMembers = peers.stream().filter(p -> p.room == roomIndex && p.member)
                        .map(p -> p.client.bareJid()).collect(Collectors.toCollection(TreeSet::new));
                Set<String> expectedOccupants = peers.stream().filter(p -> p.room == roomIndex && p.present)
                        .map(p -> p.client.fullJid()).collect(Collectors.toCollection(TreeSet::new));
                owners.forEach(o -> expectedOccupants.add(o.fullJid()));
                assertEquals(expectedMembers, room.getMembers().stream().map(JID::toBareJID)
                        .collect(Collectors.toCollection(TreeSet::new)), rooms[r] + ": members");
                assertEquals(expectedOccupants, occupants(room), rooms[r] + ": occupants");
                assertEquals(List.of("user@" + server.domain()), room.getOwners().stream().map(JID::toBareJID)
                        .collect(Collectors.toList()), rooms[r] + ": owners");
                assertTrue(room.getAdmins().isEmpty() && room.getOutcasts().isEmpty(), rooms[r] + ": admins, outcasts");
            }

            for (Peer peer : peers) {
                peer.client.close();
            }
            for (int r = 0; r < ROOMS; r++) {
                MUCRoom room = server.mucService().getChatRoom(rooms[r]);
                Set<String> ownersOnly = owners.stream().map(XmppClient::fullJid).collect(Collectors.toCollection(TreeSet::new));
                assertEquals(ownersOnly, occupants(room), rooms[r] + ": occupants once the clients are gone");
            }
        } finally {
            pool.shutdownNow();
            for (XmppClient client : everyone) {
                client.close();
            }
            for (String room : rooms) {
                if (room != null && server.mucService().getChatRoom(room) != null) {
                    server.mucService().getChatRoom(room).destroyRoom(null, "load test over");
                }
            }
        }
    }

    /** Creates the accounts (once per server) and logs every client in, several at a time. */
    private List<Peer> logIn(ExecutorService pool) throws Exception {
        List<Future<Peer>> logins = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            int index = i;
            logins.add(pool.submit(() -> {
                String name = String.format(Locale.ROOT, "load%03d", index);
                try {
                    UserManager.getInstance().getUser(name);
                } catch (UserNotFoundException e) {
                    UserManager.getInstance().createUser(name, RunningServer.PASSWORD, null, null);
                }
                return new Peer(server.login(name, "load"), index, index % ROOMS);
            }));
        }
        List<Peer> peers = new ArrayList<>();
        for (Future<Peer> login : logins) {
            peers.add(login.get());
        }
        return peers;
    }

    /** One owner session per thread, each in every room (Openfire 4.2 takes muc#admin only from occupants). */
    private List<XmppClient> createRooms() throws IOException {
        List<XmppClient> owners = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            owners.add(server.login("user", "owner-" + t));
        }
        for (int r = 0; r < ROOMS; r++) {
            rooms[r] = Muc.uniqueRoom("load" + r);
            if (r == OPEN_ROOM) {
                muc.create(owners.get(0), rooms[r], "owner-0");
            } else {
                muc.create(owners.get(0), rooms[r], "owner-0", "muc#roomconfig_membersonly", "1",
                        "muc#roomconfig_persistentroom", r < 2 ? "1" : "0");
            }
            server.mucService().getChatRoom(rooms[r]).setMaxUsers(0);
            for (int t = 1; t < THREADS; t++) {
                muc.join(owners.get(t), rooms[r], "owner-" + t);
            }
        }
        for (XmppClient owner : owners) {
            owner.drain(Duration.ofMillis(50));
        }
        return owners;
    }

    /** A thread's share of the work: random operations on its own clients until enough deregistrations. */
    private void drive(List<Peer> own, Peer owner, int thread, long deadline) {
        Random random = new Random(thread * 7919L + 17);
        try {
            while (deregistrations.get() < DEREGISTRATIONS) {
                if (System.nanoTime() > deadline) {
                    failures.add("thread " + thread + ": time limit reached at " + deregistrations + " deregistrations");
                    return;
                }
                if (failures.size() > 20) {
                    return;
                }
                Peer peer = own.get(random.nextInt(own.size()));
                int dice = random.nextInt(100);
                if (peer.member) {
                    if (dice < 55) {
                        deregister(peer);
                    } else if (peer.present) {
                        leave(peer);
                    } else {
                        join(peer);
                    }
                } else if (dice < 70) {
                    grant(owner, peer);
                } else if (dice < 85 && peer.room == OPEN_ROOM) {
                    if (peer.present) {
                        leave(peer);
                    } else {
                        join(peer);
                    }
                } else {
                    deregisterRefused(peer);
                }
            }
        } catch (IOException | RuntimeException e) {
            failures.add("thread " + thread + ": " + e);
        }
    }

    private void grant(Peer owner, Peer peer) throws IOException {
        String id = owner.send(muc.room(rooms[peer.room]).toString(), "set", "<query xmlns='" + Muc.MUC_ADMIN + "'><item affiliation='member' jid='"
                + peer.client.bareJid() + "'/></query>");
        if (owner.expectResult(id, "grant to " + peer.client.bareJid())) {
            peer.member = true;
            grants.incrementAndGet();
        }
    }

    private void join(Peer peer) throws IOException {
        String occupant = muc.occupant(rooms[peer.room], peer.nick);
        peer.client.send("<presence to='" + occupant + "'><x xmlns='" + Muc.MUC + "'/></presence>");
        if (peer.await(s -> PluginReloadUnderTrafficIT.isOwnJoinPresence(s, occupant, peer.client.fullJid()),
                "own presence on joining") != null) {
            peer.present = true;
            joins.incrementAndGet();
        }
    }

    private void leave(Peer peer) throws IOException {
        String occupant = muc.occupant(rooms[peer.room], peer.nick);
        peer.client.send("<presence type='unavailable' to='" + occupant + "'/>");
        if (peer.await(s -> isUnavailableFrom(s, occupant), "own presence on leaving") != null) {
            peer.present = false;
            leaves.incrementAndGet();
        }
    }

    private void deregister(Peer peer) throws IOException {
        String room = rooms[peer.room];
        String occupant = muc.occupant(room, peer.nick);
        boolean ejected = peer.present && peer.room != OPEN_ROOM;
        String id = peer.send(muc.room(room).toString(), "set", "<query xmlns='jabber:iq:register'><remove/></query>");
        if (ejected) {
            // The own presence comes before the result, which is sent last.
            Element own = peer.await(s -> isUnavailableFrom(s, occupant)
                    || "iq".equals(s.getName()) && id.equals(s.attributeValue("id")), "own presence on ejection");
            if (own == null) {
                return;
            }
            if (!"presence".equals(own.getName()) || !Muc.hasStatus(own, "321") || !Muc.hasStatus(own, "110")) {
                failures.add(peer.client.fullJid() + ": expected the ejection before the result, got " + own.asXML());
                return;
            }
            peer.present = false;
        }
        if (peer.expectResult(id, "deregistration of " + peer.client.fullJid())) {
            peer.member = false;
            deregistrations.incrementAndGet();
        }
    }

    private void deregisterRefused(Peer peer) throws IOException {
        String id = peer.send(muc.room(rooms[peer.room]).toString(), "set", "<query xmlns='jabber:iq:register'><remove/></query>");
        Element reply = peer.awaitReply(id);
        if (reply != null) {
            Element error = reply.element("error");
            if (!"error".equals(reply.attributeValue("type")) || error == null
                    || error.element(QName.get("registration-required", "urn:ietf:params:xml:ns:xmpp-stanzas")) == null) {
                failures.add(peer.client.fullJid() + ": expected registration-required, got " + reply.asXML());
            } else {
                refused.incrementAndGet();
            }
        }
    }

    private static boolean isUnavailableFrom(Element stanza, String occupant) {
        return "presence".equals(stanza.getName()) && "unavailable".equals(stanza.attributeValue("type"))
                && occupant.equals(stanza.attributeValue("from"));
    }

    private static Set<String> occupants(MUCRoom room) {
        return room.getOccupants().stream().map(MUCRole::getUserAddress).map(JID::toString)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** A client with what it should be, as its thread has made it; read and written by that thread only. */
    private final class Peer {
        final XmppClient client;
        final int index;
        final int room;
        final String nick;
        boolean member;
        boolean present;

        Peer(XmppClient client, int index, int room) {
            this.client = client;
            this.index = index;
            this.room = room;
            this.nick = "p" + index;
        }

        String send(String to, String type, String payload) throws IOException {
            String id = ID_PREFIX + ids.incrementAndGet();
            sent.add(id);
            client.send("<iq type='" + type + "' to='" + to + "' id='" + id + "'>" + payload + "</iq>");
            return id;
        }

        boolean expectResult(String id, String what) {
            Element reply = awaitReply(id);
            if (reply != null && !"result".equals(reply.attributeValue("type"))) {
                failures.add(what + ": " + reply.asXML());
                return false;
            }
            return reply != null;
        }

        Element awaitReply(String id) {
            return await(s -> "iq".equals(s.getName()) && id.equals(s.attributeValue("id")), "reply to " + id);
        }

        /** The first stanza that matches, noting every reply passed on the way; null (and a failure) on timeout. */
        Element await(Predicate<Element> wanted, String what) {
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (System.nanoTime() < deadline) {
                Element stanza = client.receive(Duration.ofNanos(deadline - System.nanoTime()));
                if (stanza != null) {
                    note(stanza);
                    if (wanted.test(stanza)) {
                        return stanza;
                    }
                }
            }
            failures.add(client.fullJid() + ": no " + what + " within " + WAIT);
            return null;
        }

        void drain() {
            for (Element stanza : client.drain(Duration.ofMillis(1))) {
                note(stanza);
            }
        }

        private void note(Element stanza) {
            String id = stanza.attributeValue("id");
            String type = stanza.attributeValue("type");
            if ("iq".equals(stanza.getName()) && id != null && id.startsWith(ID_PREFIX)
                    && ("result".equals(type) || "error".equals(type))) {
                replies.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
            }
        }
    }
}
