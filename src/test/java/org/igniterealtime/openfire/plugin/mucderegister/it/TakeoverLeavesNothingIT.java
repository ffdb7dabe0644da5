package org.igniterealtime.openfire.plugin.mucderegister.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.stream.Collectors;

import org.dom4j.Element;
import org.junit.jupiter.api.Test;
import org.xmpp.packet.JID;

/**
 * The takeover of a {@code <remove/>} remembers nothing, even when Openfire's automatic error to
 * the rejected request never passes the interceptors (here: Juliet's privacy list blocks IQs from
 * the room, so neither that error nor the plugin's reply reaches her).
 */
class TakeoverLeavesNothingIT extends VeronaTest {

    @Test
    void aRequestWhoseAutomaticErrorNeverComesLeavesNothingBehind() throws Exception {
        String room = muc.membersOnlyRoomWithMemberPresent(romeo, juliet);
        blockIqsFrom(muc.room(room).toString());
        ClassLoader plugin = pluginClassLoader();

        String id = muc.deregister(juliet, room);

        muc.unavailableFrom(juliet, room, "Juliet");
        List<Element> heard = Muc.settle(juliet);
        assertEquals(List.of(), heard.stream().filter(s -> id.equals(s.attributeValue("id")))
                .map(Element::asXML).collect(Collectors.toList()), "the privacy list lets no answer through");
        assertFalse(server.mucService().getChatRoom(room).getMembers().contains(new JID(juliet.bareJid())));
        assertEquals(List.of(), OurParts.threadLocalsOf(plugin), "thread-local values of the plugin");
    }

    private void blockIqsFrom(String jid) throws Exception {
        Muc.assertResult(juliet, Muc.iq(juliet, juliet.bareJid(), "set", "<query xmlns='jabber:iq:privacy'>"
                + "<list name='no-room'><item type='jid' value='" + jid + "' action='deny' order='1'><iq/></item>"
                + "<item action='allow' order='2'/></list></query>"));
        Muc.assertResult(juliet, Muc.iq(juliet, juliet.bareJid(), "set",
                "<query xmlns='jabber:iq:privacy'><active name='no-room'/></query>"));
    }

    private ClassLoader pluginClassLoader() {
        return server.server().getPluginManager().getPlugin("mucderegister").getClass().getClassLoader();
    }
}
