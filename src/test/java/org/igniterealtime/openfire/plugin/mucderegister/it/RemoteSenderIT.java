package org.igniterealtime.openfire.plugin.mucderegister.it;

import static org.igniterealtime.openfire.plugin.mucderegister.it.Muc.await;
import static org.igniterealtime.openfire.plugin.mucderegister.it.Muc.expectedMucUser;
import static org.igniterealtime.openfire.plugin.mucderegister.it.Muc.mucUser;
import static org.igniterealtime.openfire.plugin.mucderegister.it.Muc.settle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;

import org.dom4j.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xmpp.packet.JID;

/**
 * A member whose account lives on another domain gets the same treatment and exactly one reply.
 * The other domain is a component of the test server ({@code verona.localhost}): to the MUC
 * service its users are foreign, and what the room sends them arrives at the component.
 */
class RemoteSenderIT extends VeronaTest {

    private OtherDomain verona;

    @BeforeEach
    void addOtherDomain() throws Exception {
        verona = OtherDomain.add(server);
    }

    @AfterEach
    void removeOtherDomain() {
        verona.close();
    }

    @Test
    void aMemberOfAnotherDomainIsEjectedAndGetsExactlyOneReply() throws Exception {
        JID juliet = verona.user("juliet", "balcony");
        String room = Muc.uniqueRoom("remote");
        muc.create(romeo, room, "Romeo", "muc#roomconfig_membersonly", "1");
        muc.setAffiliation(romeo, room, juliet.toBareJID(), "member");
        verona.send("<presence from='" + juliet + "' to='" + muc.occupant(room, "Juliet")
                + "'><x xmlns='" + Muc.MUC + "'/></presence>");
        settle(romeo);
        verona.drain();

        verona.send("<iq type='set' id='unreg-remote' from='" + juliet + "' to='" + muc.room(room)
                + "'><query xmlns='jabber:iq:register'><remove/></query></iq>");

        Element own = verona.next();
        assertNotNull(own, "Juliet was not told she left");
        assertEquals(expectedMucUser("<x><status code='321'/><item affiliation='none' role='none' jid='" + juliet
                + "'/><status code='110'/></x>"), mucUser(own));
        Element reply = verona.next();
        assertNotNull(reply, "no reply");
        assertEquals("iq", reply.getName());
        assertEquals("result", reply.attributeValue("type"), reply.asXML());
        assertEquals("unreg-remote", reply.attributeValue("id"));
        Thread.sleep(Muc.SETTLE.toMillis());
        assertEquals(new ArrayList<Element>(), verona.drain(), "exactly one reply, nothing else");
        assertNotNull(await(romeo, s -> "presence".equals(s.getName()) && "unavailable".equals(s.attributeValue("type"))
                && muc.occupant(room, "Juliet").equals(s.attributeValue("from"))), "Romeo was not told");
        assertFalse(server.mucService().getChatRoom(room).getMembers().contains(juliet.asBareJID()));
    }
}
