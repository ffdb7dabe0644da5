package org.igniterealtime.openfire.plugin.mucderegister.it;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import org.dom4j.Element;
import org.igniterealtime.openfire.plugin.mucderegister.testserver.RunningServer;
import org.igniterealtime.openfire.plugin.mucderegister.xmpp.XmppClient;
import org.xmpp.packet.JID;

/**
 * Multi-user chat done the way a client does it, over the wire: creating and configuring rooms,
 * changing affiliations, joining, and waiting for particular stanzas.
 */
final class Muc {

    static final String MUC = "http://jabber.org/protocol/muc";
    static final String MUC_USER = MUC + "#user";
    static final String MUC_ADMIN = MUC + "#admin";
    static final String MUC_OWNER = MUC + "#owner";
    static final Duration WAIT = Duration.ofSeconds(5);
    /** How long to listen for stanzas that should not come. */
    static final Duration SETTLE = Duration.ofMillis(700);

    private static final AtomicInteger ROOMS = new AtomicInteger();
    private static final AtomicInteger IDS = new AtomicInteger();

    private final RunningServer server;

    Muc(RunningServer server) {
        this.server = server;
    }

    /** A room name no other test uses. */
    static String uniqueRoom(String prefix) {
        return prefix + "-" + ROOMS.incrementAndGet() + "-" + System.nanoTime() % 100000;
    }

    JID room(String name) {
        return new JID(name, server.mucDomain(), null);
    }

    String occupant(String room, String nick) {
        return room(room) + "/" + nick;
    }

    /**
     * Creates a room with the owner in it under a nickname and configures it with form fields
     * (pairs of var and value), e.g. {@code "muc#roomconfig_membersonly", "1"}.
     */
    void create(XmppClient owner, String room, String nick, String... fields) throws IOException {
        join(owner, room, nick);
        StringBuilder form = new StringBuilder("<x xmlns='jabber:x:data' type='submit'><field var='FORM_TYPE'>"
                + "<value>http://jabber.org/protocol/muc#roomconfig</value></field>");
        for (int i = 0; i < fields.length; i += 2) {
            form.append("<field var='").append(fields[i]).append("'><value>").append(fields[i + 1]).append("</value></field>");
        }
        form.append("</x>");
        assertResult(owner, iq(owner, room(room).toString(), "set", "<query xmlns='" + MUC_OWNER + "'>" + form + "</query>"));
    }

    /** Joins and waits for the own presence (status 110), skipping what comes before. */
    void join(XmppClient client, String room, String nick) throws IOException {
        client.send("<presence to='" + occupant(room, nick) + "'><x xmlns='" + MUC + "'/></presence>");
        Element self = await(client, stanza -> "presence".equals(stanza.getName())
                && occupant(room, nick).equals(stanza.attributeValue("from")) && hasStatus(stanza, "110"));
        assertNotNull(self, client.fullJid() + " did not get its own presence in " + room);
    }

    /**
     * Creates a members-only room owned by {@code owner} (as Romeo), with {@code member} granted
     * membership and present (as Juliet), and further config fields; returns its name once the
     * joins have settled.
     */
    String membersOnlyRoomWithMemberPresent(XmppClient owner, XmppClient member, String... moreFields) throws IOException {
        String room = uniqueRoom("members");
        String[] fields = new String[moreFields.length + 2];
        fields[0] = "muc#roomconfig_membersonly";
        fields[1] = "1";
        System.arraycopy(moreFields, 0, fields, 2, moreFields.length);
        create(owner, room, "Romeo", fields);
        setAffiliation(owner, room, member.bareJid(), "member");
        join(member, room, "Juliet");
        settle(owner, member);
        return room;
    }

    /** Waits for the unavailable presence of a nickname in a room, skipping what comes before. */
    Element unavailableFrom(XmppClient client, String room, String nick) {
        Element presence = await(client, stanza -> "presence".equals(stanza.getName())
                && "unavailable".equals(stanza.attributeValue("type"))
                && occupant(room, nick).equals(stanza.attributeValue("from")));
        assertNotNull(presence, client.fullJid() + " was not told that " + nick + " left " + room);
        return presence;
    }

    /** Sets a user's affiliation through muc#admin and waits for the result. */
    void setAffiliation(XmppClient admin, String room, String jid, String affiliation) throws IOException {
        assertResult(admin, iq(admin, room(room).toString(), "set", "<query xmlns='" + MUC_ADMIN + "'><item affiliation='"
                + affiliation + "' jid='" + jid + "'/></query>"));
    }

    /** Sends an IQ and returns its id. */
    static String iq(XmppClient client, String to, String type, String payload) throws IOException {
        String id = "it" + IDS.incrementAndGet();
        client.send("<iq type='" + type + "' to='" + to + "' id='" + id + "'>" + payload + "</iq>");
        return id;
    }

    /** Sends a deregistration request ({@code <remove/>}) to a room and returns its id. */
    String deregister(XmppClient client, String room) throws IOException {
        return iq(client, room(room).toString(), "set", "<query xmlns='jabber:iq:register'><remove/></query>");
    }

    /** Waits for the answer to an IQ, skipping other stanzas. */
    static Element answer(XmppClient client, String id) {
        Element answer = await(client, stanza -> "iq".equals(stanza.getName()) && id.equals(stanza.attributeValue("id")));
        assertNotNull(answer, "no answer to " + id);
        return answer;
    }

    static void assertResult(XmppClient client, String id) {
        Element answer = answer(client, id);
        assertEquals("result", answer.attributeValue("type"), answer.asXML());
    }

    /** Waits for the first stanza that matches, dropping the ones before it; null on timeout. */
    static Element await(XmppClient client, Predicate<Element> wanted) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            Element stanza = client.receive(Duration.ofNanos(deadline - System.nanoTime()));
            if (stanza != null && wanted.test(stanza)) {
                return stanza;
            }
        }
        return null;
    }

    /** Everything that arrives until nothing has for a while. */
    static List<Element> settle(XmppClient... clients) {
        List<Element> all = new ArrayList<>();
        for (XmppClient client : clients) {
            all.addAll(client.drain(SETTLE));
        }
        return all;
    }

    static boolean hasStatus(Element stanza, String code) {
        Element x = stanza.element(org.dom4j.QName.get("x", MUC_USER));
        if (x == null) {
            return false;
        }
        for (Element status : x.elements("status")) {
            if (code.equals(status.attributeValue("code"))) {
                return true;
            }
        }
        return false;
    }

    /** The muc#user payload of a stanza, in canonical form. */
    static String mucUser(Element stanza) {
        Element x = stanza.element(org.dom4j.QName.get("x", MUC_USER));
        assertNotNull(x, "no muc#user payload in " + stanza.asXML());
        return CanonicalXml.of(x);
    }

    /** Canonical form of an expected muc#user payload. */
    static String expectedMucUser(String xml) {
        return CanonicalXml.of(xml, MUC_USER);
    }
}
