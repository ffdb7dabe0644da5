package org.igniterealtime.openfire.plugin.mucderegister.interception;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.dom4j.Attribute;
import org.dom4j.DocumentHelper;
import org.dom4j.Element;
import org.dom4j.Node;
import org.dom4j.QName;
import org.igniterealtime.openfire.plugin.mucderegister.announcements.AffiliationAnnouncer;
import org.igniterealtime.openfire.plugin.mucderegister.announcements.AffiliationChangeWatch;
import org.igniterealtime.openfire.plugin.mucderegister.bridge.ClusteredNode51;
import org.igniterealtime.openfire.plugin.mucderegister.bridge.ClusteredNode51.RoomState;
import org.igniterealtime.openfire.plugin.mucderegister.bridge.shapes.Affiliation51;
import org.igniterealtime.openfire.plugin.mucderegister.bridge.shapes.Role51;
import org.igniterealtime.openfire.plugin.mucderegister.deregistration.Deregistration;
import org.igniterealtime.openfire.plugin.mucderegister.settings.ServiceSettings;
import org.jivesoftware.openfire.interceptor.PacketInterceptor;
import org.jivesoftware.openfire.interceptor.PacketRejectedException;
import org.junit.jupiter.api.Test;
import org.xmpp.packet.IQ;
import org.xmpp.packet.Packet;
import org.xmpp.packet.Presence;

/**
 * Seeded fuzzing of the interceptors: muc#admin, muc#owner and register requests and removal
 * presences, mutated (attributes dropped, emptied, doubled, made overlong or unreadable as JIDs;
 * children removed, repeated, reordered, moved to a foreign namespace, text added), go through
 * every interceptor in every direction Openfire uses, as stanzas that Openfire's parser lets
 * through without validating their addresses (as it does for components and servers). Nothing
 * may escape but the rejection the takeover and the result hold use.
 */
class InterceptorFuzzTest {

    private static final long SEED = 20261201L;
    private static final int MUTANTS_PER_STANZA = 300;
    private static final String ROOM = "balcony@conference.capulet.lit";
    private static final String[] BASES = {
        "<iq type='set' id='a1' from='romeo@montague.lit/orchard' to='" + ROOM + "'>"
                + "<query xmlns='http://jabber.org/protocol/muc#admin'>"
                + "<item affiliation='member' jid='juliet@capulet.lit'><reason>Love</reason></item>"
                + "<item affiliation='outcast' jid='tybalt@capulet.lit'/></query></iq>",
        "<iq type='set' id='o1' from='romeo@montague.lit/orchard' to='" + ROOM + "'>"
                + "<query xmlns='http://jabber.org/protocol/muc#owner'><x xmlns='jabber:x:data' type='submit'>"
                + "<field var='FORM_TYPE'><value>http://jabber.org/protocol/muc#roomconfig</value></field>"
                + "<field var='muc#roomconfig_roomowners'><value>romeo@montague.lit</value></field>"
                + "<field var='muc#roomconfig_roomadmins'><value>juliet@capulet.lit</value>"
                + "<value>nurse@capulet.lit</value></field></x></query></iq>",
        "<iq type='set' id='r1' from='juliet@capulet.lit/balcony' to='" + ROOM + "'>"
                + "<query xmlns='jabber:iq:register'><remove/></query></iq>",
        "<presence type='unavailable' from='" + ROOM + "/Juliet' to='juliet@capulet.lit/balcony'>"
                + "<x xmlns='http://jabber.org/protocol/muc#user'>"
                + "<item affiliation='none' role='none' jid='juliet@capulet.lit/balcony'/>"
                + "<status code='321'/></x></presence>",
    };
    private static final String[] UNREADABLE = {"", "@", "@@@", "a@b@c/d@@", "/", "x@", "@y", "l".repeat(1100) + "@capulet.lit"};

    private final Random random = new Random(SEED);
    private final List<PacketInterceptor> interceptors = new ArrayList<>();

    @Test
    void noMutantMakesAnInterceptorThrow() throws Exception {
        int tried = 0;
        for (String base : BASES) {
            for (int i = 0; i < MUTANTS_PER_STANZA; i++) {
                newNode();
                Element stanza = DocumentHelper.parseText(base).getRootElement();
                int mutations = 1 + random.nextInt(4);
                for (int m = 0; m < mutations; m++) {
                    mutate(stanza);
                }
                throughEveryInterceptor(stanza);
                tried++;
            }
        }
        assertEquals(BASES.length * MUTANTS_PER_STANZA, tried);
    }

