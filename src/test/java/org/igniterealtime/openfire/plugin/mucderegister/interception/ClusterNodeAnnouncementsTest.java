package org.igniterealtime.openfire.plugin.mucderegister.interception;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.function.Consumer;

import org.dom4j.DocumentHelper;
import org.dom4j.Element;
import org.igniterealtime.openfire.plugin.mucderegister.announcements.AffiliationAnnouncer;
import org.igniterealtime.openfire.plugin.mucderegister.announcements.AffiliationChangeWatch;
import org.igniterealtime.openfire.plugin.mucderegister.bridge.ClusteredNode51;
import org.igniterealtime.openfire.plugin.mucderegister.bridge.ClusteredNode51.RoomState;
import org.igniterealtime.openfire.plugin.mucderegister.bridge.shapes.Affiliation51;
import org.igniterealtime.openfire.plugin.mucderegister.bridge.shapes.Role51;
import org.igniterealtime.openfire.plugin.mucderegister.bridge.shapes.Room51;
import org.igniterealtime.openfire.plugin.mucderegister.deregistration.Deregistration;
import org.igniterealtime.openfire.plugin.mucderegister.settings.ServiceSettings;
import org.jivesoftware.openfire.interceptor.PacketRejectedException;
import org.junit.jupiter.api.Test;
import org.xmpp.packet.IQ;
import org.xmpp.packet.Message;
import org.xmpp.packet.Packet;
import org.xmpp.packet.PacketError;

/**
 * Announcements on a node of a clustered Openfire 5.1, where Openfire's handler changes a copy of
 * the room, routes its result, and only then shares the copy with the cluster: the room the node
 * hands out while the result passes is still the one from before the change. Each test plays
 * Openfire's part as its IQ router and MUC service do it, through the interceptor, and checks what
 * was routed, in order.
 */
class ClusterNodeAnnouncementsTest {

    private static final String ROOM = "balcony@conference.capulet.lit";
    private static final String ROMEO = "romeo@montague.lit";
    private static final String NURSE = "nurse@capulet.lit";
    private static final String JULIET = "juliet@capulet.lit";
    private static final String TYBALT = "tybalt@capulet.lit";
    private static final String MUC_USER = "http://jabber.org/protocol/muc#user";

    private final RecordingRouter router = new RecordingRouter();
    private ClusteredNode51 node;
    private MucIqInterceptor interceptor;

    /** Romeo (owner) and the Nurse (member) are in the room; Juliet and Tybalt are not. */
    private void roomWith(Consumer<RoomState> more) throws Exception {
        RoomState state = new RoomState()
                .affiliate(ROMEO, Affiliation51.owner).affiliate(NURSE, Affiliation51.member)
                .occupy("Romeo", ROMEO + "/orchard", Role51.moderator)
                .occupy("Nurse", NURSE + "/kitchen", Role51.participant);
        more.accept(state);
        node = new ClusteredNode51("balcony", state);
        ServiceSettings settings = mock(ServiceSettings.class);
        when(settings.isOn(any(), anyString())).thenReturn(true);
        when(settings.serviceWhereOn(any(), any())).thenReturn(node.service());
        AffiliationAnnouncer announcer = new AffiliationAnnouncer(node.bridge(), router);
        interceptor = new MucIqInterceptor(settings, new Deregistration(node.bridge(), settings, announcer),
                new AffiliationChangeWatch(node.bridge(), announcer, router), router, "capulet.lit");
    }

    @Test
    void grantingMembershipToAnAbsentUserIsAnnouncedBeforeTheResult() throws Exception {
        roomWith(state -> { });
        IQ request = request(ROMEO + "/orchard", "<query xmlns='http://jabber.org/protocol/muc#admin'>"
                + "<item affiliation='member' jid='" + JULIET + "'/></query>");

        openfireHandles(request, state -> state.affiliate(JULIET, Affiliation51.member), true);

        assertRouted("<x xmlns='" + MUC_USER + "'><item jid='" + JULIET + "' affiliation='member'/></x>", request);
    }

