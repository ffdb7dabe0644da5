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
import java.util.List;
import java.util.stream.Collectors;

import org.dom4j.Element;
import org.dom4j.QName;
import org.igniterealtime.openfire.plugin.mucderegister.testserver.RunningServer;
import org.igniterealtime.openfire.plugin.mucderegister.xmpp.XmppClient;
import org.jivesoftware.openfire.group.Group;
import org.jivesoftware.openfire.group.GroupManager;
import org.jivesoftware.openfire.muc.MUCRole;
import org.jivesoftware.openfire.muc.MUCRoom;
import org.jivesoftware.openfire.user.UserNotFoundException;
import org.junit.jupiter.api.Test;
import org.xmpp.packet.JID;

/**
 * The deregistration contract, row by row, against a real Openfire 4.2.0 with the plugin installed
 * and real clients: Romeo (user) owns the rooms, Juliet (user2) deregisters, the Nurse (user3)
 * looks on.
 */
class DeregistrationContractIT extends VeronaTest {

    private MUCRoom room(String name) {
        return server.mucService().getChatRoom(name);
    }

    private String membersOnlyRoomWithJulietPresent(String... moreFields) throws IOException {
        return muc.membersOnlyRoomWithMemberPresent(romeo, juliet, moreFields);
    }

    private Element errorOf(Element answer) {
        assertEquals("error", answer.attributeValue("type"), answer.asXML());
        Element error = answer.element("error");
        assertNotNull(error, answer.asXML());
        return error;
    }

    private static void assertCondition(Element error, String condition, String type) {
        assertEquals(type, error.attributeValue("type"), error.asXML());
        assertNotNull(error.element(QName.get(condition, "urn:ietf:params:xml:ns:xmpp-stanzas")), error.asXML());
    }

    private static List<Element> iqsAmong(List<Element> stanzas) {
        return stanzas.stream().filter(s -> "iq".equals(s.getName())).collect(Collectors.toList());
    }

    private boolean isPresent(String room, XmppClient client) {
        try {
            return !room(room).getOccupantsByBareJID(new JID(client.bareJid())).isEmpty();
        } catch (UserNotFoundException e) {
            return false;
        }
    }

    @Test
    void aMemberOfAMembersOnlyRoomIsEjectedWithStatus321AndTheRoomIsToldBeforeTheResult() throws IOException {
        String room = membersOnlyRoomWithJulietPresent();

        String id = muc.deregister(juliet, room);

        Element own = muc.unavailableFrom(juliet, room, "Juliet");
        assertNotNull(own, "Juliet was not told she left");
        assertEquals(expectedMucUser("<x><status code='321'/><item affiliation='none' role='none' jid='"
                + juliet.fullJid() + "'/><status code='110'/></x>"), mucUser(own));
        assertEquals("result", answer(juliet, id).attributeValue("type"));
        Element told = muc.unavailableFrom(romeo, room, "Juliet");
        assertNotNull(told, "Romeo was not told Juliet left");
        assertEquals(expectedMucUser("<x><status code='321'/><item affiliation='none' role='none' jid='"
                + juliet.fullJid() + "'/></x>"), mucUser(told));

        assertTrue(iqsAmong(settle(juliet)).isEmpty(), "exactly one reply");
        assertTrue(settle(romeo).stream().noneMatch(s -> muc.occupant(room, "Juliet").equals(s.attributeValue("from"))),
                "Romeo is told once");
        assertEquals(MUCRole.Affiliation.none, room(room).getAffiliation(new JID(juliet.bareJid())));
        assertFalse(room(room).getMembers().contains(new JID(juliet.bareJid())));
        assertFalse(isPresent(room, juliet), "no ghost occupant");
    }

    @Test
    void removeWithAnotherChildIsABadRequestAndChangesNothing() throws IOException {
        String room = membersOnlyRoomWithJulietPresent();

        String id = Muc.iq(juliet, muc.room(room).toString(), "set",
                "<query xmlns='jabber:iq:register'><remove/><username>juliet</username></query>");

        assertCondition(errorOf(answer(juliet, id)), "bad-request", "modify");
        assertTrue(room(room).getMembers().contains(new JID(juliet.bareJid())));
        assertTrue(isPresent(room, juliet));
        assertTrue(settle(juliet, romeo).stream().noneMatch(s -> "presence".equals(s.getName())));
    }

