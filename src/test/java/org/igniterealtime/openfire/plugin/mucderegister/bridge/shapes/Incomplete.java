package org.igniterealtime.openfire.plugin.mucderegister.bridge.shapes;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.locks.Lock;

import org.jivesoftware.openfire.muc.MultiUserChatService;
import org.jivesoftware.openfire.user.UserNotFoundException;
import org.xmpp.packet.JID;
import org.xmpp.packet.Packet;
import org.xmpp.packet.Presence;

/** Shapes that each lack one thing the bridge needs. */
public final class Incomplete {

    private Incomplete() {
    }

    public interface RoomWithoutAddNone extends RoomReads42 {

        MUCRole42 getRole();

        void send(Packet packet);
    }

    public interface RoomWithoutSend extends RoomReads42 {

        MUCRole42 getRole();

        List<Presence> addNone(JID jid, MUCRole42 senderRole);

        /** Not a broadcast: the first parameter is not a Packet. */
        void send(Presence presence);
    }

    public interface RoomWithoutSelfRepresentation extends RoomReads42 {

        List<Presence> addNone(JID jid, MUCRole42 senderRole);

        void send(Packet packet);
    }

    /** A room that cannot say whose presence it broadcasts. */
    public interface RoomWithoutPresenceBroadcastRoles extends RoomReads42 {

        MUCRole42 getRole();

        List<Presence> addNone(JID jid, MUCRole42 senderRole);

        void send(Packet packet);
    }

    public interface RoomWithoutSubject extends RoomLists42 {

        MUCRole42 getRole();

        Collection<MUCRole42> getOccupants();

        List<MUCRole42> getOccupantsByBareJID(JID jid) throws UserNotFoundException;

        List<Presence> addNone(JID jid, MUCRole42 senderRole);

        void send(Packet packet);
    }

    /** An occupant without a nickname. */
    public interface NamelessOccupant {

        MUCRole42.Role getRole();

        JID getUserAddress();
    }

    public interface RoomWithNamelessOccupants extends RoomLists42 {

        MUCRole42 getRole();

        Collection<NamelessOccupant> getOccupants();

        List<NamelessOccupant> getOccupantsByBareJID(JID jid) throws UserNotFoundException;

        String getSubject();

        List<Presence> addNone(JID jid, NamelessOccupant senderRole);

        void send(Packet packet);
    }

    /** A 4.7-like service with the room lock but no sync. */
    public abstract static class ServiceWithoutSync implements MultiUserChatService {

        public abstract Lock getChatRoomLock(String roomName);
    }

    /** An OccupantLeftEvent made from the room alone. */
    public static class EventWithoutOccupant extends NoOpClusterTask {

        public EventWithoutOccupant(Room42 room) {
        }

        public void setOriginator(boolean originator) {
        }
    }

    /** An OccupantLeftEvent that cannot be told it is the originator. */
    public static class EventWithoutOriginator extends NoOpClusterTask {

        public EventWithoutOriginator(Room42 room, MUCRole42 role) {
        }
    }
}
