package org.igniterealtime.openfire.plugin.mucderegister.testserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.dom4j.Element;
import org.igniterealtime.openfire.plugin.mucderegister.xmpp.XmppClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Checks the restart support itself: what the shared server wrote is there for a server started
 * in a child JVM on a copy of its home, and a child stopped cleanly leaves the database complete
 * for the next one.
 */
@ExtendWith(OpenfireServer.class)
class RestartSupportIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final String MUC_ADMIN = "http://jabber.org/protocol/muc#admin";

    @Test
    void restartedServersFindWhatWasPersisted(RunningServer server) throws Exception {
        String first = "restart-first@" + server.mucDomain();
        String second = "restart-second@" + server.mucDomain();
        createPersistentRoomWithMember(server.host(), server.port(), server.domain(), first);

        OpenfireHome copy;
        try (ChildServer restarted = server.restartCopyInChildJvm()) {
            copy = restarted.home();
            assertEquals(List.of("user2@localhost"), members(server.host(), restarted.port(), server.domain(), first));
            createPersistentRoomWithMember(server.host(), restarted.port(), server.domain(), second);
        }

        int port = FreePort.pick();
        try (ChildServer again = ChildServer.start(copy, Collections.singletonMap(
                ServerProperties.CLIENT_PORT, Integer.toString(port)))) {
            assertEquals(port, again.port());
            assertEquals(List.of("user2@localhost"), members(server.host(), port, server.domain(), first));
            assertEquals(List.of("user2@localhost"), members(server.host(), port, server.domain(), second));
        }
    }

    /** As {@code user}: creates the room, makes it persistent, makes {@code user2} a member. */
    private static void createPersistentRoomWithMember(String host, int port, String domain, String room)
            throws IOException {
        try (XmppClient owner = XmppClient.connect(host, port, domain, "user", RunningServer.PASSWORD, "owner")) {
            owner.send("<presence to='" + room + "/owner'><x xmlns='http://jabber.org/protocol/muc'/></presence>");
            await(owner, s -> "presence".equals(s.getName()) && (room + "/owner").equals(s.attributeValue("from")));
            request(owner, "<iq type='set' id='config' to='" + room + "'>"
                    + "<query xmlns='http://jabber.org/protocol/muc#owner'><x xmlns='jabber:x:data' type='submit'>"
                    + "<field var='FORM_TYPE'><value>http://jabber.org/protocol/muc#roomconfig</value></field>"
                    + "<field var='muc#roomconfig_persistentroom'><value>1</value></field>"
                    + "</x></query></iq>", "config");
            request(owner, "<iq type='set' id='member' to='" + room + "'><query xmlns='" + MUC_ADMIN + "'>"
                    + "<item affiliation='member' jid='user2@" + domain + "'/></query></iq>", "member");
            owner.send("<presence type='unavailable' to='" + room + "/owner'/>");
        }
    }

    /** As {@code user}, the owner: joins the room and asks for its member list. */
    private static List<String> members(String host, int port, String domain, String room) throws IOException {
        try (XmppClient owner = XmppClient.connect(host, port, domain, "user", RunningServer.PASSWORD, "check")) {
            owner.send("<presence to='" + room + "/owner'><x xmlns='http://jabber.org/protocol/muc'/></presence>");
            await(owner, s -> "presence".equals(s.getName()) && (room + "/owner").equals(s.attributeValue("from")));
            Element result = request(owner, "<iq type='get' id='list' to='" + room + "'><query xmlns='"
                    + MUC_ADMIN + "'><item affiliation='member'/></query></iq>", "list");
            return result.element("query").elements("item").stream()
                    .map(item -> item.attributeValue("jid"))
                    .collect(Collectors.toList());
        }
    }

    private static Element request(XmppClient client, String iq, String id) throws IOException {
        client.send(iq);
        Element reply = await(client, s -> "iq".equals(s.getName()) && id.equals(s.attributeValue("id")));
        assertTrue("result".equals(reply.attributeValue("type")), "request failed: " + reply.asXML());
        return reply;
    }

    private static Element await(XmppClient client, Predicate<Element> wanted) {
        Instant deadline = Instant.now().plus(TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            Element stanza = client.receive(Duration.between(Instant.now(), deadline));
            if (stanza != null && wanted.test(stanza)) {
                return stanza;
            }
        }
        return fail("the expected stanza did not arrive within " + TIMEOUT);
    }
}
