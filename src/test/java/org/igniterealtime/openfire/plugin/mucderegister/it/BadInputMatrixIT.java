package org.igniterealtime.openfire.plugin.mucderegister.it;

import static org.igniterealtime.openfire.plugin.mucderegister.it.Muc.answer;
import static org.igniterealtime.openfire.plugin.mucderegister.it.Muc.await;
import static org.igniterealtime.openfire.plugin.mucderegister.it.Muc.expectedMucUser;
import static org.igniterealtime.openfire.plugin.mucderegister.it.Muc.hasStatus;
import static org.igniterealtime.openfire.plugin.mucderegister.it.Muc.mucUser;
import static org.igniterealtime.openfire.plugin.mucderegister.it.Muc.settle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;

import org.dom4j.Element;
import org.dom4j.QName;
import org.igniterealtime.openfire.plugin.mucderegister.testserver.LogWatch;
import org.igniterealtime.openfire.plugin.mucderegister.xmpp.XmppClient;
import org.jivesoftware.openfire.group.Group;
import org.jivesoftware.openfire.group.GroupManager;
import org.jivesoftware.openfire.muc.MUCRole;
import org.jivesoftware.openfire.muc.MUCRoom;
import org.jivesoftware.openfire.muc.MultiUserChatService;
import org.jivesoftware.openfire.muc.spi.MUCPersistenceManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xmpp.packet.IQ;
import org.xmpp.packet.JID;

/**
 * Malformed, misaddressed and awkward deregistration requests against Openfire 4.2.0 with the
 * plugin. Each gets exactly one answer (the plugin's, or Openfire's own where the contract leaves
 * the request to Openfire), or none where it is to be ignored, and each leaves the room as it was:
 * affiliation lists and occupants are compared before and after, and nobody is told of a change.
 * Romeo owns the rooms, Juliet sends the requests, the Nurse looks on; users of another domain
 * are a component of the server ({@code verona.localhost}).
 */
class BadInputMatrixIT extends VeronaTest {

    private static final String STANZAS = "urn:ietf:params:xml:ns:xmpp-stanzas";
    private static final String REGISTER = "jabber:iq:register";

    private OtherDomain verona;
    private LogWatch log;
    /** What each client received since the set-up settled, for the checks. */
    private final Map<XmppClient, List<Element>> heard = new HashMap<>();
    private boolean listened;

    @BeforeEach
    void addOtherDomain() throws Exception {
        verona = OtherDomain.add(server);
        log = LogWatch.start();
    }

    /** No input, however bad, puts a warning or an error about the plugin into the server's log. */
    @AfterEach
    void removeOtherDomain() {
        log.close();
        verona.close();
        assertEquals(List.of(), log.pluginProblems(), "warnings and errors about the plugin");
    }

    // ---- Malformed requests: the plugin's bad-request, nothing changes --------------------------

    @Test
    void removeTogetherWithAUsernameIsABadRequest() throws IOException {
        assertPluginError("<query xmlns='jabber:iq:register'><remove/><username>juliet</username></query>",
                "bad-request", "modify");
    }

    @Test
    void removeTogetherWithADataFormIsABadRequest() throws IOException {
        assertPluginError("<query xmlns='jabber:iq:register'><remove/><x xmlns='jabber:x:data' type='submit'/></query>",
                "bad-request", "modify");
    }

    @Test
    void twoRemoveChildrenAreABadRequest() throws IOException {
        assertPluginError("<query xmlns='jabber:iq:register'><remove/><remove/></query>", "bad-request", "modify");
    }

    @Test
    void removeWithTextContentIsABadRequest() throws IOException {
        assertPluginError("<query xmlns='jabber:iq:register'><remove>now, please</remove></query>",
                "bad-request", "modify");
    }

    @Test
    void removeWithAChildElementIsABadRequest() throws IOException {
        assertPluginError("<query xmlns='jabber:iq:register'><remove><reason>bored</reason></remove></query>",
                "bad-request", "modify");
    }

    @Test
    void textBesideRemoveInTheQueryIsABadRequest() throws IOException {
        assertPluginError("<query xmlns='jabber:iq:register'>goodbye<remove/></query>", "bad-request", "modify");
    }

    // ---- Requests the contract leaves to Openfire: Openfire's one answer, nothing changes -------

