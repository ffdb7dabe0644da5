package org.igniterealtime.openfire.plugin.mucderegister.it;

import static org.igniterealtime.openfire.plugin.mucderegister.it.Muc.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

import org.dom4j.Element;
import org.dom4j.QName;
import org.igniterealtime.openfire.plugin.mucderegister.xmpp.XmppClient;
import org.junit.jupiter.api.Test;

/**
 * The exact presences an ejection sends on a real Openfire 4.2.0, and to whom: Juliet joins with an
 * avatar hash in her presence ({@code vcard-temp:x:update}), which Openfire keeps in her occupant
 * presence, so finding it in the ejection shows the ejection is built from the room's own presence.
 * Everything each client receives from Juliet's nickname is counted, so that absences show.
 */
class EjectionDeliveryIT extends VeronaTest {

    private static final String PHOTO = "<x xmlns='vcard-temp:x:update'><photo>01b87fcd030b72895ff8e88db57ec525450f000d</photo></x>";

    /**
     * Joins as a client that publishes an avatar does, and waits for the own presence: status 110,
     * or, where the room does not broadcast the occupant's role and Openfire 4.2 leaves 110 out,
     * the own JID in the item.
     */
    private void joinWithPhoto(XmppClient client, String room, String nick) throws IOException {
        String occupant = muc.occupant(room, nick);
        client.send("<presence to='" + occupant + "'><x xmlns='" + Muc.MUC + "'/>" + PHOTO + "</presence>");
        Element self = await(client, stanza -> {
            Element x = stanza.element(QName.get("x", Muc.MUC_USER));
            return "presence".equals(stanza.getName()) && occupant.equals(stanza.attributeValue("from")) && x != null
                    && (Muc.hasStatus(stanza, "110") || client.fullJid().equals(x.element("item").attributeValue("jid")));
        });
        assertNotNull(self, client.fullJid() + " did not get its own presence in " + room);
    }

    /** A members-only room with Romeo as owner and Juliet and the Nurse as members present. */
    private String membersOnlyRoom(String... moreFields) throws IOException {
        String room = Muc.uniqueRoom("ejection");
        String[] fields = new String[moreFields.length + 2];
        fields[0] = "muc#roomconfig_membersonly";
        fields[1] = "1";
        System.arraycopy(moreFields, 0, fields, 2, moreFields.length);
        muc.create(romeo, room, "Romeo", fields);
        muc.setAffiliation(romeo, room, juliet.bareJid(), "member");
        muc.setAffiliation(romeo, room, nurse.bareJid(), "member");
        joinWithPhoto(juliet, room, "Juliet");
        joinWithPhoto(nurse, room, "Nurse");
        Muc.settle(romeo, juliet, nurse);
        return room;
    }

    /** Every presence of Juliet's nickname the client received until things settled. */
    private List<Element> presencesOfJuliet(XmppClient client, String room) {
        return Muc.settle(client).stream()
                .filter(s -> "presence".equals(s.getName()) && muc.occupant(room, "Juliet").equals(s.attributeValue("from")))
                .collect(Collectors.toList());
    }

    /** The unavailable presence an ejection sends, with Juliet's photo, to a recipient, with a muc#user payload. */
    private String ejection(String room, XmppClient to, String mucUserChildren) {
        return "<presence type='unavailable' from='" + muc.occupant(room, "Juliet") + "' to='" + to.fullJid() + "'>"
                + PHOTO + "<x xmlns='" + Muc.MUC_USER + "'>" + mucUserChildren + "</x></presence>";
    }

    private static String item(XmppClient session) {
        return "<item affiliation='none' role='none' jid='" + session.fullJid() + "'/>";
    }

    private static void assertStanzas(List<String> expected, List<Element> received) {
        assertEquals(expected.stream().map(xml -> CanonicalXml.of(xml, "jabber:client")).collect(Collectors.toList()),
                received.stream().map(CanonicalXml::of).collect(Collectors.toList()));
    }

