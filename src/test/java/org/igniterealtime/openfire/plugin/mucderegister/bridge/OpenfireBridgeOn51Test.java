package org.igniterealtime.openfire.plugin.mucderegister.bridge;

import static org.igniterealtime.openfire.plugin.mucderegister.bridge.BridgeFixtures.asMUCRoom;
import static org.igniterealtime.openfire.plugin.mucderegister.bridge.BridgeFixtures.bridge;
import static org.igniterealtime.openfire.plugin.mucderegister.bridge.BridgeFixtures.roomOfShape;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

import org.igniterealtime.openfire.plugin.mucderegister.bridge.shapes.Affiliation51;
import org.igniterealtime.openfire.plugin.mucderegister.bridge.shapes.Occupant51;
import org.igniterealtime.openfire.plugin.mucderegister.bridge.shapes.Role51;
import org.igniterealtime.openfire.plugin.mucderegister.bridge.shapes.Room51;
import org.igniterealtime.openfire.plugin.mucderegister.bridge.shapes.Service51;
import org.dom4j.QName;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xmpp.packet.JID;
import org.xmpp.packet.Presence;

/**
 * The bridge on types shaped like Openfire 5.0 and 5.1: MUCOccupant, top-level enums,
 * addNone(JID, Affiliation), send(Packet, MUCOccupant), removeOccupant(MUCOccupant).
 */
class OpenfireBridgeOn51Test {

    private static final JID JULIET = new JID("juliet@capulet.lit");

    private final Room51 room = roomOfShape(Room51.class);
    private final Occupant51 self = new Occupant51("room", "room@conference.capulet.lit", Role51.moderator);
    private OpenfireBridge bridge;

    @BeforeEach
    void resolve() throws Exception {
        bridge = bridge(5, 1, Room51.class, Service51.class, null);
        when(room.getSelfRepresentation()).thenReturn(self);
    }

    @Test
    void revokesAsOwnerAffiliationOn51() throws Exception {
        List<Presence> presences = Collections.singletonList(new Presence());
        when(room.addNone(JULIET, Affiliation51.owner)).thenReturn(presences);

        assertSame(presences, bridge.revokeAffiliation(asMUCRoom(room), JULIET));
        verify(room).addNone(JULIET, Affiliation51.owner);
        verify(room, never()).getSelfRepresentation();
    }

    @Test
    void broadcastsWithTheRoomsSelfRepresentationAsSenderOn51() {
        Presence presence = new Presence();

        bridge.broadcast(asMUCRoom(room), presence);

        verify(room).send(presence, self);
    }

    @Test
    void removesAnOccupantByRemoveOccupantOn51() {
        Occupant51 romeo = new Occupant51("romeo", "romeo@montague.lit/orchard", Role51.participant);

        bridge.removeOccupant(asMUCRoom(room), new Occupant(romeo, "romeo", romeo.getUserAddress(), false));

        verify(room).removeOccupant(romeo);
    }

    @Test
    void thePresenceOfAnOccupantCarriesItsOccupantIdOn51() {
        Occupant51 juliet = new Occupant51("juliet", "juliet@capulet.lit/balcony", Role51.participant);
        juliet.setPresence("<presence from='room@conference.capulet.lit/juliet'>"
                + "<x xmlns='http://jabber.org/protocol/muc#user'><item affiliation='member' role='participant'/></x></presence>");
        juliet.stampOccupantId("c0ffee");
        when(room.getOccupantsByBareJID(JULIET)).thenReturn(Collections.singletonList(juliet));

        Presence presence = bridge.presenceOf(bridge.occupantsOf(asMUCRoom(room), JULIET).get(0));

        assertEquals("c0ffee", presence.getElement().element(QName.get("occupant-id", "urn:xmpp:occupant-id:0")).attributeValue("id"));
    }

    @Test
    void readsThePresenceBroadcastRolesFromTheTopLevelEnumOn51() {
        when(room.getRolesToBroadcastPresence()).thenReturn(Collections.singletonList(Role51.moderator));

        assertEquals(EnumSet.of(Role.MODERATOR), bridge.presenceBroadcastRoles(asMUCRoom(room)));
    }

    @Test
    void mapsEachTopLevelAffiliationByName() {
        for (Affiliation51 affiliation : Affiliation51.values()) {
            when(room.getAffiliation(JULIET)).thenReturn(affiliation);
            assertEquals(affiliation.name(), bridge.affiliationOf(asMUCRoom(room), JULIET).xmlName());
        }
    }

    @Test
    void listedMemberMeansTheBareJidIsOnTheMemberListOn51() {
        when(room.getMembers()).thenReturn(Collections.singletonList(JULIET));
        assertTrue(bridge.isListedMember(asMUCRoom(room), JULIET));
        assertFalse(bridge.isListedMember(asMUCRoom(room), new JID("romeo@montague.lit")));
    }

    @Test
    void snapshotsOccupantsWithTheTopLevelRoleOn51() {
        Occupant51 phone = new Occupant51("juliet", "juliet@capulet.lit/phone", Role51.moderator);
        Occupant51 laptop = new Occupant51("jules", "juliet@capulet.lit/laptop", Role51.participant);
        when(room.getOccupantsByBareJID(JULIET)).thenReturn(Arrays.asList(phone, laptop));

        List<Occupant> occupants = bridge.occupantsOf(asMUCRoom(room), JULIET);

        assertEquals(2, occupants.size());
        assertSame(phone, occupants.get(0).openfireOccupant());
        assertTrue(occupants.get(0).isModerator());
        assertEquals("jules", occupants.get(1).nickname());
        assertEquals(new JID("juliet@capulet.lit/laptop"), occupants.get(1).userAddress());
        assertFalse(occupants.get(1).isModerator());
    }

    @Test
    void occupantsOfAUserWithoutSessionAreNoneOn51() {
        when(room.getOccupantsByBareJID(JULIET)).thenReturn(Collections.emptyList());

        assertTrue(bridge.occupantsOf(asMUCRoom(room), JULIET).isEmpty());
    }

    @Test
    void hasASubjectOnlyWhenItIsNotEmptyOn51() {
        when(room.getSubject()).thenReturn("");
        assertFalse(bridge.hasSubject(asMUCRoom(room)));
        when(room.getSubject()).thenReturn("Balcony");
        assertTrue(bridge.hasSubject(asMUCRoom(room)));
    }

    @Test
    void runsRoomWorkUnderTheRoomLockAndSyncsAfterwardsOn51() {
        Service51 service = mock(Service51.class);
        ReentrantLock lock = new ReentrantLock();
        when(service.getChatRoomLock("balcony")).thenReturn(lock);
        when(service.getChatRoom("balcony")).thenReturn(asMUCRoom(room));

        assertEquals("done", bridge.inRoom(service, "balcony", r -> {
            assertTrue(lock.isHeldByCurrentThread());
            return "done";
        }));

        verify(service).syncChatRoom(room);
        assertFalse(lock.isLocked());
    }
}