    @Test
    void aGetCarryingRemoveIsLeftToOpenfireWhichSendsTheRegistrationForm() throws IOException {
        String room = membersOnlyRoomWithJulietPresent();
        String before = state(room);

        Element reply = onlyReply(juliet, Muc.iq(juliet, muc.room(room).toString(), "get",
                "<query xmlns='jabber:iq:register'><remove/></query>"));

        assertEquals("result", reply.attributeValue("type"), reply.asXML());
        assertNotNull(reply.element(QName.get("query", REGISTER)), reply.asXML());
        assertUnchanged(room, before);
    }

    @Test
    void anEmptyQueryIsLeftToOpenfire() throws IOException {
        String room = membersOnlyRoomWithJulietPresent();
        String before = state(room);

        Element reply = onlyReply(juliet, Muc.iq(juliet, muc.room(room).toString(), "set",
                "<query xmlns='jabber:iq:register'/>"));

        assertError(reply, "bad-request", "modify");
        assertUnchanged(room, before);
    }

    @Test
    void removeInAQueryOfAnotherNamespaceIsLeftToOpenfire() throws IOException {
        String room = membersOnlyRoomWithJulietPresent();
        String before = state(room);

        Element reply = onlyReply(juliet, Muc.iq(juliet, muc.room(room).toString(), "set",
                "<query xmlns='jabber:iq:roster'><remove/></query>"));

        assertError(reply, "bad-request", "modify");
        assertUnchanged(room, before);
    }

    @Test
    void aRemoveOfAnotherNamespaceIsABadRequestAndChangesNothing() throws IOException {
        // Openfire 4.2 finds <remove> by its local name: left to it, this would cancel the membership.
        String room = membersOnlyRoomWithJulietPresent();
        String before = state(room);

        Element reply = onlyReply(juliet, Muc.iq(juliet, muc.room(room).toString(), "set",
                "<query xmlns='jabber:iq:register'><remove xmlns='urn:example:not-register'/></query>"));

        assertError(reply, "bad-request", "modify");
        assertUnchanged(room, before);
    }

    @Test
    void aSecondPayloadBesideTheQueryIsABadRequest() throws IOException {
        // RFC 6120 §8.2.3: an IQ set carries exactly one payload. Openfire reads only the first one.
        String room = membersOnlyRoomWithJulietPresent();
        String before = state(room);

        Element reply = onlyReply(juliet, Muc.iq(juliet, muc.room(room).toString(), "set",
                "<x xmlns='urn:example:other'/><query xmlns='jabber:iq:register'><remove/></query>"));

        assertError(reply, "bad-request", "modify");
        assertUnchanged(room, before);
    }

    @Test
    void toTheServiceItselfIsLeftToOpenfire() throws IOException {
        String room = membersOnlyRoomWithJulietPresent();
        String before = state(room);

        Element reply = onlyReply(juliet, Muc.iq(juliet, server.mucDomain(), "set",
                "<query xmlns='jabber:iq:register'><remove/></query>"));

        assertError(reply, "item-not-found", "cancel");
        assertUnchanged(room, before);
    }

    @Test
    void toAnOccupantIsLeftToOpenfireWhichPassesItOn() throws IOException {
        String room = membersOnlyRoomWithJulietPresent();
        String before = state(room);

        String id = Muc.iq(juliet, muc.occupant(room, "Romeo"), "set",
                "<query xmlns='jabber:iq:register'><remove/></query>");

        // Openfire hands an IQ to an occupant on to that occupant, from the sender's occupant JID.
        Element forwarded = await(romeo, s -> "iq".equals(s.getName()) && id.equals(s.attributeValue("id")));
        assertNotNull(forwarded, "the IQ did not reach Romeo");
        assertEquals(muc.occupant(room, "Juliet"), forwarded.attributeValue("from"));
        romeo.send("<iq type='error' id='" + id + "' to='" + muc.occupant(room, "Juliet") + "'>"
                + "<error type='cancel'><service-unavailable xmlns='" + STANZAS + "'/></error></iq>");
        assertError(onlyReply(juliet, id), "service-unavailable", "cancel");
        assertUnchanged(room, before);
    }