    @Test
    void revokingAMembershipInAMembersOnlyRoomIsAnnouncedWith321() throws Exception {
        roomWith(state -> state.membersOnly(true).affiliate(JULIET, Affiliation51.member));
        IQ request = request(ROMEO + "/orchard", "<query xmlns='http://jabber.org/protocol/muc#admin'>"
                + "<item affiliation='none' jid='" + JULIET + "'/></query>");

        openfireHandles(request, state -> state.affiliate(JULIET, Affiliation51.none), true);

        assertRouted("<x xmlns='" + MUC_USER + "'><status code='321'/><item jid='" + JULIET
                + "' affiliation='none'/></x>", request);
    }

    @Test
    void aBanIsAnnouncedWith301AndTheReason() throws Exception {
        roomWith(state -> { });
        IQ request = request(ROMEO + "/orchard", "<query xmlns='http://jabber.org/protocol/muc#admin'>"
                + "<item affiliation='outcast' jid='" + TYBALT + "'><reason>Killed Mercutio</reason></item></query>");

        openfireHandles(request, state -> state.affiliate(TYBALT, Affiliation51.outcast), true);

        assertRouted("<x xmlns='" + MUC_USER + "'><status code='301'/><item jid='" + TYBALT
                + "' affiliation='outcast'><reason>Killed Mercutio</reason></item></x>", request);
    }

    @Test
    void anAdminListThatAddsOneAndDropsAnotherAnnouncesBoth() throws Exception {
        roomWith(state -> state.affiliate(TYBALT, Affiliation51.admin));
        IQ request = request(ROMEO + "/orchard", "<query xmlns='http://jabber.org/protocol/muc#owner'>"
                + "<x xmlns='jabber:x:data' type='submit'>"
                + "<field var='FORM_TYPE'><value>http://jabber.org/protocol/muc#roomconfig</value></field>"
                + "<field var='muc#roomconfig_roomadmins'><value>" + JULIET + "</value></field></x></query>");

        // Openfire makes the listed admins admins, and those it leaves out members.
        openfireHandles(request, state -> state.affiliate(JULIET, Affiliation51.admin)
                .affiliate(TYBALT, Affiliation51.member), true);

        assertRouted(List.of(
                "<x xmlns='" + MUC_USER + "'><item jid='" + JULIET + "' affiliation='admin'/></x>",
                "<x xmlns='" + MUC_USER + "'><item jid='" + TYBALT + "' affiliation='member'/></x>"), request);
    }

    @Test
    void aRefusedChangeAnnouncesNothing() throws Exception {
        roomWith(state -> { });
        IQ request = request(NURSE + "/kitchen", "<query xmlns='http://jabber.org/protocol/muc#admin'>"
                + "<item affiliation='outcast' jid='" + JULIET + "'/></query>");

        openfireHandles(request, state -> { }, false);

        assertEquals(1, router.routed.size(), "only the error: " + router.routed);
        assertEquals(IQ.Type.error, ((IQ) router.routed.get(0)).getType());
    }

    @Test
    void anAbsentMembersDeregistrationIsAnnouncedFromTheLockedCopyAndShared() throws Exception {
        roomWith(state -> state.membersOnly(true).affiliate(JULIET, Affiliation51.member));
        IQ request = request(JULIET + "/balcony", "<query xmlns='jabber:iq:register'><remove/></query>");

        assertThrows(PacketRejectedException.class, () -> interceptor.interceptPacket(request, null, true, false));

        assertEquals(1, node.syncs(), "the change was shared with the cluster");
        assertEquals(Affiliation51.none, node.shared().affiliationOf(JULIET), "a later lookup sees it");
        assertFalse(node.lock().isLocked());
        assertRouted("<x xmlns='" + MUC_USER + "'><status code='321'/><item jid='" + JULIET
                + "' affiliation='none'/></x>", request);
    }