    @Test
    void aRoomThatDoesNotExistIsItemNotFound() throws IOException {
        String id = muc.deregister(juliet, Muc.uniqueRoom("nowhere"));

        assertCondition(errorOf(answer(juliet, id)), "item-not-found", "cancel");
        assertTrue(iqsAmong(settle(juliet)).isEmpty(), "exactly one reply");
    }

    @Test
    void anOutcastIsForbiddenAndStaysOutcast() throws IOException {
        String room = Muc.uniqueRoom("outcast");
        muc.create(romeo, room, "Romeo");
        muc.setAffiliation(romeo, room, juliet.bareJid(), "outcast");

        String id = muc.deregister(juliet, room);

        assertCondition(errorOf(answer(juliet, id)), "forbidden", "auth");
        assertEquals(MUCRole.Affiliation.outcast, room(room).getAffiliation(new JID(juliet.bareJid())));
    }

    @Test
    void someoneNeverRegisteredIsToldRegistrationIsRequired() throws IOException {
        String room = Muc.uniqueRoom("stranger");
        muc.create(romeo, room, "Romeo");

        String id = muc.deregister(juliet, room);

        assertCondition(errorOf(answer(juliet, id)), "registration-required", "auth");
        assertTrue(iqsAmong(settle(juliet)).isEmpty(), "exactly one reply");
    }

    @Test
    void aMemberOnlyThroughAGroupIsForbiddenWithAnExplanation() throws Exception {
        String room = Muc.uniqueRoom("group");
        muc.create(romeo, room, "Romeo", "muc#roomconfig_membersonly", "1");
        Group group = GroupManager.getInstance().createGroup(room);
        group.getMembers().add(new JID(juliet.bareJid()));
        room(room).addMember(group.getJID(), null, room(room).getRole());
        muc.join(juliet, room, "Juliet");

        String id = muc.deregister(juliet, room);

        Element error = errorOf(answer(juliet, id));
        assertCondition(error, "forbidden", "auth");
        Element text = error.element(QName.get("text", "urn:ietf:params:xml:ns:xmpp-stanzas"));
        assertNotNull(text, error.asXML());
        assertTrue(text.getText().contains("group"), text.getText());
        assertEquals(MUCRole.Affiliation.member, room(room).getAffiliation(new JID(juliet.bareJid())));
        assertTrue(isPresent(room, juliet));
    }

    @Test
    void anOwnerKeepsTheRankAndNothingIsSentButTheResult() throws IOException {
        String room = Muc.uniqueRoom("owner");
        muc.create(romeo, room, "Romeo", "muc#roomconfig_membersonly", "1");
        settle(romeo);

        String id = muc.deregister(romeo, room);

        assertEquals("result", answer(romeo, id).attributeValue("type"));
        assertEquals(MUCRole.Affiliation.owner, room(room).getAffiliation(new JID(romeo.bareJid())));
        assertTrue(isPresent(room, romeo));
        assertTrue(settle(romeo).isEmpty(), "nothing but the result");
    }

    @Test
    void anAdminKeepsTheRank() throws IOException {
        String room = Muc.uniqueRoom("admin");
        muc.create(romeo, room, "Romeo", "muc#roomconfig_membersonly", "1");
        muc.setAffiliation(romeo, room, juliet.bareJid(), "admin");
        muc.join(juliet, room, "Juliet");
        settle(romeo, juliet);

        String id = muc.deregister(juliet, room);

        assertEquals("result", answer(juliet, id).attributeValue("type"));
        assertEquals(MUCRole.Affiliation.admin, room(room).getAffiliation(new JID(juliet.bareJid())));
        assertTrue(isPresent(room, juliet));
        assertTrue(settle(juliet, romeo).isEmpty(), "nothing but the result");
    }