    @Test
    void toARoomOfAServiceWhereThePluginIsOffOpenfireAnswers() throws Exception {
        // A second MUC service with the plugin switched off; it stays on for "conference".
        String subdomain = "off" + System.nanoTime() % 100000;
        MultiUserChatService off = server.server().getMultiUserChatManager()
                .createMultiUserChatService(subdomain, "plugin off", false);
        try {
            MUCPersistenceManager.setProperty(subdomain, "mucderegister.deregistration.enabled", "false");
            String room = "stock@" + off.getServiceDomain();
            romeo.send("<presence to='" + room + "/Romeo'><x xmlns='" + Muc.MUC + "'/></presence>");
            assertNotNull(await(romeo, s -> (room + "/Romeo").equals(s.attributeValue("from")) && hasStatus(s, "110")));
            assertEquals("result", answer(romeo, Muc.iq(romeo, room, "set", "<query xmlns='" + Muc.MUC_OWNER + "'>"
                    + "<x xmlns='jabber:x:data' type='submit'/></query>")).attributeValue("type"));
            MUCRoom stock = off.getChatRoom("stock");
            String before = describe(stock);

            Element reply = onlyReply(juliet, Muc.iq(juliet, room, "set",
                    "<query xmlns='jabber:iq:register'><remove/></query>"));

            // Openfire 4.2 answers a never-registered user's <remove/> with a result; the plugin
            // would have said registration-required.
            assertEquals("result", reply.attributeValue("type"), reply.asXML());
            assertEquals(before, describe(stock));
        } finally {
            server.server().getMultiUserChatManager().removeMultiUserChatService(subdomain);
            MUCPersistenceManager.deleteProperty(subdomain, "mucderegister.deregistration.enabled");
        }
    }

    @Test
    void aResultCarryingRemoveIsIgnored() throws IOException {
        String room = membersOnlyRoomWithJulietPresent();
        String before = state(room);

        String id = Muc.iq(juliet, muc.room(room).toString(), "result",
                "<query xmlns='jabber:iq:register'><remove/></query>");

        assertNoReply(juliet, id);
        assertUnchanged(room, before);
    }

    @Test
    void anErrorCarryingRemoveIsIgnored() throws IOException {
        String room = membersOnlyRoomWithJulietPresent();
        String before = state(room);

        String id = Muc.iq(juliet, muc.room(room).toString(), "error",
                "<query xmlns='jabber:iq:register'><remove/></query>"
                        + "<error type='cancel'><bad-request xmlns='" + STANZAS + "'/></error>");

        assertNoReply(juliet, id);
        assertUnchanged(room, before);
    }

    // ---- Who may not deregister: the plugin's error, nothing changes ----------------------------

    @Test
    void aRoomThatDoesNotExistIsItemNotFoundAndIsNotCreated() throws IOException {
        String room = Muc.uniqueRoom("nowhere");

        assertError(onlyReply(juliet, muc.deregister(juliet, room)), "item-not-found", "cancel");
        assertNull(server.mucService().getChatRoom(room));
    }

    @Test
    void aVeryLongRoomNameThatDoesNotExistIsItemNotFound() throws IOException {
        String room = "x".repeat(1000) + Muc.uniqueRoom("");

        assertError(onlyReply(juliet, muc.deregister(juliet, room)), "item-not-found", "cancel");
        assertNull(server.mucService().getChatRoom(room));
    }

    @Test
    void anOutcastIsForbidden() throws IOException {
        String room = Muc.uniqueRoom("outcast");
        muc.create(romeo, room, "Romeo");
        muc.setAffiliation(romeo, room, juliet.bareJid(), "outcast");
        settleAll();
        String before = state(room);

        assertError(onlyReply(juliet, muc.deregister(juliet, room)), "forbidden", "auth");
        assertUnchanged(room, before);
    }

    @Test
    void anUnaffiliatedUserIsToldRegistrationIsRequired() throws IOException {
        String room = Muc.uniqueRoom("stranger");
        muc.create(romeo, room, "Romeo");
        muc.join(juliet, room, "Juliet");
        settleAll();
        String before = state(room);

        assertError(onlyReply(juliet, muc.deregister(juliet, room)), "registration-required", "auth");
        assertUnchanged(room, before);
    }