    @Test
    void aDeregistrationThatFailsMidwayIsStillSharedAndAnsweredWithAnInternalServerError() throws Exception {
        roomWith(state -> state.membersOnly(true).affiliate(JULIET, Affiliation51.member));
        node.failRevocationsAfterChanging();
        IQ request = request(JULIET + "/balcony", "<query xmlns='jabber:iq:register'><remove/></query>");

        assertThrows(PacketRejectedException.class, () -> interceptor.interceptPacket(request, null, true, false));

        assertEquals(1, node.syncs(), "what the failed work changed was shared all the same");
        assertEquals(Affiliation51.none, node.shared().affiliationOf(JULIET));
        assertFalse(node.lock().isLocked());
        assertEquals(1, router.routed.size(), router.routed.toString());
        IQ reply = (IQ) router.routed.get(0);
        assertEquals(PacketError.Condition.internal_server_error, reply.getError().getCondition());
    }

    // ---- Openfire's part --------------------------------------------------------------------------

    /**
     * What Openfire does with a muc#admin or muc#owner request on this node: the IQ router shows
     * it to the interceptors, the MUC service changes its copy of the room under the room's lock
     * and routes the answer (shown to the interceptors on its way in, as every routed IQ is, and
     * delivered unless one of them rejects it), shares the copy, and the router shows the request
     * to the interceptors once more, processed.
     */
    private void openfireHandles(IQ request, Consumer<RoomState> change, boolean succeeds) throws Exception {
        interceptor.interceptPacket(request, null, true, false);
        node.lock().lock();
        try {
            Object copy = node.service().getChatRoom("balcony");
            IQ answer = IQ.createResultIQ(request);
            if (succeeds) {
                change.accept(ClusteredNode51.stateOf(copy));
            } else {
                answer.setError(PacketError.Condition.forbidden);
            }
            route(answer);
            node.service().syncChatRoom((Room51) copy);
        } finally {
            node.lock().unlock();
        }
        interceptor.interceptPacket(request, null, true, true);
    }

    /** Routes an answer as Openfire's IQ router does: interceptors first, then delivery unless rejected. */
    private void route(IQ answer) {
        try {
            interceptor.interceptPacket(answer, null, true, false);
            router.routed.add(answer);
        } catch (PacketRejectedException e) {
            // dropped without a word, as IQRouter does for a rejected IQ that has no sender session
        }
    }

    // ---- Checks -------------------------------------------------------------------------------------

    private void assertRouted(String announcement, IQ request) {
        assertRouted(List.of(announcement), request);
    }

    /**
     * Each announcement went to Romeo and the Nurse (a non-anonymous room), in that order per
     * announcement, and the result to the requester came last.
     */
    private void assertRouted(List<String> announcements, IQ request) {
        List<Packet> routed = router.routed;
        assertEquals(announcements.size() * 2 + 1, routed.size(), routed.toString());
        for (int i = 0; i < announcements.size(); i++) {
            for (int j = 0; j < 2; j++) {
                Message message = (Message) routed.get(i * 2 + j);
                assertEquals(ROOM, message.getFrom().toString());
                assertEquals(j == 0 ? ROMEO + "/orchard" : NURSE + "/kitchen", message.getTo().toString());
                assertEquals(canonical(announcements.get(i)), canonical(message.getChildElement("x", MUC_USER).asXML()));
            }
        }
        IQ last = (IQ) routed.get(routed.size() - 1);
        assertEquals(IQ.Type.result, last.getType(), last.toXML());
        assertEquals(request.getFrom(), last.getTo());
    }

    private static IQ request(String from, String query) throws Exception {
        return new IQ(DocumentHelper.parseText("<iq type='set' id='r1' from='" + from + "' to='" + ROOM + "'>"
                + query + "</iq>").getRootElement());
    }

    private static String canonical(String xml) {
        try {
            Element element = DocumentHelper.parseText(xml).getRootElement();
            return element.asXML().replace('"', '\'');
        } catch (Exception e) {
            throw new IllegalArgumentException(xml, e);
        }
    }
}