    @Test
    void aMemberMayLeaveEvenWhenTheRoomTakesNoRegistrations() throws IOException {
        String room = membersOnlyRoomWithJulietPresent();
        room(room).setRegistrationEnabled(false);

        String id = muc.deregister(juliet, room);

        assertTrue(hasStatus(muc.unavailableFrom(juliet, room, "Juliet"), "321"));
        assertEquals("result", answer(juliet, id).attributeValue("type"));
        assertFalse(room(room).getMembers().contains(new JID(juliet.bareJid())));
    }

    @Test
    void inAnOpenRoomTheFormerMemberStaysAsAParticipant() throws IOException {
        String room = Muc.uniqueRoom("open");
        muc.create(romeo, room, "Romeo");
        muc.setAffiliation(romeo, room, juliet.bareJid(), "member");
        muc.join(juliet, room, "Juliet");
        settle(romeo, juliet);

        String id = muc.deregister(juliet, room);

        assertEquals("result", answer(juliet, id).attributeValue("type"));
        Element told = await(romeo, s -> "presence".equals(s.getName()) && muc.occupant(room, "Juliet").equals(s.attributeValue("from")));
        assertNotNull(told);
        assertNull(told.attributeValue("type"), "available: she stays");
        Element item = told.element(QName.get("x", Muc.MUC_USER)).element("item");
        assertEquals("none", item.attributeValue("affiliation"));
        assertEquals("participant", item.attributeValue("role"));
        assertTrue(isPresent(room, juliet));
    }

    @Test
    void inAModeratedOpenRoomTheFormerMemberBecomesAVisitor() throws IOException {
        String room = Muc.uniqueRoom("moderated");
        muc.create(romeo, room, "Romeo", "muc#roomconfig_moderatedroom", "1");
        muc.setAffiliation(romeo, room, juliet.bareJid(), "member");
        muc.join(juliet, room, "Juliet");
        settle(romeo, juliet);

        muc.deregister(juliet, room);

        Element told = await(romeo, s -> "presence".equals(s.getName()) && muc.occupant(room, "Juliet").equals(s.attributeValue("from")));
        assertNotNull(told);
        assertEquals("visitor", told.element(QName.get("x", Muc.MUC_USER)).element("item").attributeValue("role"));
    }

    @Test
    void twoSessionsUnderOneNicknameAreBothEjectedAndEachOccupantIsToldOnce() throws IOException {
        String room = membersOnlyRoomWithJulietPresent();
        muc.setAffiliation(romeo, room, nurse.bareJid(), "member");
        muc.join(nurse, room, "Nurse");
        try (XmppClient tomb = server.login("user2", "tomb")) {
            muc.join(tomb, room, "Juliet");
            settle(romeo, juliet, nurse, tomb);

            String id = muc.deregister(juliet, room);

            for (XmppClient session : new XmppClient[] {juliet, tomb}) {
                Element own = muc.unavailableFrom(session, room, "Juliet");
                assertNotNull(own, session.fullJid() + " was not told");
                assertEquals(expectedMucUser("<x><status code='321'/><item affiliation='none' role='none' jid='"
                        + session.fullJid() + "'/><status code='110'/></x>"), mucUser(own));
            }
            assertEquals("result", answer(juliet, id).attributeValue("type"));
            String bothItems = expectedMucUser("<x><status code='321'/>"
                    + "<item affiliation='none' role='none' jid='" + juliet.fullJid() + "'/>"
                    + "<item affiliation='none' role='none' jid='" + tomb.fullJid() + "'/></x>");
            for (XmppClient witness : new XmppClient[] {romeo, nurse}) {
                Element told = muc.unavailableFrom(witness, room, "Juliet");
                assertNotNull(told, witness.fullJid() + " was not told");
                assertEquals(bothItems, mucUser(told));
                assertTrue(settle(witness).stream().noneMatch(s -> muc.occupant(room, "Juliet").equals(s.attributeValue("from"))),
                        witness.fullJid() + " is told once");
            }
            assertFalse(isPresent(room, juliet), "no ghost occupant");
            assertEquals(2, room(room).getOccupantsCount());
        }
    }