    @Test
    void aMemberOnlyThroughAGroupIsForbiddenWithAReason() throws Exception {
        String room = Muc.uniqueRoom("group");
        muc.create(romeo, room, "Romeo", "muc#roomconfig_membersonly", "1");
        Group group = GroupManager.getInstance().createGroup(room);
        group.getMembers().add(new JID(juliet.bareJid()));
        server.mucService().getChatRoom(room).addMember(group.getJID(), null, server.mucService().getChatRoom(room).getRole());
        muc.join(juliet, room, "Juliet");
        settleAll();
        String before = state(room);

        Element reply = onlyReply(juliet, muc.deregister(juliet, room));

        Element error = assertError(reply, "forbidden", "auth");
        Element text = error.element(QName.get("text", STANZAS));
        assertNotNull(text, error.asXML());
        assertTrue(text.getText().contains("group"), text.getText());
        assertUnchanged(room, before);
    }

    @Test
    void theLastOwnerKeepsTheRoomAndIsSentNothingButTheResult() throws IOException {
        String room = Muc.uniqueRoom("lastowner");
        muc.create(romeo, room, "Romeo", "muc#roomconfig_membersonly", "1");
        settleAll();
        String before = state(room);

        Element reply = onlyReply(romeo, muc.deregister(romeo, room));

        assertEquals("result", reply.attributeValue("type"), reply.asXML());
        assertUnchanged(room, before);
    }

    // ---- Odd but valid requests: handled exactly as the contract says ---------------------------

    @Test
    void theSameRequestSentTwiceRevokesOnceAndTheSecondIsRefused() throws IOException {
        String room = membersOnlyRoomWithJulietPresent();
        String request = "<iq type='set' id='twice' to='" + muc.room(room)
                + "'><query xmlns='jabber:iq:register'><remove/></query></iq>";

        juliet.send(request + request);

        List<Element> replies = new ArrayList<>();
        Element first = answer(juliet, "twice");
        replies.add(first);
        Element second = answer(juliet, "twice");
        replies.add(second);
        replies.addAll(iqs(settle(juliet), "twice"));
        assertEquals(2, replies.size(), "one reply per request: " + replies);
        assertEquals("result", first.attributeValue("type"), first.asXML());
        assertError(second, "registration-required", "auth");
        assertEquals(MUCRole.Affiliation.none, room(room).getAffiliation(new JID(juliet.bareJid())));
        assertFalse(isPresent(room, juliet.bareJid()), "no ghost occupant");
        long told = settle(romeo).stream().filter(s -> muc.occupant(room, "Juliet").equals(s.attributeValue("from"))).count();
        assertTrue(told <= 1, "Romeo is told at most once more (once in all)");
    }

    @Test
    void anUpperCaseRoomAddressIsTheSameRoom() throws IOException {
        String room = membersOnlyRoomWithJulietPresent();

        Element reply = onlyReply(juliet, Muc.iq(juliet, room.toUpperCase() + "@" + server.mucDomain().toUpperCase(),
                "set", "<query xmlns='jabber:iq:register'><remove/></query>"));

        assertEquals("result", reply.attributeValue("type"), reply.asXML());
        assertFalse(room(room).getMembers().contains(new JID(juliet.bareJid())));
        assertFalse(isPresent(room, juliet.bareJid()), "no ghost occupant");
    }

    @Test
    void aVeryLongRoomNameWorks() throws IOException {
        String room = "l".repeat(900) + Muc.uniqueRoom("");
        muc.create(romeo, room, "Romeo", "muc#roomconfig_membersonly", "1");
        muc.setAffiliation(romeo, room, juliet.bareJid(), "member");
        muc.join(juliet, room, "Juliet");
        settleAll();

        String id = muc.deregister(juliet, room);

        Element own = await(juliet, s -> "presence".equals(s.getName())
                && muc.occupant(room, "Juliet").equals(s.attributeValue("from")));
        assertNotNull(own, "Juliet was not told she left");
        assertTrue(hasStatus(own, "321") && hasStatus(own, "110"), own.asXML());
        assertEquals("result", onlyReply(juliet, id).attributeValue("type"));
        assertFalse(room(room).getMembers().contains(new JID(juliet.bareJid())));
    }