    /** A fresh room on a clustered 5.1 node: Romeo owner and present, Juliet a member and present. */
    private void newNode() throws Exception {
        ClusteredNode51 node = new ClusteredNode51("balcony", new RoomState().membersOnly(true)
                .affiliate("romeo@montague.lit", Affiliation51.owner).affiliate("juliet@capulet.lit", Affiliation51.member)
                .occupy("Romeo", "romeo@montague.lit/orchard", Role51.moderator)
                .occupy("Juliet", "juliet@capulet.lit/balcony", Role51.participant));
        ServiceSettings settings = mock(ServiceSettings.class);
        when(settings.isOn(any(), anyString())).thenReturn(true);
        when(settings.serviceWhereOn(any(), any())).thenReturn(node.service());
        RecordingRouter router = new RecordingRouter();
        AffiliationAnnouncer announcer = new AffiliationAnnouncer(node.bridge(), router);
        interceptors.clear();
        interceptors.add(new MucIqInterceptor(settings, new Deregistration(node.bridge(), settings, announcer),
                new AffiliationChangeWatch(node.bridge(), announcer, router), router, "capulet.lit"));
        interceptors.add(new OwnStatusInterceptor(settings, router));
    }

    private void throughEveryInterceptor(Element stanza) {
        Packet packet = packet(stanza);
        for (PacketInterceptor interceptor : interceptors) {
            intercept(interceptor, packet, true, false);
            if (packet instanceof IQ && isRequest(stanza)) {
                // What Openfire routes back: a result, then an error, each in and out.
                for (boolean error : new boolean[] {false, true}) {
                    IQ answer = IQ.createResultIQ((IQ) packet);
                    if (error) {
                        answer.setType(IQ.Type.error);
                    }
                    intercept(interceptor, answer, true, false);
                    intercept(interceptor, answer, false, false);
                }
            }
            intercept(interceptor, packet, true, true);
            intercept(interceptor, packet, false, false);
            intercept(interceptor, packet, false, true);
        }
    }

    private static void intercept(PacketInterceptor interceptor, Packet packet, boolean incoming, boolean processed) {
        try {
            interceptor.interceptPacket(packet, null, incoming, processed);
        } catch (PacketRejectedException e) {
            // the takeover's and the result hold's way of stopping a stanza
        } catch (Throwable e) {
            fail(interceptor.getClass().getSimpleName() + (incoming ? " in" : " out") + (processed ? ", processed" : "")
                    + " threw " + e + " for " + packet.toXML(), e);
        }
    }

    private static boolean isRequest(Element stanza) {
        String type = stanza.attributeValue("type");
        return "get".equals(type) || "set".equals(type);
    }

    /** The stanza as Openfire's parser makes it when it does not validate addresses. */
    private static Packet packet(Element stanza) {
        switch (stanza.getName()) {
            case "iq":
                return new IQ(stanza, true);
            case "presence":
                return new Presence(stanza, true);
            default:
                throw new IllegalStateException(stanza.getName());
        }
    }

    // ---- Mutations ------------------------------------------------------------------------------

    private void mutate(Element stanza) {
        List<Element> elements = new ArrayList<>();
        collect(stanza, elements);
        Element target = elements.get(random.nextInt(elements.size()));
        List<Attribute> attributes = new ArrayList<>(target.attributes());
        switch (random.nextInt(10)) {
            case 0:
                if (!attributes.isEmpty() && target != stanza) {
                    target.remove(pick(attributes));
                }
                break;
            case 1:
                if (!attributes.isEmpty()) {
                    pick(attributes).setValue("");
                }
                break;
            case 2:
                if (!attributes.isEmpty()) {
                    Attribute attribute = pick(attributes);
                    attribute.setValue(attribute.getValue() + attribute.getValue());
                }
                break;
            case 3:
                if (!attributes.isEmpty()) {
                    Attribute attribute = pick(attributes);
                    attribute.setValue(attribute.getValue().repeat(1 + random.nextInt(2000)));
                }
                break;
            case 4:
                if (!attributes.isEmpty() && target != stanza) {
                    pick(attributes).setValue(UNREADABLE[random.nextInt(UNREADABLE.length)]);
                }
                break;
            case 5:
                if (target.getParent() != null) {
                    target.getParent().add(target.createCopy());
                }
                break;
            case 6:
                if (target.getParent() != null) {
                    target.getParent().remove(target);
                }
                break;
            case 7:
                List<Node> children = new ArrayList<>(target.content());
                Collections.shuffle(children, random);
                target.clearContent();
                children.forEach(target::add);
                break;
            case 8:
                if (target != stanza) {
                    target.setQName(QName.get(target.getName(), "urn:example:foreign"));
                }
                break;
            default:
                if (random.nextBoolean()) {
                    target.addText("stray text");
                } else {
                    target.addElement("extra", "urn:example:foreign").addAttribute("jid", "a@b@c");
                }
        }
    }

    private static void collect(Element element, List<Element> into) {
        into.add(element);
        for (Element child : element.elements()) {
            collect(child, into);
        }
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