    @Test
    void inASemiAnonymousRoomOnlyModeratorsSeeTheRealJid() throws IOException {
        String room = membersOnlyRoomWithJulietPresent("muc#roomconfig_whois", "moderators");
        muc.setAffiliation(romeo, room, nurse.bareJid(), "member");
        muc.join(nurse, room, "Nurse");
        settle(romeo, juliet, nurse);

        muc.deregister(juliet, room);

        assertEquals(expectedMucUser("<x><status code='321'/><item affiliation='none' role='none' jid='"
                + juliet.fullJid() + "'/></x>"), mucUser(muc.unavailableFrom(romeo, room, "Juliet")));
        assertEquals(expectedMucUser("<x><status code='321'/><item affiliation='none' role='none'/></x>"),
                mucUser(muc.unavailableFrom(nurse, room, "Juliet")));
        assertEquals(expectedMucUser("<x><status code='321'/><item affiliation='none' role='none' jid='"
                + juliet.fullJid() + "'/><status code='110'/></x>"), mucUser(muc.unavailableFrom(juliet, room, "Juliet")));
    }

    @Test
    void anAbsentMemberLosesTheMembershipAndTheRoomAnnouncesIt() throws IOException {
        String room = Muc.uniqueRoom("absent");
        muc.create(romeo, room, "Romeo", "muc#roomconfig_membersonly", "1");
        muc.setAffiliation(romeo, room, juliet.bareJid(), "member");
        settle(romeo);

        String id = muc.deregister(juliet, room);

        assertEquals("result", answer(juliet, id).attributeValue("type"));
        Element announcement = await(romeo, s -> "message".equals(s.getName()) && muc.room(room).toString().equals(s.attributeValue("from")));
        assertNotNull(announcement, "Romeo was not told");
        assertEquals(expectedMucUser("<x><status code='321'/><item jid='" + juliet.bareJid() + "' affiliation='none'/></x>"),
                mucUser(announcement));
        assertFalse(room(room).getMembers().contains(new JID(juliet.bareJid())));
    }

    @Test
    void aPersistentRoomKeepsTheMembershipRevokedAfterARestart() throws Exception {
        String room = membersOnlyRoomWithJulietPresent("muc#roomconfig_persistentroom", "1");
        muc.setAffiliation(romeo, room, nurse.bareJid(), "member");

        assertEquals("result", answer(juliet, muc.deregister(juliet, room)).attributeValue("type"));

        try (org.igniterealtime.openfire.plugin.mucderegister.testserver.ChildServer restarted = server.restartCopyInChildJvm();
             XmppClient owner = XmppClient.connect(server.host(), restarted.port(), server.domain(), "user",
                     RunningServer.PASSWORD, "restarted")) {
            // Openfire 4.2 answers a non-occupant's muc#admin query with bad-request: join first.
            muc.join(owner, room, "Romeo");
            String id = Muc.iq(owner, muc.room(room).toString(), "get",
                    "<query xmlns='" + Muc.MUC_ADMIN + "'><item affiliation='member'/></query>");
            Element list = answer(owner, id);
            assertEquals("result", list.attributeValue("type"), list.asXML());
            List<String> members = list.element(QName.get("query", Muc.MUC_ADMIN)).elements("item").stream()
                    .map(item -> item.attributeValue("jid")).collect(Collectors.toList());
            assertTrue(members.contains(nurse.bareJid()), "a granted membership survives: " + members);
            assertFalse(members.contains(juliet.bareJid()), "the revoked one stays revoked: " + members);
        }
    }

    @Test
    void whereThePluginIsSwitchedOffOpenfireAnswersAsItAlwaysDid() throws IOException {
        String room = membersOnlyRoomWithJulietPresent();
        server.setMucServiceProperty("mucderegister.deregistration.enabled", "false");
        try {
            String id = muc.deregister(juliet, room);

            Element own = muc.unavailableFrom(juliet, room, "Juliet");
            assertNotNull(own);
            assertTrue(hasStatus(own, "321"));
            assertFalse(hasStatus(own, "110"), "Openfire 4.2's own presence, without the plugin's 110");
            assertEquals("result", answer(juliet, id).attributeValue("type"));
            assertTrue(iqsAmong(settle(juliet)).isEmpty(), "exactly one reply");
        } finally {
            server.deleteMucServiceProperty("mucderegister.deregistration.enabled");
        }
    }
}