    @Test
    void nonAsciiRoomAndNicknameWork() throws IOException {
        String room = Muc.uniqueRoom("salle-été-房间");
        String nick = "Джульетта ♥";
        muc.create(romeo, room, "Roméo", "muc#roomconfig_membersonly", "1");
        muc.setAffiliation(romeo, room, juliet.bareJid(), "member");
        muc.join(juliet, room, nick);
        settleAll();

        String id = muc.deregister(juliet, room);

        Element own = await(juliet, s -> "presence".equals(s.getName())
                && muc.occupant(room, nick).equals(s.attributeValue("from")));
        assertNotNull(own, "Juliet was not told she left");
        assertEquals(expectedMucUser("<x><status code='321'/><item affiliation='none' role='none' jid='"
                + juliet.fullJid() + "'/><status code='110'/></x>"), mucUser(own));
        Element told = await(romeo, s -> "presence".equals(s.getName())
                && muc.occupant(room, nick).equals(s.attributeValue("from")));
        assertNotNull(told, "Romeo was not told");
        assertTrue(hasStatus(told, "321"), told.asXML());
        assertEquals("result", onlyReply(juliet, id).attributeValue("type"));
        assertFalse(room(room).getMembers().contains(new JID(juliet.bareJid())));
    }

    // ---- Users of another domain -----------------------------------------------------------------

    @Test
    void aNonAsciiUserOfAnotherDomainWhoNeverRegisteredIsToldRegistrationIsRequired() throws Exception {
        String room = membersOnlyRoomWithJulietPresent();
        String before = state(room);
        JID stranger = verona.user("jüliet", "balcón");

        verona.send("<iq type='set' id='remote-none' from='" + stranger + "' to='" + muc.room(room)
                + "'><query xmlns='jabber:iq:register'><remove/></query></iq>");

        assertError(verona.onlyReply("remote-none"), "registration-required", "auth");
        assertUnchanged(room, before);
    }

    @Test
    void aMemberOfAnotherDomainSendingAnExtraChildGetsABadRequest() throws Exception {
        String room = membersOnlyRoomWithJulietPresent();
        JID remote = verona.user("rosaline", "capulet");
        muc.setAffiliation(romeo, room, remote.toBareJID(), "member");
        verona.send("<presence from='" + remote + "' to='" + muc.occupant(room, "Rosaline")
                + "'><x xmlns='" + Muc.MUC + "'/></presence>");
        assertNotNull(verona.next(s -> "presence".equals(s.getName()) && hasStatus(s, "110")), "Rosaline did not join");
        settleAll();
        verona.drain();
        String before = state(room);

        verona.send("<iq type='set' id='remote-bad' from='" + remote + "' to='" + muc.room(room)
                + "'><query xmlns='jabber:iq:register'><remove/><password>x</password></query></iq>");

        assertError(verona.onlyReply("remote-bad"), "bad-request", "modify");
        assertUnchanged(room, before);
    }

    // ---- Races ------------------------------------------------------------------------------------

