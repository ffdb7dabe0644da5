package org.igniterealtime.openfire.plugin.mucderegister.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.dom4j.Attribute;
import org.dom4j.Element;
import org.igniterealtime.openfire.plugin.mucderegister.testserver.LogWatch;
import org.igniterealtime.openfire.plugin.mucderegister.xmpp.XmppClient;
import org.jivesoftware.openfire.muc.MUCRoom;
import org.jivesoftware.openfire.muc.spi.MUCPersistenceManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.xmpp.packet.JID;

/**
 * Malformed muc#admin and muc#owner requests, the ones the plugin's affiliation watch reads,
 * against Openfire 4.2.0. Each request goes to two rooms set up alike: one on the service where
 * the plugin is on, and its twin on a service where it is off, so Openfire alone answers. The
 * plugin must change nothing: the same replies (one each), the same stanzas to the occupants, the
 * same room afterwards, and no warning or error about the plugin in the server's log.
 */
class BadAffiliationRequestsIT extends VeronaTest {

    private static final String LONG_LOCALPART = "l".repeat(1100);

    private String stockService;
    private String offDomain;
    private LogWatch log;

    static Stream<Arguments> requests() {
        return Stream.of(
            admin("an item whose JID has two @", "<item affiliation='member' jid='a@b@c/d@@'/>"),
            admin("an item with an empty JID", "<item affiliation='member' jid=''/>"),
            admin("an item whose JID is just @", "<item affiliation='outcast' jid='@'/>"),
            admin("an item whose localpart is 1,100 characters", "<item affiliation='member' jid='" + LONG_LOCALPART + "@localhost'/>"),
            admin("an item with an unknown affiliation", "<item affiliation='king' jid='user2@localhost'/>"),
            admin("an item with an empty affiliation", "<item affiliation='' jid='user2@localhost'/>"),
            admin("a valid item, then one with a bad JID", "<item affiliation='member' jid='user2@localhost'/>"
                    + "<item affiliation='member' jid='a@b@c'/>"),
            admin("an item whose localpart has a space", "<item affiliation='outcast' jid='jul iet@localhost'/>"),
            owner("an owner list holding @@@", field("muc#roomconfig_roomowners", "@@@", "user@localhost")),
            owner("an admin list holding an empty and a blank value", field("muc#roomconfig_roomadmins", "", "   ")),
            owner("an admin list holding a 1,100-character localpart",
                    field("muc#roomconfig_roomadmins", LONG_LOCALPART + "@localhost")),
            owner("an admin list given twice", field("muc#roomconfig_roomadmins", "user2@localhost")
                    + field("muc#roomconfig_roomadmins", "a@b@c")),
            Arguments.of("a cancelled form with an owner list", "<query xmlns='" + Muc.MUC_OWNER + "'>"
                    + "<x xmlns='jabber:x:data' type='cancel'>" + field("muc#roomconfig_roomowners", "@@@") + "</x></query>"),
            Arguments.of("a form of unknown type", "<query xmlns='" + Muc.MUC_OWNER + "'>"
                    + "<x xmlns='jabber:x:data' type='bogus'>" + field("muc#roomconfig_roomadmins", "a@b@c") + "</x></query>"),
            owner("a field without a var", "<field><value>a@b@c</value></field>"));
    }

    @BeforeEach
    void addStockService() throws Exception {
        stockService = "stock" + System.nanoTime() % 100000;
        server.server().getMultiUserChatManager().createMultiUserChatService(stockService, "plugin off", false);
        MUCPersistenceManager.setProperty(stockService, "mucderegister.deregistration.enabled", "false");
        MUCPersistenceManager.setProperty(stockService, "mucderegister.announcements.enabled", "false");
        offDomain = stockService + "." + server.domain();
        log = LogWatch.start();
    }

