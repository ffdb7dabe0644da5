package org.igniterealtime.openfire.plugin.mucderegister.bridge.shapes;

import org.dom4j.Element;
import org.dom4j.QName;
import org.xmpp.packet.Presence;

/**
 * Shaped like Openfire 5's {@code MUCOccupant} class: {@code getPresence()} gives a copy of the
 * presence it keeps, which Openfire stamped with the occupant's XEP-0421 id when it joined.
 */
public class Occupant51 extends RecordingOccupant {

    private final Role51 role;

    public Occupant51(String nickname, String userAddress, Role51 role) {
        super(nickname, userAddress);
        this.role = role;
    }

    public Role51 getRole() {
        return role;
    }

    @Override
    public Presence getPresence() {
        return super.getPresence().createCopy();
    }

    /**
     * Stamps the presence kept for the occupant with its XEP-0421 id, as {@code MUCOccupant}'s
     * constructor does: after the client's extensions, before the room's {@code muc#user} item.
     */
    public void stampOccupantId(String id) {
        Element presence = super.getPresence().getElement();
        Element item = presence.element(QName.get("x", "http://jabber.org/protocol/muc#user"));
        presence.remove(item);
        presence.addElement("occupant-id", "urn:xmpp:occupant-id:0").addAttribute("id", id);
        presence.add(item);
    }
}
