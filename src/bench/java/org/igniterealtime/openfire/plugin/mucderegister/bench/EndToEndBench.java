package org.igniterealtime.openfire.plugin.mucderegister.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;

import org.dom4j.Element;
import org.dom4j.QName;
import org.igniterealtime.openfire.plugin.mucderegister.testserver.EmbeddedOpenfire;
import org.igniterealtime.openfire.plugin.mucderegister.testserver.FreePort;
import org.igniterealtime.openfire.plugin.mucderegister.testserver.OpenfireHome;
import org.igniterealtime.openfire.plugin.mucderegister.testserver.ProjectPaths;
import org.igniterealtime.openfire.plugin.mucderegister.testserver.RunningServer;
import org.igniterealtime.openfire.plugin.mucderegister.testserver.ServerProperties;
import org.igniterealtime.openfire.plugin.mucderegister.xmpp.XmppClient;
import org.jivesoftware.openfire.interceptor.InterceptorManager;
import org.jivesoftware.openfire.interceptor.PacketInterceptor;
import org.jivesoftware.openfire.muc.MUCRoom;
import org.jivesoftware.openfire.muc.MultiUserChatService;
import org.jivesoftware.openfire.muc.spi.MUCPersistenceManager;
import org.jivesoftware.openfire.user.UserManager;
import org.jivesoftware.openfire.session.Session;
import org.jivesoftware.openfire.user.UserNotFoundException;
import org.xmpp.packet.IQ;
import org.xmpp.packet.JID;
import org.xmpp.packet.Packet;

/**
 * Deregistration end to end on a real Openfire 4.2.0 with the built plugin jar, the plugin
 * switched on versus switched off (Openfire's own handling) on the same server in the same run.
 *
 * <p>A persistent members-only room gets a member list of M entries, seeded through Openfire's
 * API with announcements off, and then occupants in steps, up to each size N in turn: the owner,
 * the member who deregisters and N-2 others, each its own account and connection. One run: the
 * member sends {@code <remove/>}; the time is taken from just before the send to the moment the
 * last occupant (the member included) has received the unavailable presence of the member's
 * nickname. Then, untimed, the membership is granted again through the API, the member joins
 * again and everyone has seen that join. Runs alternate between the plugin switched on and off
 * ({@code mucderegister.deregistration.enabled} of the service), after a few warm-up runs of
 * each; each run checks which of the two answered (status 110 in the member's own presence
 * comes only from the plugin on Openfire 4.2). Clients and server share the JVM and its cores.
 *
 * <p>Second table: the same with 10 occupants and member lists of different lengths, to show
 * whether the work per deregistration grows with the member list.
 *
 * <p>System properties: {@code bench.occupants} (10,100,1000), {@code bench.members} (10000),
 * {@code bench.runs} (runs per size and mode: 200,100,50), {@code bench.warmups} (10),
 * {@code bench.scaling.members} (100,10000), {@code bench.scaling.occupants} (10),
 * {@code bench.scaling.runs} (100).
 */
public final class EndToEndBench {

    private static final String MUC = "http://jabber.org/protocol/muc";
    private static final String MUC_USER = MUC + "#user";
    private static final String MUC_OWNER = MUC + "#owner";
    private static final String DEREGISTRATION = "mucderegister.deregistration.enabled";
    private static final String ANNOUNCEMENTS = "mucderegister.announcements.enabled";
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String LEAVER_NICK = "Juliet";

    private final EmbeddedOpenfire openfire;
    private final MultiUserChatService service;
    private final ServerClock clock = new ServerClock();
    private final String mucDomain;
    private final List<XmppClient> others = new ArrayList<>();
    private XmppClient owner;
    private XmppClient leaver;
    private int ids;
    private int rooms;