    @AfterEach
    void removeStockService() throws Exception {
        log.close();
        server.server().getMultiUserChatManager().removeMultiUserChatService(stockService);
        MUCPersistenceManager.deleteProperty(stockService, "mucderegister.deregistration.enabled");
        MUCPersistenceManager.deleteProperty(stockService, "mucderegister.announcements.enabled");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requests")
    void changesNothingOpenfireAloneWouldNot(String name, String query) throws IOException {
        Outcome withPlugin = send(query, server.mucDomain());
        Outcome stock = send(query, offDomain);

        assertEquals(1, stock.replies.size(), "Openfire's own replies: " + stock.replies);
        assertEquals(stock.replies, withPlugin.replies, "the replies");
        assertEquals(stock.told, withPlugin.told, "what the occupants were told");
        assertEquals(stock.room, withPlugin.room, "the room afterwards");
        assertEquals(List.of(), log.pluginProblems(), "warnings and errors about the plugin");
    }

    /** What came of one request: Romeo's replies, what Romeo and the Nurse were told, the room after. */
    private static final class Outcome {
        List<String> replies;
        List<String> told;
        String room;
    }

    /**
     * Sets up a members-only room on the service (Romeo owner, Juliet an absent member, the Nurse
     * a present member), sends Romeo's request and collects what came of it.
     */
    private Outcome send(String query, String serviceDomain) throws IOException {
        String roomName = Muc.uniqueRoom("badaff");
        String room = roomName + "@" + serviceDomain;
        join(romeo, room, "Romeo");
        Muc.assertResult(romeo, Muc.iq(romeo, room, "set", "<query xmlns='" + Muc.MUC_OWNER + "'>"
                + "<x xmlns='jabber:x:data' type='submit'>" + field("muc#roomconfig_membersonly", "1") + "</x></query>"));
        for (XmppClient member : new XmppClient[] {juliet, nurse}) {
            Muc.assertResult(romeo, Muc.iq(romeo, room, "set", "<query xmlns='" + Muc.MUC_ADMIN + "'>"
                    + "<item affiliation='member' jid='" + member.bareJid() + "'/></query>"));
        }
        join(nurse, room, "Nurse");
        Muc.settle(romeo, juliet, nurse);

        String id = Muc.iq(romeo, room, "set", query);
        List<Element> romeoHeard = Muc.settle(romeo);
        Outcome outcome = new Outcome();
        outcome.replies = romeoHeard.stream().filter(s -> "iq".equals(s.getName()) && id.equals(s.attributeValue("id")))
                .map(s -> normalized(s, room)).collect(Collectors.toList());
        outcome.told = Stream.concat(romeoHeard.stream().filter(s -> !"iq".equals(s.getName())), Muc.settle(nurse).stream())
                .map(s -> normalized(s, room)).collect(Collectors.toList());
        MUCRoom openfireRoom = server.server().getMultiUserChatManager().getMultiUserChatService(new JID(room))
                .getChatRoom(roomName);
        outcome.room = describe(openfireRoom);
        return outcome;
    }

    private static void join(XmppClient client, String room, String nick) throws IOException {
        client.send("<presence to='" + room + "/" + nick + "'><x xmlns='" + Muc.MUC + "'/></presence>");
        assertNotNull(Muc.await(client, s -> (room + "/" + nick).equals(s.attributeValue("from"))
                && Muc.hasStatus(s, "110")), nick + " did not enter " + room);
    }

    /** A stanza with the room's address and every id made the same for both services. */
    private static String normalized(Element stanza, String room) {
        Element copy = stanza.createCopy();
        for (Element element : Stream.concat(Stream.of(copy), copy.elements().stream()).collect(Collectors.toList())) {
            for (Attribute attribute : element.attributes()) {
                attribute.setValue(attribute.getValue().replace(room, "ROOM"));
            }
        }
        copy.addAttribute("id", null);
        return copy.asXML();
    }

    private static String describe(MUCRoom room) {
        return room == null ? "no room"
                : "owners=" + sorted(room.getOwners()) + " admins=" + sorted(room.getAdmins())
                + " members=" + sorted(room.getMembers()) + " outcasts=" + sorted(room.getOutcasts())
                + " occupants=" + room.getOccupants().stream()
                        .map(o -> o.getNickname() + ":" + o.getRole() + "/" + o.getAffiliation()).sorted()
                        .collect(Collectors.toList());
    }

    private static List<String> sorted(Collection<JID> jids) {
        return jids.stream().map(JID::toString).sorted().collect(Collectors.toList());
    }

    private static Arguments admin(String name, String items) {
        return Arguments.of(name, "<query xmlns='" + Muc.MUC_ADMIN + "'>" + items + "</query>");
    }

    private static Arguments owner(String name, String fields) {
        return Arguments.of(name, "<query xmlns='" + Muc.MUC_OWNER + "'><x xmlns='jabber:x:data' type='submit'>"
                + field("FORM_TYPE", "http://jabber.org/protocol/muc#roomconfig") + fields + "</x></query>");
    }

    private static String field(String var, String... values) {
        StringBuilder field = new StringBuilder("<field var='" + var + "'>");
        for (String value : values) {
            field.append("<value>").append(value).append("</value>");
        }
        return field.append("</field>").toString();
    }
}
