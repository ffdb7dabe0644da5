package org.igniterealtime.openfire.plugin.mucderegister.bridge.shapes;

import java.util.ArrayList;
import java.util.List;

import org.dom4j.DocumentException;
import org.dom4j.DocumentHelper;
import org.xmpp.packet.JID;
import org.xmpp.packet.Packet;
import org.xmpp.packet.Presence;

/**
 * What every release's occupant type has alike: a nickname, the user's full JID, the presence the
 * room keeps for it and {@code send(Packet)}, which here addresses the stanza to the user, as
 * Openfire's local occupants do, and records it as it would leave at that moment.
 */
public abstract class RecordingOccupant {

    private final String nickname;
    private final JID userAddress;
    private final List<Packet> sentPackets = new ArrayList<>();
    private final List<String> sent = new ArrayList<>();
    private Presence presence = new Presence();
    private boolean remoteFmuc;

    protected RecordingOccupant(String nickname, String userAddress) {
        this.nickname = nickname;
        this.userAddress = new JID(userAddress);
    }

    public String getNickname() {
        return nickname;
    }

    public JID getUserAddress() {
        return userAddress;
    }

    /** The presence the room keeps itself, as Openfire before 4.7.2 hands it out. */
    public Presence getPresence() {
        return presence;
    }

    /** Gives the occupant the presence the room keeps for it, as XML. */
    public void setPresence(String xml) {
        try {
            presence = new Presence(DocumentHelper.parseText(xml).getRootElement());
        } catch (DocumentException e) {
            throw new IllegalArgumentException(xml, e);
        }
    }

    public void send(Packet packet) {
        packet.setTo(userAddress);
        record(packet);
    }

    protected final void record(Packet packet) {
        sentPackets.add(packet);
        sent.add(packet.toXML());
    }

    /**
     * Whether the occupant joined through a federated room (FMUC), as 4.6 and later can tell; the
     * 4.2 shape's interface does not offer it.
     */
    public boolean isRemoteFmuc() {
        return remoteFmuc;
    }

    /** Makes this an occupant that joined through a federated room. */
    public void joinThroughFmuc() {
        remoteFmuc = true;
    }

    /** Every stanza sent to this occupant, as XML at the moment it was sent, oldest first. */
    public List<String> sent() {
        return sent;
    }

    /** Every stanza object sent to this occupant, oldest first. */
    public List<Packet> sentPackets() {
        return sentPackets;
    }
}