    private EndToEndBench(EmbeddedOpenfire openfire) {
        this.openfire = openfire;
        this.service = openfire.server().getMultiUserChatManager().getMultiUserChatService(RunningServer.MUC_SERVICE);
        this.mucDomain = RunningServer.MUC_SERVICE + "." + ServerProperties.DOMAIN;
        // First in line, so that it sees the request before the plugin takes it over.
        InterceptorManager.getInstance().addInterceptor(0, clock);
    }

    public static void main(String[] args) throws Exception {
        int[] sizes = ints("bench.occupants", "10,100,1000");
        int members = Integer.getInteger("bench.members", 10000);
        int[] runs = ints("bench.runs", "200,100,50");
        int warmups = Integer.getInteger("bench.warmups", 10);
        int[] scalingMembers = ints("bench.scaling.members", "100,10000");
        int scalingOccupants = Integer.getInteger("bench.scaling.occupants", 10);
        int scalingRuns = Integer.getInteger("bench.scaling.runs", 100);

        Path dir = ProjectPaths.buildDirectory().resolve("bench-openfire");
        EmbeddedOpenfire openfire;
        try {
            Map<String, String> properties = ServerProperties.plainText(FreePort.pick());
            // Clients that wait their turn to join must not be dropped as idle (they answer no pings).
            properties.put("xmpp.client.idle", "-1");
            OpenfireHome home = OpenfireHome.fresh(dir, properties);
            home.installPlugin(ProjectPaths.pluginJar());
            openfire = EmbeddedOpenfire.boot(home);
        } catch (Exception e) {
            e.printStackTrace();
            // A half-started Openfire leaves non-daemon threads that would keep this JVM alive.
            System.exit(1);
            return;
        }
        int exit = 0;
        try {
            EndToEndBench bench = new EndToEndBench(openfire);
            int most = Math.max(Arrays.stream(sizes).max().orElse(0), scalingOccupants);
            bench.connect(most - 2);

            List<String> table = bench.measureGrowingRoom(sizes, members, warmups, runs);
            List<String> scaling = new ArrayList<>();
            for (int m : scalingMembers) {
                scaling.add(bench.measureGrowingRoom(new int[] {scalingOccupants}, m, warmups,
                        new int[] {scalingRuns}).get(0));
            }
            String header = "| occupants | members | runs per mode | stock p50 ms | stock p99 ms | plugin p50 ms"
                    + " | plugin p99 ms | plugin/stock p50 | server stock p50 ms | server plugin p50 ms"
                    + " | server plugin/stock |\n|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n";
            System.out.printf(Locale.ROOT, "%n=== Deregistration, <remove/> sent to the last occupant told (Openfire %s,"
                    + " JDK %s, %d cores; target: plugin/stock p50 at most 1.10) ===%n%s%s%n"
                    + "=== The same, %d occupants, growing member list ===%n%s%s%n",
                    openfire.server().getServerInfo().getVersion().getVersionString(),
                    System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                    header, String.join("\n", table), scalingOccupants, header, String.join("\n", scaling));
        } catch (Exception | AssertionError e) {
            e.printStackTrace();
            exit = 1;
        }
        // Not openfire.stop(): with hundreds of clients still connected it only adds warnings. The
        // home is made afresh by the next run. Openfire leaves non-daemon threads behind.
        System.exit(exit);
    }

