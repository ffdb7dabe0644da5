package org.igniterealtime.openfire.plugin.mucderegister.it;

import static org.igniterealtime.openfire.plugin.mucderegister.it.Muc.await;
import static org.igniterealtime.openfire.plugin.mucderegister.it.Muc.hasStatus;
import static org.igniterealtime.openfire.plugin.mucderegister.it.Muc.settle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.dom4j.Element;
import org.dom4j.QName;
import org.igniterealtime.openfire.plugin.mucderegister.xmpp.XmppClient;
import org.junit.jupiter.api.Test;

/**
 * What Openfire 4.2 lacks and the plugin supplies there: status 110 on the own presence of an
 * occupant that Openfire removes (received by that session only), and the empty subject on join.
 */
class LegacyFixesIT extends VeronaTest {

    private static final String SWITCH = "mucderegister.deregistration.enabled";

    private String roomWithJuliet(String... fields) throws IOException {
        String room = Muc.uniqueRoom("legacy");
        muc.create(romeo, room, "Romeo", fields);
        muc.setAffiliation(romeo, room, juliet.bareJid(), "member");
        muc.join(juliet, room, "Juliet");
        settle(romeo, juliet);
        return room;
    }

    /** Sends a muc#admin item; the result is checked after the presences, which come first. */
    private String admin(String room, String item) throws IOException {
        return Muc.iq(romeo, muc.room(room).toString(), "set", "<query xmlns='" + Muc.MUC_ADMIN + "'>" + item + "</query>");
    }

    private void assertOnlyTheRemovedSessionGets110(String room, String status) {
        Element own = muc.unavailableFrom(juliet, room, "Juliet");
        assertTrue(hasStatus(own, status), own.asXML());
        assertTrue(hasStatus(own, "110"), own.asXML());
        List<Element> statuses = own.element(QName.get("x", Muc.MUC_USER)).elements("status");
        assertEquals("110", statuses.get(statuses.size() - 1).attributeValue("code"), "110 comes last");
        Element told = muc.unavailableFrom(romeo, room, "Juliet");
        assertTrue(hasStatus(told, status), told.asXML());
        assertFalse(hasStatus(told, "110"), "110 leaked to another occupant: " + told.asXML());
        assertTrue(settle(juliet).stream().noneMatch(s -> "presence".equals(s.getName())
                && muc.occupant(room, "Juliet").equals(s.attributeValue("from"))), "told once");
    }

    @Test
    void anAdminRevokingAPresentMembersMembershipSendsHerOwnPresenceWith110() throws IOException {
        String room = roomWithJuliet("muc#roomconfig_membersonly", "1");

        String id = admin(room, "<item affiliation='none' jid='" + juliet.bareJid() + "'/>");

        assertOnlyTheRemovedSessionGets110(room, "321");
        Muc.assertResult(romeo, id);
    }

    @Test
    void aKickSendsTheKickedSessionItsOwnPresenceWith110() throws IOException {
        String room = roomWithJuliet();

        String id = admin(room, "<item nick='Juliet' role='none'/>");

        assertOnlyTheRemovedSessionGets110(room, "307");
        Muc.assertResult(romeo, id);
    }

    @Test
    void aBanSendsTheBannedSessionItsOwnPresenceWith110() throws IOException {
        String room = roomWithJuliet();

        String id = admin(room, "<item affiliation='outcast' jid='" + juliet.bareJid() + "'/>");

        assertOnlyTheRemovedSessionGets110(room, "301");
        Muc.assertResult(romeo, id);
    }

    @Test
    void switchedOffTheKickedSessionGetsOpenfiresPresenceAsItIs() throws IOException {
        String room = roomWithJuliet();
        server.setMucServiceProperty(SWITCH, "false");
        try {
            admin(room, "<item nick='Juliet' role='none'/>");

            Element own = muc.unavailableFrom(juliet, room, "Juliet");
            assertTrue(hasStatus(own, "307"));
            assertFalse(hasStatus(own, "110"));
        } finally {
            server.deleteMucServiceProperty(SWITCH);
        }
    }

    @Test
    void aJoiningOccupantGetsTheEmptySubjectAfterItsOwnPresence() throws IOException {
        String room = Muc.uniqueRoom("subject");
        muc.create(romeo, room, "Romeo");
        muc.setAffiliation(romeo, room, juliet.bareJid(), "member");
        settle(romeo);

        muc.join(juliet, room, "Juliet");

        Element subject = await(juliet, s -> "message".equals(s.getName()) && muc.room(room).toString().equals(s.attributeValue("from")));
        assertNotNull(subject, "no subject");
        assertEquals("groupchat", subject.attributeValue("type"));
        assertNotNull(subject.element("subject"));
        assertEquals("", subject.element("subject").getText());
        assertTrue(settle(juliet).stream().noneMatch(s -> s.element("subject") != null), "once");
    }

    @Test
    void switchedOffNoEmptySubjectIsSent() throws IOException {
        String room = Muc.uniqueRoom("nosubject");
        muc.create(romeo, room, "Romeo");
        settle(romeo);
        server.setMucServiceProperty(SWITCH, "false");
        try {
            muc.join(juliet, room, "Juliet");

            assertTrue(settle(juliet).stream().noneMatch(s -> s.element("subject") != null));
        } finally {
            server.deleteMucServiceProperty(SWITCH);
        }
    }
}
