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
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

import org.dom4j.Element;
import org.dom4j.QName;
import org.igniterealtime.openfire.plugin.mucderegister.testserver.RunningServer;
import org.igniterealtime.openfire.plugin.mucderegister.xmpp.XmppClient;
import org.jivesoftware.openfire.muc.MUCRole;
import org.jivesoftware.openfire.muc.MUCRoom;
import org.jivesoftware.openfire.user.UserNotFoundException;
import org.junit.jupiter.api.Test;
import org.xmpp.packet.JID;

/**
 * The deregistration contract against a real Openfire 4.2.0 with the plugin installed and real
 * clients, where it is about state, counts and absence: Romeo (user) owns the rooms, Juliet (user2)
 * deregisters, the Nurse (user3) looks on. Each case has one home: the exact stanzas of a member's
 * ejection and of the announcement to an absent member, in an open, a semi-anonymous room and one
 * that takes no registrations, are scansion scripts ({@code src/test/resources/scansion/}); the
 * refusals (bad request, no such room, outcast, never registered, member through a group) and the
 * owner's request are in {@link BadInputMatrixIT}, which checks that each changes nothing.
 */
class DeregistrationContractIT extends VeronaTest {

    private MUCRoom room(String name) {
        return server.mucService().getChatRoom(name);
    }

    private String membersOnlyRoomWithJulietPresent(String... moreFields) throws IOException {
        return muc.membersOnlyRoomWithMemberPresent(romeo, juliet, moreFields);
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

    /** What arrives is the acceptance script's (muc_members_only_deregister.scs); this is what it cannot see. */
    @Test
    void aMemberOfAMembersOnlyRoomGetsOneReplyTheRoomIsToldOnceAndTheMembershipIsGone() throws IOException {
        String room = membersOnlyRoomWithJulietPresent();

        String id = muc.deregister(juliet, room);

        muc.unavailableFrom(juliet, room, "Juliet");
        assertEquals("result", answer(juliet, id).attributeValue("type"));
        muc.unavailableFrom(romeo, room, "Juliet");
        assertTrue(iqsAmong(settle(juliet)).isEmpty(), "exactly one reply");
        assertTrue(settle(romeo).stream().noneMatch(s -> muc.occupant(room, "Juliet").equals(s.attributeValue("from"))),
                "Romeo is told once");
        assertEquals(MUCRole.Affiliation.none, room(room).getAffiliation(new JID(juliet.bareJid())));
        assertFalse(room(room).getMembers().contains(new JID(juliet.bareJid())));
        assertFalse(isPresent(room, juliet), "no ghost occupant");
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
