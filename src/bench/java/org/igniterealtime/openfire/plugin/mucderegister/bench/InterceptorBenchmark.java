package org.igniterealtime.openfire.plugin.mucderegister.bench;

import java.util.concurrent.TimeUnit;

import org.dom4j.DocumentException;
import org.dom4j.DocumentHelper;
import org.dom4j.Element;
import org.igniterealtime.openfire.plugin.mucderegister.announcements.AffiliationChangeWatch;
import org.igniterealtime.openfire.plugin.mucderegister.interception.MucIqInterceptor;
import org.igniterealtime.openfire.plugin.mucderegister.interception.OwnStatusInterceptor;
import org.igniterealtime.openfire.plugin.mucderegister.settings.ServiceSettings;
import org.jivesoftware.openfire.interceptor.PacketInterceptor;
import org.jivesoftware.openfire.interceptor.PacketRejectedException;
import org.jivesoftware.openfire.session.Session;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.xmpp.packet.IQ;
import org.xmpp.packet.Message;
import org.xmpp.packet.Packet;
import org.xmpp.packet.Presence;

/**
 * What the plugin's packet interceptors cost a stanza that is not theirs, against interceptors
 * that return at once.
 *
 * <p>Openfire hands every stanza to every interceptor twice, before it is processed and after
 * ({@code processed} false, then true), as it comes in from a session or goes out to one. One
 * operation here is that: one stanza through the whole chain, both calls. The chain always holds
 * three interceptors of different classes, so the call site is megamorphic in both benchmarks, as
 * it is in Openfire's {@code InterceptorManager} with other plugins installed: the plugin's, as it
 * registers them on the release ({@code release}: on 4.2 to 4.6 the IQ interceptor and the status-110
 * interceptor, from 4.7 on the IQ interceptor alone), and interceptors that return at once in the
 * other places. The interceptors are built directly, as the plugin wires them, with a
 * {@link ServiceSettings} holding no cached switches: none of these stanzas gets as far as the
 * settings lookup.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class InterceptorBenchmark {

    /** The stanzas, each with the direction it travels in. */
    public enum Stanza {
        GROUPCHAT_IN(true, "<message type='groupchat' from='romeo@localhost/orchard' to='room@conference.localhost'>"
                + "<body>Did my heart love till now?</body></message>"),
        GROUPCHAT_OUT(false, "<message type='groupchat' from='room@conference.localhost/Romeo' to='juliet@localhost/balcony'>"
                + "<body>Did my heart love till now?</body></message>"),
        PRESENCE_JOIN_IN(true, "<presence from='juliet@localhost/balcony' to='room@conference.localhost/Juliet'>"
                + "<x xmlns='http://jabber.org/protocol/muc'/></presence>"),
        PRESENCE_OUT(false, "<presence from='room@conference.localhost/Juliet' to='romeo@localhost/orchard'>"
                + "<x xmlns='http://jabber.org/protocol/muc#user'><item affiliation='member' role='participant'"
                + " jid='juliet@localhost/balcony'/></x></presence>"),
        LEAVE_OUT(false, "<presence type='unavailable' from='room@conference.localhost/Juliet' to='romeo@localhost/orchard'>"
                + "<x xmlns='http://jabber.org/protocol/muc#user'><item affiliation='member' role='none'"
                + " jid='juliet@localhost/balcony'/></x></presence>"),
        DISCO_GET_IN(true, "<iq type='get' id='d1' from='juliet@localhost/balcony' to='room@conference.localhost'>"
                + "<query xmlns='http://jabber.org/protocol/disco#info'/></iq>"),
        PEP_SET_IN(true, "<iq type='set' id='p1' from='juliet@localhost/balcony' to='juliet@localhost'>"
                + "<pubsub xmlns='http://jabber.org/protocol/pubsub'><publish node='urn:xmpp:avatar:metadata'>"
                + "<item id='a1'/></publish></pubsub></iq>"),
        ROSTER_SET_IN(true, "<iq type='set' id='r1' from='juliet@localhost/balcony'>"
                + "<query xmlns='jabber:iq:roster'><item jid='romeo@localhost' name='Romeo'/></query></iq>"),
        REGISTER_REMOVE_TO_SERVER_IN(true, "<iq type='set' id='u1' from='juliet@localhost/balcony' to='localhost'>"
                + "<query xmlns='jabber:iq:register'><remove/></query></iq>"),
        RESULT_IN(true, "<iq type='result' id='d1' from='room@conference.localhost' to='juliet@localhost/balcony'/>"),
        RESULT_OUT(false, "<iq type='result' id='d1' from='room@conference.localhost' to='juliet@localhost/balcony'/>"),
        ERROR_IN(true, "<iq type='error' id='x1' from='romeo@localhost/orchard' to='juliet@localhost/balcony'>"
                + "<query xmlns='jabber:iq:version'/><error type='cancel'>"
                + "<service-unavailable xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>"),
        ERROR_OUT(false, "<iq type='error' id='x1' from='room@conference.localhost' to='juliet@localhost/balcony'>"
                + "<query xmlns='http://jabber.org/protocol/muc#admin'/><error type='cancel'>"
                + "<not-allowed xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>");

        final boolean incoming;
        final String xml;

        Stanza(boolean incoming, String xml) {
            this.incoming = incoming;
            this.xml = xml;
        }

        Packet packet() {
            try {
                Element element = DocumentHelper.parseText(xml).getRootElement();
                switch (element.getName()) {
                    case "message":
                        return new Message(element);
                    case "presence":
                        return new Presence(element);
                    default:
                        return new IQ(element);
                }
            } catch (DocumentException e) {
                throw new IllegalStateException(xml, e);
            }
        }
    }

    /** One of {@link Stanza}, or MIX: all of them in turn, one per operation. */
    @Param({"GROUPCHAT_IN", "GROUPCHAT_OUT", "PRESENCE_JOIN_IN", "PRESENCE_OUT", "LEAVE_OUT", "DISCO_GET_IN",
            "PEP_SET_IN", "ROSTER_SET_IN", "REGISTER_REMOVE_TO_SERVER_IN", "RESULT_IN", "RESULT_OUT", "ERROR_IN",
            "ERROR_OUT", "MIX"})
    public String stanza;

    /** The release line whose set of interceptors the plugin registers: 4.2 (to 4.6) or 4.7 (and later). */
    @Param({"4.2", "4.7"})
    public String release;

    private PacketInterceptor[] plugin;
    private PacketInterceptor[] baseline;
    private Packet[] packets;
    private boolean[] incoming;
    private int next;

    @Setup
    public void setUp() {
        ServiceSettings settings = new ServiceSettings();
        plugin = new PacketInterceptor[] {
            new MucIqInterceptor(settings, null, new AffiliationChangeWatch(null, null, null), null, "localhost"),
            "4.2".equals(release) ? new OwnStatusInterceptor(settings, null) : new ReturnsAtOnceB(),
            new ReturnsAtOnceC(),
        };
        baseline = new PacketInterceptor[] {new ReturnsAtOnceA(), new ReturnsAtOnceB(), new ReturnsAtOnceC()};
        Stanza[] chosen = "MIX".equals(stanza) ? Stanza.values() : new Stanza[] {Stanza.valueOf(stanza)};
        packets = new Packet[chosen.length];
        incoming = new boolean[chosen.length];
        for (int i = 0; i < chosen.length; i++) {
            packets[i] = chosen[i].packet();
            incoming[i] = chosen[i].incoming;
        }
    }

    @Benchmark
    public void plugin() throws PacketRejectedException {
        intercept(plugin);
    }

    @Benchmark
    public void baseline() throws PacketRejectedException {
        intercept(baseline);
    }

    private void intercept(PacketInterceptor[] chain) throws PacketRejectedException {
        int i = next;
        next = i + 1 == packets.length ? 0 : i + 1;
        Packet packet = packets[i];
        boolean in = incoming[i];
        for (PacketInterceptor interceptor : chain) {
            interceptor.interceptPacket(packet, null, in, false);
        }
        for (PacketInterceptor interceptor : chain) {
            interceptor.interceptPacket(packet, null, in, true);
        }
    }

    /** An interceptor that returns at once; three classes, to keep the call site megamorphic. */
    static final class ReturnsAtOnceA implements PacketInterceptor {
        @Override
        public void interceptPacket(Packet packet, Session session, boolean incoming, boolean processed) {
        }
    }

    static final class ReturnsAtOnceB implements PacketInterceptor {
        @Override
        public void interceptPacket(Packet packet, Session session, boolean incoming, boolean processed) {
        }
    }

    static final class ReturnsAtOnceC implements PacketInterceptor {
        @Override
        public void interceptPacket(Packet packet, Session session, boolean incoming, boolean processed) {
        }
    }
}