    @Test
    void aRequestRacingTheRoomsDestructionGetsOneClearAnswer() throws Exception {
        int races = Integer.getInteger("it.races", 10);
        int destroyedFirst = 0;
        for (int i = 0; i < races; i++) {
            String room = membersOnlyRoomWithJulietPresent();
            CountDownLatch go = new CountDownLatch(1);
            String[] destroyId = new String[1];
            Thread destroyer = new Thread(() -> {
                try {
                    go.await();
                    destroyId[0] = Muc.iq(romeo, muc.room(room).toString(), "set", "<query xmlns='" + Muc.MUC_OWNER
                            + "'><destroy><reason>closing</reason></destroy></query>");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            destroyer.start();
            go.countDown();
            String id = muc.deregister(juliet, room);
            destroyer.join();

            assertEquals("result", answer(romeo, destroyId[0]).attributeValue("type"));
            Element reply = onlyReply(juliet, id);
            if ("error".equals(reply.attributeValue("type"))) {
                // Destroyed first: the room is not there any more.
                assertError(reply, "item-not-found", "cancel");
                destroyedFirst++;
            } else {
                assertEquals("result", reply.attributeValue("type"), reply.asXML());
            }
            assertNull(server.mucService().getChatRoom(room), "the room is gone");
            settleAll();
        }
        System.out.printf("Race with the room's destruction: %d of %d deregistrations answered item-not-found,"
                + " the others a result%n", destroyedFirst, races);
    }

    // ---- Helpers -----------------------------------------------------------------------------------

    /** A members-only room: Romeo owner, Juliet and the Nurse members, all three present. */
    private String membersOnlyRoomWithJulietPresent() throws IOException {
        String room = Muc.uniqueRoom("bad");
        muc.create(romeo, room, "Romeo", "muc#roomconfig_membersonly", "1");
        muc.setAffiliation(romeo, room, juliet.bareJid(), "member");
        muc.setAffiliation(romeo, room, nurse.bareJid(), "member");
        muc.join(juliet, room, "Juliet");
        muc.join(nurse, room, "Nurse");
        settleAll();
        return room;
    }

    /** Lets everything the set-up caused arrive, and forgets it. */
    private void settleAll() {
        listen();
        heard.clear();
        listened = false;
    }

    /**
     * Waits until nothing more is coming (one quiet period for all three clients at once) and
     * keeps what came for the checks.
     */
    private void listen() {
        try {
            Thread.sleep(Muc.SETTLE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        drainNow();
        listened = true;
    }

    private void drainNow() {
        for (XmppClient client : new XmppClient[] {romeo, juliet, nurse}) {
            heard.computeIfAbsent(client, c -> new ArrayList<>()).addAll(client.drain(Duration.ofMillis(1)));
        }
    }

    /** Sends a request from Juliet, present member of a fresh room, and expects the plugin's error. */
    private void assertPluginError(String query, String condition, String type) throws IOException {
        String room = membersOnlyRoomWithJulietPresent();
        String before = state(room);

        Element reply = onlyReply(juliet, Muc.iq(juliet, muc.room(room).toString(), "set", query));

        assertError(reply, condition, type);
        assertUnchanged(room, before);
    }

    /** The answer to a request, checking that no second one follows. */
    private Element onlyReply(XmppClient client, String id) {
        Element reply = answer(client, id);
        listen();
        List<Element> more = iqs(heard.get(client), id);
        assertEquals(List.of(), more.stream().map(Element::asXML).collect(Collectors.toList()), "a second reply");
        return reply;
    }

    private void assertNoReply(XmppClient client, String id) {
        listen();
        assertEquals(List.of(), iqs(heard.get(client), id).stream().map(Element::asXML).collect(Collectors.toList()),
                "no reply expected");
    }

    private static List<Element> iqs(List<Element> stanzas, String id) {
        return stanzas.stream().filter(s -> "iq".equals(s.getName()) && id.equals(s.attributeValue("id")))
                .collect(Collectors.toList());
    }

    private static Element assertError(Element reply, String condition, String type) {
        assertEquals("error", reply.attributeValue("type"), reply.asXML());
        Element error = reply.element("error");
        assertNotNull(error, reply.asXML());
        assertEquals(type, error.attributeValue("type"), reply.asXML());
        assertNotNull(error.element(QName.get(condition, STANZAS)), reply.asXML());
        return error;
    }

    /** Nothing changed in the room, and none of its occupants heard of a change. */
    private void assertUnchanged(String room, String before) {
        if (listened) {
            drainNow();
        } else {
            listen();
        }
        assertEquals(before, state(room), "the room changed");
        for (XmppClient client : new XmppClient[] {romeo, juliet, nurse}) {
            List<String> told = heard.get(client).stream()
                    .filter(s -> !"iq".equals(s.getName()))
                    .filter(s -> s.attributeValue("from", "").startsWith(muc.room(room).toString()))
                    .map(Element::asXML).collect(Collectors.toList());
            assertEquals(List.of(), told, client.fullJid() + " was told of a change");
        }
    }

    private MUCRoom room(String name) {
        return server.mucService().getChatRoom(name);
    }

    private String state(String room) {
        return describe(room(room));
    }

    /** Affiliation lists and occupants (nickname, real JID, role, affiliation), sorted. */
    private static String describe(MUCRoom room) {
        if (room == null) {
            return "no room";
        }
        return "owners=" + sorted(room.getOwners()) + " admins=" + sorted(room.getAdmins())
                + " members=" + sorted(room.getMembers()) + " outcasts=" + sorted(room.getOutcasts())
                + " occupants=" + room.getOccupants().stream()
                        .map(o -> o.getNickname() + "=" + o.getUserAddress() + ":" + o.getRole() + "/" + o.getAffiliation())
                        .sorted().collect(Collectors.toList());
    }

    private static List<String> sorted(Collection<JID> jids) {
        return jids.stream().map(JID::toString).sorted().collect(Collectors.toList());
    }

    private boolean isPresent(String room, String bareJid) {
        return room(room).getOccupants().stream().anyMatch(o -> o.getUserAddress().toBareJID().equals(bareJid));
    }

}
