package org.igniterealtime.openfire.plugin.mucderegister.deregistration;

import static org.igniterealtime.openfire.plugin.mucderegister.bridge.Occupants.moderator;
import static org.igniterealtime.openfire.plugin.mucderegister.bridge.Occupants.participant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

import org.igniterealtime.openfire.plugin.mucderegister.bridge.Occupant;
import org.jivesoftware.openfire.PacketRouter;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.xmpp.packet.JID;
import org.xmpp.packet.Packet;
import org.xmpp.packet.Presence;

class EjectionNoticesTest {

    private static final JID ROOM = new JID("room@conference.localhost");
    private static final String X = "<x xmlns=\"http://jabber.org/protocol/muc#user\">";

    private final PacketRouter router = mock(PacketRouter.class);

    private List<String> sent(int count) {
        ArgumentCaptor<Presence> presences = ArgumentCaptor.forClass(Presence.class);
        verify(router, times(count)).route(presences.capture());
        return presences.getAllValues().stream().map(Packet::toXML).collect(Collectors.toList());
    }

    @Test
    void theEjectedSessionHearsOfItsOwnExitWithStatus110AfterTheItem() {
        new EjectionNotices(router).send(ROOM,
                Collections.singletonList(participant("Juliet", "user2@localhost/balcony")),
                Collections.<Occupant>emptyList(), true);

        assertEquals(Collections.singletonList(
                "<presence type=\"unavailable\" from=\"room@conference.localhost/Juliet\" to=\"user2@localhost/balcony\">"
                        + X + "<status code=\"321\"/>"
                        + "<item affiliation=\"none\" role=\"none\" jid=\"user2@localhost/balcony\"/>"
                        + "<status code=\"110\"/></x></presence>"),
                sent(1));
    }

    @Test
    void inANonAnonymousRoomEveryoneSeesTheRealJid() {
        new EjectionNotices(router).send(ROOM,
                Collections.singletonList(participant("Juliet", "user2@localhost/balcony")),
                Collections.singletonList(participant("Nurse", "user3@localhost/home")), true);

        assertEquals("<presence type=\"unavailable\" from=\"room@conference.localhost/Juliet\" to=\"user3@localhost/home\">"
                        + X + "<status code=\"321\"/>"
                        + "<item affiliation=\"none\" role=\"none\" jid=\"user2@localhost/balcony\"/></x></presence>",
                sent(2).get(1));
    }

    @Test
    void inASemiAnonymousRoomOnlyModeratorsSeeTheRealJid() {
        new EjectionNotices(router).send(ROOM,
                Collections.singletonList(participant("Juliet", "user2@localhost/balcony")),
                Arrays.asList(moderator("Romeo", "user@localhost/orchard"), participant("Nurse", "user3@localhost/home")),
                false);

        List<String> sent = sent(3);
        assertEquals(X + "<status code=\"321\"/><item affiliation=\"none\" role=\"none\" jid=\"user2@localhost/balcony\"/></x>",
                payload(sent.get(1)));
        assertEquals(X + "<status code=\"321\"/><item affiliation=\"none\" role=\"none\"/></x>", payload(sent.get(2)));
    }

    @Test
    void sessionsSharingANicknameAreToldOnceWithAnItemPerSessionForThoseWhoSeeJids() {
        new EjectionNotices(router).send(ROOM,
                Arrays.asList(participant("Juliet", "user2@localhost/balcony"), participant("Juliet", "user2@localhost/tomb")),
                Arrays.asList(moderator("Romeo", "user@localhost/orchard"), participant("Nurse", "user3@localhost/home")),
                false);

        List<String> sent = sent(4);
        assertEquals(X + "<status code=\"321\"/>"
                        + "<item affiliation=\"none\" role=\"none\" jid=\"user2@localhost/balcony\"/>"
                        + "<item affiliation=\"none\" role=\"none\" jid=\"user2@localhost/tomb\"/></x>",
                payload(sent.get(2)));
        assertEquals(X + "<status code=\"321\"/><item affiliation=\"none\" role=\"none\"/></x>", payload(sent.get(3)));
    }

    private static String payload(String presence) {
        return presence.substring(presence.indexOf("<x "), presence.indexOf("</presence>"));
    }
}
