package org.igniterealtime.openfire.plugin.mucderegister.it;

import static org.igniterealtime.openfire.plugin.mucderegister.it.Muc.answer;
import static org.igniterealtime.openfire.plugin.mucderegister.it.Muc.await;
import static org.igniterealtime.openfire.plugin.mucderegister.it.Muc.expectedMucUser;
import static org.igniterealtime.openfire.plugin.mucderegister.it.Muc.mucUser;
import static org.igniterealtime.openfire.plugin.mucderegister.it.Muc.settle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.dom4j.Element;
import org.dom4j.QName;
import org.igniterealtime.openfire.plugin.mucderegister.testserver.ChildServer;
import org.igniterealtime.openfire.plugin.mucderegister.testserver.RunningServer;
import org.igniterealtime.openfire.plugin.mucderegister.xmpp.XmppClient;
import org.junit.jupiter.api.Test;
import org.xmpp.packet.JID;

/**
 * What a restart keeps: in persistent rooms, memberships cancelled by deregistration stay
 * cancelled, memberships granted (also granted again after a deregistration) stay granted, an
 * owner who deregistered is still owner; and the restarted server, which loads the plugin from
 * its jar again, applies the contract at once. The restart is a second Openfire in a child JVM on
 * a copy of the shared server's home.
 */
class RestartKeepsAffiliationsIT extends VeronaTest {

    @Test
    void revokedStaysRevokedAndGrantedStaysGrantedAcrossARestart() throws Exception {
        String present = Muc.uniqueRoom("restart-present");
        String absent = Muc.uniqueRoom("restart-absent");
        String open = Muc.uniqueRoom("restart-open");
        try {
            // A members-only room: Juliet, present, deregisters; the Nurse stays a member; Romeo,
            // the owner, deregisters too and stays owner.
            muc.create(romeo, present, "Romeo", "muc#roomconfig_membersonly", "1", "muc#roomconfig_persistentroom", "1");
            muc.setAffiliation(romeo, present, juliet.bareJid(), "member");
            muc.setAffiliation(romeo, present, nurse.bareJid(), "member");
            muc.join(juliet, present, "Juliet");
            assertResult(juliet, muc.deregister(juliet, present));
            assertResult(romeo, muc.deregister(romeo, present));

            // A members-only room nobody but Romeo is in: the Nurse deregisters, is granted again
            // and deregisters again; Juliet deregisters and is granted again.
            muc.create(romeo, absent, "Romeo", "muc#roomconfig_membersonly", "1", "muc#roomconfig_persistentroom", "1");
            muc.setAffiliation(romeo, absent, juliet.bareJid(), "member");
            muc.setAffiliation(romeo, absent, nurse.bareJid(), "member");
            assertResult(nurse, muc.deregister(nurse, absent));
            muc.setAffiliation(romeo, absent, nurse.bareJid(), "member");
            assertResult(nurse, muc.deregister(nurse, absent));
            assertResult(juliet, muc.deregister(juliet, absent));
            muc.setAffiliation(romeo, absent, juliet.bareJid(), "member");

            // An open room: Juliet, present, deregisters and stays as a participant.
            muc.create(romeo, open, "Romeo", "muc#roomconfig_persistentroom", "1");
            muc.setAffiliation(romeo, open, juliet.bareJid(), "member");
            muc.setAffiliation(romeo, open, nurse.bareJid(), "member");
            muc.join(juliet, open, "Juliet");
            assertResult(juliet, muc.deregister(juliet, open));
            settle(romeo, juliet, nurse);

            Map<String, String> expected = new TreeMap<>();
            expected.put(present, "owners=[user@localhost] members=[user3@localhost]");
            expected.put(absent, "owners=[user@localhost] members=[user2@localhost]");
            expected.put(open, "owners=[user@localhost] members=[user3@localhost]");
            Map<String, String> before = new TreeMap<>();
            for (String room : expected.keySet()) {
                before.put(room, "owners=" + sorted(server.mucService().getChatRoom(room).getOwners())
                        + " members=" + sorted(server.mucService().getChatRoom(room).getMembers()));
            }
            assertEquals(expected, before, "before the restart");

            try (ChildServer restarted = server.restartCopyInChildJvm();
                 XmppClient owner = connect(server, restarted, "user", "restarted");
                 XmppClient julietAgain = connect(server, restarted, "user2", "restarted");
                 XmppClient nurseAgain = connect(server, restarted, "user3", "restarted")) {
                Map<String, String> after = new TreeMap<>();
                for (String room : expected.keySet()) {
                    muc.join(owner, room, "Romeo");
                    after.put(room, "owners=" + list(owner, muc, room, "owner") + " members=" + list(owner, muc, room, "member"));
                }
                assertEquals(expected, after, "after the restart");

                // Juliet's cancelled membership keeps her out of the members-only room...
                julietAgain.send("<presence to='" + muc.occupant(present, "Juliet") + "'><x xmlns='" + Muc.MUC + "'/></presence>");
                Element refused = await(julietAgain, s -> "presence".equals(s.getName())
                        && muc.occupant(present, "Juliet").equals(s.attributeValue("from")));
                assertNotNull(refused, "no answer to Juliet's join");
                assertEquals("error", refused.attributeValue("type"), refused.asXML());
                assertNotNull(refused.element("error").element(QName.get("registration-required",
                        "urn:ietf:params:xml:ns:xmpp-stanzas")), refused.asXML());

                // ... the Nurse's kept one lets her in, and the restarted plugin ejects her when she deregisters.
                muc.join(nurseAgain, present, "Nurse");
                String id = muc.deregister(nurseAgain, present);
                Element own = await(nurseAgain, s -> "presence".equals(s.getName())
                        && muc.occupant(present, "Nurse").equals(s.attributeValue("from")));
                assertNotNull(own, "the Nurse was not told she left");
                assertEquals(expectedMucUser("<x><status code='321'/><item affiliation='none' role='none' jid='"
                        + nurseAgain.fullJid() + "'/><status code='110'/></x>"), mucUser(own));
                assertResult(nurseAgain, id);
                assertEquals("[]", list(owner, muc, present, "member"));
            }
        } finally {
            for (String room : List.of(present, absent, open)) {
                if (server.mucService().getChatRoom(room) != null) {
                    server.mucService().getChatRoom(room).destroyRoom(null, "test over");
                }
            }
        }
    }

    private static XmppClient connect(RunningServer server, ChildServer child, String user, String resource)
            throws IOException {
        return XmppClient.connect(server.host(), child.port(), server.domain(), user, RunningServer.PASSWORD, resource);
    }

    /** The room's list of one affiliation, asked over muc#admin (as an occupant: Openfire 4.2 wants one). */
    private static String list(XmppClient owner, Muc muc, String room, String affiliation) {
        try {
            Element reply = answer(owner, Muc.iq(owner, muc.room(room).toString(), "get",
                    "<query xmlns='" + Muc.MUC_ADMIN + "'><item affiliation='" + affiliation + "'/></query>"));
            assertEquals("result", reply.attributeValue("type"), reply.asXML());
            return reply.element(QName.get("query", Muc.MUC_ADMIN)).elements("item").stream()
                    .map(item -> item.attributeValue("jid")).sorted().collect(Collectors.toList()).toString();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sorted(Collection<JID> jids) {
        return jids.stream().map(JID::toBareJID).sorted().collect(Collectors.toList()).toString();
    }

    private static void assertResult(XmppClient client, String id) {
        Element reply = answer(client, id);
        assertEquals("result", reply.attributeValue("type"), reply.asXML());
    }
}
