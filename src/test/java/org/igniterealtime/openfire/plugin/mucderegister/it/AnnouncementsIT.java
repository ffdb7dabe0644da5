package org.igniterealtime.openfire.plugin.mucderegister.it;

import static org.igniterealtime.openfire.plugin.mucderegister.it.Muc.answer;
import static org.igniterealtime.openfire.plugin.mucderegister.it.Muc.expectedMucUser;
import static org.igniterealtime.openfire.plugin.mucderegister.it.Muc.mucUser;
import static org.igniterealtime.openfire.plugin.mucderegister.it.Muc.settle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

import org.dom4j.Element;
import org.junit.jupiter.api.Test;

/**
 * Occupants hear of affiliation changes to users who are not in the room, before the requester's
 * result, and only of changes that happened to absent users. Romeo (user) owns the rooms, Juliet
 * (user2) is the absent or present subject, the Nurse (user3) an occupant. The exact announcements
 * of a grant (member, admin with a reason, owner), a ban (301, with and without a reason) and a
 * revocation in a members-only room (321) are scansion scripts ({@code announce_*.scs}); here are
 * the other forms, and who hears nothing.
 */
class AnnouncementsIT extends VeronaTest {

    private static final String ANNOUNCEMENTS = "mucderegister.announcements.enabled";

    private String roomWithNurse(String... fields) throws IOException {
        String room = Muc.uniqueRoom("announce");
        muc.create(romeo, room, "Romeo", fields);
        muc.setAffiliation(romeo, room, nurse.bareJid(), "member");
        muc.join(nurse, room, "Nurse");
        settle(romeo, nurse, juliet);
        return room;
    }

    private String changeAffiliation(String room, String affiliation, String reason) throws IOException {
        return Muc.iq(romeo, muc.room(room).toString(), "set", "<query xmlns='" + Muc.MUC_ADMIN + "'><item affiliation='"
                + affiliation + "' jid='" + juliet.bareJid() + "'>" + (reason == null ? "" : "<reason>" + reason + "</reason>")
                + "</item></query>");
    }

    /** The stanzas from the room itself (not from occupants) among what a client got. */
    private List<Element> fromTheRoom(String room, List<Element> stanzas) {
        return stanzas.stream().filter(s -> muc.room(room).toString().equals(s.attributeValue("from")))
                .collect(Collectors.toList());
    }

    /** Receives the announcement and then the result, in that order, from what Romeo got. */
    private Element announcementBeforeResult(String room, String id) {
        List<Element> got = romeo.drain(Muc.SETTLE);
        List<Element> fromRoom = fromTheRoom(room, got);
        assertTrue(fromRoom.size() >= 2, "announcement and result: " + got);
        assertEquals("message", fromRoom.get(0).getName(), "the announcement comes first: " + got);
        assertEquals(id, fromRoom.get(1).attributeValue("id"), "then the result: " + got);
        assertEquals("result", fromRoom.get(1).attributeValue("type"));
        return fromRoom.get(0);
    }

    @Test
    void revokingAMembershipInAnOpenRoomCarriesNoStatus() throws IOException {
        String room = roomWithNurse();
        muc.setAffiliation(romeo, room, juliet.bareJid(), "member");
        settle(romeo, nurse);

        String id = changeAffiliation(room, "none", null);

        assertEquals(expectedMucUser("<x><item jid='" + juliet.bareJid() + "' affiliation='none'/></x>"),
                mucUser(announcementBeforeResult(room, id)));
    }

    @Test
    void anAdminListInTheConfigurationFormIsAnnounced() throws IOException {
        String room = roomWithNurse();

        String id = Muc.iq(romeo, muc.room(room).toString(), "set", "<query xmlns='" + Muc.MUC_OWNER + "'>"
                + "<x xmlns='jabber:x:data' type='submit'><field var='FORM_TYPE'><value>http://jabber.org/protocol/muc#roomconfig</value></field>"
                + "<field var='muc#roomconfig_roomadmins'><value>" + juliet.bareJid() + "</value></field></x></query>");

        assertEquals(expectedMucUser("<x><item jid='" + juliet.bareJid() + "' affiliation='admin'/></x>"),
                mucUser(announcementBeforeResult(room, id)));
    }

    @Test
    void aChangeToAPresentUserIsToldByOpenfiresPresenceOnly() throws IOException {
        String room = roomWithNurse();
        muc.join(juliet, room, "Juliet");
        settle(romeo, nurse, juliet);

        String id = changeAffiliation(room, "member", null);

        answer(romeo, id);
        List<Element> got = settle(romeo, nurse);
        assertTrue(got.stream().noneMatch(s -> "message".equals(s.getName())), "no announcement: " + got);
    }

    @Test
    void aRefusedChangeAnnouncesNothing() throws IOException {
        String room = roomWithNurse();

        String id = Muc.iq(nurse, muc.room(room).toString(), "set", "<query xmlns='" + Muc.MUC_ADMIN
                + "'><item affiliation='member' jid='" + juliet.bareJid() + "'/></query>");

        assertEquals("error", answer(nurse, id).attributeValue("type"));
        assertTrue(fromTheRoom(room, settle(romeo, nurse)).stream().noneMatch(s -> "message".equals(s.getName())));
    }

    @Test
    void inASemiAnonymousRoomOnlyModeratorsHearOfIt() throws IOException {
        String room = roomWithNurse("muc#roomconfig_whois", "moderators");

        String id = changeAffiliation(room, "member", null);

        announcementBeforeResult(room, id);
        assertTrue(fromTheRoom(room, nurse.drain(Muc.SETTLE)).isEmpty(), "a participant hears nothing");
    }

    @Test
    void switchedOffNothingIsAnnounced() throws IOException {
        String room = roomWithNurse();
        server.setMucServiceProperty(ANNOUNCEMENTS, "false");
        try {
            String id = changeAffiliation(room, "member", null);

            answer(romeo, id);
            assertTrue(fromTheRoom(room, settle(romeo, nurse)).stream().noneMatch(s -> "message".equals(s.getName())));
        } finally {
            server.deleteMucServiceProperty(ANNOUNCEMENTS);
        }
    }

    @Test
    void switchedOffADeregistrationOfAnAbsentMemberIsNotAnnounced() throws IOException {
        String room = roomWithNurse("muc#roomconfig_membersonly", "1");
        muc.setAffiliation(romeo, room, juliet.bareJid(), "member");
        settle(romeo, nurse);
        server.setMucServiceProperty(ANNOUNCEMENTS, "false");
        try {
            assertEquals("result", answer(juliet, muc.deregister(juliet, room)).attributeValue("type"));
            assertTrue(fromTheRoom(room, settle(romeo, nurse)).stream().noneMatch(s -> "message".equals(s.getName())));
        } finally {
            server.deleteMucServiceProperty(ANNOUNCEMENTS);
        }
    }

}