    /** Creates the accounts and logs everyone in: owner (user), leaver (user2), others (benchNNNN). */
    private void connect(int otherCount) throws Exception {
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<XmppClient>> logins = new ArrayList<>();
            for (int i = 0; i < otherCount; i++) {
                String name = String.format(Locale.ROOT, "bench%04d", i);
                logins.add(pool.submit(() -> {
                    try {
                        UserManager.getInstance().getUser(name);
                    } catch (UserNotFoundException e) {
                        UserManager.getInstance().createUser(name, RunningServer.PASSWORD, null, null);
                    }
                    return login(name, "bench");
                }));
            }
            for (Future<XmppClient> login : logins) {
                others.add(login.get());
            }
        } finally {
            pool.shutdown();
        }
        owner = login("user", "bench");
        leaver = login("user2", "bench");
        System.out.printf("Logged in %d clients in %d ms%n", otherCount + 2, (System.nanoTime() - start) / 1_000_000);
    }

    private XmppClient login(String name, String resource) throws IOException {
        return XmppClient.connect("127.0.0.1", openfire.clientPort(), ServerProperties.DOMAIN, name,
                RunningServer.PASSWORD, resource);
    }

    /**
     * Sets up a room with that many members, then, for each size in turn, lets occupants join
     * until it has that many and measures; returns one table row per size.
     */
    private List<String> measureGrowingRoom(int[] sizes, int members, int warmups, int[] runs) throws Exception {
        long setupStart = System.nanoTime();
        int most = Arrays.stream(sizes).max().orElse(2);
        String roomName = "bench-" + (++rooms) + "-" + members;
        JID room = new JID(roomName, mucDomain, null);
        MUCRoom mucRoom = createRoom(roomName);
        MUCPersistenceManager.setProperty(RunningServer.MUC_SERVICE, ANNOUNCEMENTS, "false");
        try {
            mucRoom.addMember(new JID(leaver.bareJid()), null, mucRoom.getRole());
            for (XmppClient client : others.subList(0, most - 2)) {
                mucRoom.addMember(new JID(client.bareJid()), null, mucRoom.getRole());
            }
            for (int i = mucRoom.getMembers().size(); i < members; i++) {
                mucRoom.addMember(new JID("filler" + i + "-" + roomName, ServerProperties.DOMAIN, null),
                        null, mucRoom.getRole());
            }
        } finally {
            MUCPersistenceManager.deleteProperty(RunningServer.MUC_SERVICE, ANNOUNCEMENTS);
        }
        join(leaver, room, LEAVER_NICK);
        System.out.printf("Room %s: %d members, set up in %d ms%n", roomName, mucRoom.getMembers().size(),
                (System.nanoTime() - setupStart) / 1_000_000);

        List<XmppClient> everyone = new ArrayList<>();
        everyone.add(owner);
        everyone.add(leaver);
        List<String> rows = new ArrayList<>();
        List<String> broadcastRoles = new ArrayList<>(mucRoom.getRolesToBroadcastPresence());
        for (int s = 0; s < sizes.length; s++) {
            long joinStart = System.nanoTime();
            // Joining quietly: the occupants' presences go to moderators only while they come in,
            // instead of N joins times N occupants. Everything is broadcast again for the runs.
            mucRoom.setRolesToBroadcastPresence(new ArrayList<>(List.of("moderator")));
            while (everyone.size() < sizes[s]) {
                XmppClient next = others.get(everyone.size() - 2);
                join(next, room, "o" + (everyone.size() - 2));
                everyone.add(next);
            }
            mucRoom.setRolesToBroadcastPresence(new ArrayList<>(broadcastRoles));
            for (XmppClient client : everyone) {
                client.drain(Duration.ofMillis(1));
            }
            if (mucRoom.getOccupantsCount() != sizes[s] || mucRoom.getMembers().size() != members) {
                throw new AssertionError("room has " + mucRoom.getOccupantsCount() + " occupants and "
                        + mucRoom.getMembers().size() + " members");
            }
            System.out.printf("  %d occupants joined in %d ms%n", sizes[s], (System.nanoTime() - joinStart) / 1_000_000);
            rows.add(measure(room, mucRoom, everyone, members, warmups, runs[Math.min(s, runs.length - 1)]));
        }
        mucRoom.destroyRoom(null, "done");
        for (XmppClient client : everyone) {
            await(client, s -> "presence".equals(s.getName()) && "unavailable".equals(s.attributeValue("type"))
                    && s.attributeValue("from", "").startsWith(room + "/") && hasDestroy(s), "room destroyed");
            client.drain(Duration.ofMillis(1));
        }
        return rows;
    }

    /** Runs alternately with the plugin switched on and off and returns the table row. */
    private String measure(JID room, MUCRoom mucRoom, List<XmppClient> everyone, int members, int warmups, int runs)
            throws Exception {
        long start = System.nanoTime();
        long[] stock = new long[runs];
        long[] plugin = new long[runs];
        long[] stockServer = new long[runs];
        long[] pluginServer = new long[runs];
        for (int i = -warmups; i < runs; i++) {
            for (boolean on : new boolean[] {i % 2 == 0, i % 2 != 0}) {
                long nanos = deregisterOnce(room, mucRoom, everyone, on);
                if (i >= 0) {
                    (on ? plugin : stock)[i] = nanos;
                    (on ? pluginServer : stockServer)[i] = clock.elapsed();
                }
            }
        }
        for (long[] sample : new long[][] {stock, plugin, stockServer, pluginServer}) {
            Arrays.sort(sample);
        }
        System.out.printf("  %d runs per mode in %d ms%n", runs, (System.nanoTime() - start) / 1_000_000);
        return String.format(Locale.ROOT, "| %d | %d | %d | %.2f | %.2f | %.2f | %.2f | **%.2f×** | %.2f | %.2f | %.2f× |",
                everyone.size(), members, runs, ms(percentile(stock, 50)), ms(percentile(stock, 99)),
                ms(percentile(plugin, 50)), ms(percentile(plugin, 99)),
                (double) percentile(plugin, 50) / percentile(stock, 50),
                ms(percentile(stockServer, 50)), ms(percentile(pluginServer, 50)),
                (double) percentile(pluginServer, 50) / percentile(stockServer, 50));
    }

    /**
     * One timed deregistration with the plugin switched on or off, then the untimed way back: the
     * membership granted again, the member in the room again, everyone told.
     */
    private long deregisterOnce(JID room, MUCRoom mucRoom, List<XmppClient> everyone, boolean pluginOn)
            throws Exception {
        MUCPersistenceManager.setProperty(RunningServer.MUC_SERVICE, DEREGISTRATION, Boolean.toString(pluginOn));
        String leaverOccupant = room + "/" + LEAVER_NICK;
        String id = "bench" + (++ids);
        Predicate<Element> left = s -> "presence".equals(s.getName()) && "unavailable".equals(s.attributeValue("type"))
                && leaverOccupant.equals(s.attributeValue("from"));

        clock.expect(id);
        long start = System.nanoTime();
        leaver.send("<iq type='set' id='" + id + "' to='" + room + "'><query xmlns='jabber:iq:register'><remove/></query></iq>");
        Element own = await(leaver, left, "own unavailable presence");
        for (XmppClient client : everyone) {
            if (client != leaver) {
                await(client, left, "unavailable presence of " + LEAVER_NICK);
            }
        }
        long nanos = System.nanoTime() - start;

        if (hasStatus(own, "110") != pluginOn) {
            throw new AssertionError("plugin " + (pluginOn ? "on" : "off") + " but got " + own.asXML());
        }
        Element reply = await(leaver, s -> "iq".equals(s.getName()) && id.equals(s.attributeValue("id")), "reply");
        if (!"result".equals(reply.attributeValue("type"))) {
            throw new AssertionError(reply.asXML());
        }
        if (clock.elapsed() <= 0) {
            throw new AssertionError("the server clock missed " + id);
        }
        mucRoom.addMember(new JID(leaver.bareJid()), null, mucRoom.getRole());
        join(leaver, room, LEAVER_NICK);
        for (XmppClient client : everyone) {
            if (client != leaver) {
                await(client, s -> "presence".equals(s.getName()) && s.attributeValue("type") == null
                        && leaverOccupant.equals(s.attributeValue("from")), "join of " + LEAVER_NICK);
            }
        }
        leaver.drain(Duration.ofMillis(1));
        return nanos;
    }

    private MUCRoom createRoom(String roomName) throws IOException {
        JID room = new JID(roomName, mucDomain, null);
        join(owner, room, "Romeo");
        String id = "bench" + (++ids);
        owner.send("<iq type='set' id='" + id + "' to='" + room + "'><query xmlns='" + MUC_OWNER + "'>"
                + "<x xmlns='jabber:x:data' type='submit'>"
                + "<field var='FORM_TYPE'><value>http://jabber.org/protocol/muc#roomconfig</value></field>"
                + "<field var='muc#roomconfig_membersonly'><value>1</value></field>"
                + "<field var='muc#roomconfig_persistentroom'><value>1</value></field>"
                + "<field var='muc#roomconfig_maxusers'><value>0</value></field>"
                + "</x></query></iq>");
        Element reply = await(owner, s -> "iq".equals(s.getName()) && id.equals(s.attributeValue("id")), "configuration");
        if (!"result".equals(reply.attributeValue("type"))) {
            throw new AssertionError(reply.asXML());
        }
        MUCRoom mucRoom = service.getChatRoom(roomName);
        mucRoom.setMaxUsers(0);
        return mucRoom;
    }

    private static void join(XmppClient client, JID room, String nick) throws IOException {
        String occupant = room + "/" + nick;
        client.send("<presence to='" + occupant + "'><x xmlns='" + MUC + "'><history maxstanzas='0'/></x></presence>");
        // By the item's JID as well as status 110: while presences go to moderators only, Openfire
        // 4.2 sends a participant its own presence without 110.
        await(client, s -> {
            if (!"presence".equals(s.getName()) || s.attributeValue("type") != null
                    || !occupant.equals(s.attributeValue("from"))) {
                return false;
            }
            Element x = s.element(QName.get("x", MUC_USER));
            Element item = x == null ? null : x.element("item");
            return hasStatus(s, "110") || item != null && client.fullJid().equals(item.attributeValue("jid"));
        }, "own presence in " + room);
    }

    private static Element await(XmppClient client, Predicate<Element> wanted, String what) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            Element stanza = client.receive(Duration.ofNanos(deadline - System.nanoTime()));
            if (stanza != null && wanted.test(stanza)) {
                return stanza;
            }
        }
        throw new AssertionError(client.fullJid() + ": no " + what + " within " + WAIT);
    }

    private static boolean hasStatus(Element stanza, String code) {
        Element x = stanza.element(QName.get("x", MUC_USER));
        if (x != null) {
            for (Element status : x.elements("status")) {
                if (code.equals(status.attributeValue("code"))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hasDestroy(Element stanza) {
        Element x = stanza.element(QName.get("x", MUC_USER));
        return x != null && x.element("destroy") != null;
    }

    /**
     * The server's own time for one deregistration: from the request entering Openfire (before any
     * other interceptor, the plugin's included) to its result leaving for the member, which both
     * Openfire and the plugin send after every presence. Clients' parsing is not in it.
     */
    static final class ServerClock implements PacketInterceptor {
        private volatile String id;
        private volatile long in;
        private volatile long out;

        void expect(String requestId) {
            in = 0;
            out = 0;
            id = requestId;
        }

        long elapsed() {
            return in == 0 || out == 0 ? -1 : out - in;
        }

        @Override
        public void interceptPacket(Packet packet, Session session, boolean incoming, boolean processed) {
            if (processed || !(packet instanceof IQ)) {
                return;
            }
            String expected = id;
            if (expected == null || !expected.equals(packet.getID())) {
                return;
            }
            IQ.Type type = ((IQ) packet).getType();
            if (incoming && type == IQ.Type.set && in == 0) {
                in = System.nanoTime();
            } else if (!incoming && type == IQ.Type.result && out == 0) {
                out = System.nanoTime();
            }
        }
    }

    private static long percentile(long[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static int[] ints(String property, String defaults) {
        return Arrays.stream(System.getProperty(property, defaults).split(","))
                .map(String::trim).mapToInt(Integer::parseInt).toArray();
    }
}