    /** Juliet hears of her own exit, and Romeo, a moderator, of hers, with her JID. */
    private void deregisterJulietAndCheckSheAndRomeoAreTold(String room) throws IOException {
        muc.deregister(juliet, room);

        assertStanzas(List.of(ejection(room, juliet, "<status code='321'/>" + item(juliet) + "<status code='110'/>")),
                presencesOfJuliet(juliet, room));
        assertStanzas(List.of(ejection(room, romeo, "<status code='321'/>" + item(juliet))),
                presencesOfJuliet(romeo, room));
    }

    @Test
    void aRoomThatBroadcastsOnlyModeratorsPresenceTellsModeratorsButNotParticipants() throws IOException {
        String room = membersOnlyRoom("muc#roomconfig_presencebroadcast", "moderator");

        deregisterJulietAndCheckSheAndRomeoAreTold(room);

        assertStanzas(List.of(), presencesOfJuliet(nurse, room));
    }

    @Test
    void aSemiAnonymousRoomShowsTheRealJidToModeratorsOnly() throws IOException {
        String room = membersOnlyRoom("muc#roomconfig_whois", "moderators");

        deregisterJulietAndCheckSheAndRomeoAreTold(room);

        assertStanzas(List.of(ejection(room, nurse, "<status code='321'/><item affiliation='none' role='none'/>")),
                presencesOfJuliet(nurse, room));
    }

    @Test
    void twoSessionsUnderOneNicknameEachHearTheirOwnExitAndTheOthersHearOnce() throws IOException {
        String room = membersOnlyRoom("muc#roomconfig_whois", "moderators");
        try (XmppClient tomb = server.login("user2", "tomb")) {
            joinWithPhoto(tomb, room, "Juliet");
            Muc.settle(romeo, juliet, nurse, tomb);

            muc.deregister(juliet, room);

            for (XmppClient session : new XmppClient[] {juliet, tomb}) {
                assertStanzas(List.of(ejection(room, session, "<status code='321'/>" + item(session) + "<status code='110'/>")),
                        presencesOfJuliet(session, room));
            }
            assertStanzas(List.of(ejection(room, romeo, "<status code='321'/>" + item(juliet) + item(tomb))),
                    presencesOfJuliet(romeo, room));
            assertStanzas(List.of(ejection(room, nurse, "<status code='321'/><item affiliation='none' role='none'/>")),
                    presencesOfJuliet(nurse, room));
        }
    }

    @Test
    void inAnOpenRoomTheFormerMemberStaysAndEveryoneSeesHerNewAffiliation() throws IOException {
        String room = Muc.uniqueRoom("open");
        muc.create(romeo, room, "Romeo");
        muc.setAffiliation(romeo, room, juliet.bareJid(), "member");
        joinWithPhoto(juliet, room, "Juliet");
        joinWithPhoto(nurse, room, "Nurse");
        Muc.settle(romeo, juliet, nurse);

        muc.deregister(juliet, room);

        String item = "<item jid='" + juliet.fullJid() + "' affiliation='none' role='participant'/>";
        for (XmppClient witness : new XmppClient[] {romeo, nurse}) {
            assertStanzas(List.of("<presence from='" + muc.occupant(room, "Juliet") + "' to='" + witness.fullJid() + "'>"
                    + PHOTO + "<x xmlns='" + Muc.MUC_USER + "'>" + item + "</x></presence>"), presencesOfJuliet(witness, room));
        }
        // Openfire 4.2's own broadcast, without status 110: it finds the subject's own session by the
        // presence's 'to', which its join left pointing at whoever joined after her.
        assertStanzas(List.of("<presence from='" + muc.occupant(room, "Juliet") + "' to='" + juliet.fullJid() + "'>"
                + PHOTO + "<x xmlns='" + Muc.MUC_USER + "'>" + item + "</x></presence>"), presencesOfJuliet(juliet, room));
    }
}
