package org.igniterealtime.openfire.plugin.mucderegister.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.lang.ref.Reference;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import org.dom4j.Element;
import org.jivesoftware.openfire.interceptor.InterceptorManager;
import org.jivesoftware.openfire.muc.MUCEventDispatcher;
import org.jivesoftware.openfire.muc.spi.MUCServicePropertyEventDispatcher;
import org.jivesoftware.util.PropertyEventDispatcher;
import org.junit.jupiter.api.Test;
import org.xmpp.packet.JID;

/**
 * The takeover of a {@code <remove/>} remembers nothing, even when Openfire's automatic error to
 * the rejected request never passes the interceptors (here: Juliet's privacy list blocks IQs from
 * the room, so neither that error nor the plugin's reply reaches her), and an unloaded plugin
 * leaves nothing in Openfire's registries or in any thread.
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
        assertEquals(List.of(), threadLocalsOf(plugin), "thread-local values of the plugin");
    }

    @Test
    void anUnloadedPluginLeavesNothingInOpenfiresRegistriesOrThreads() throws Exception {
        String room = muc.membersOnlyRoomWithMemberPresent(romeo, juliet);
        Muc.assertResult(juliet, muc.deregister(juliet, room));
        ClassLoader plugin = pluginClassLoader();
        try {
            server.unloadPlugin();

            assertEquals(List.of(), of(plugin, InterceptorManager.getInstance().getInterceptors()), "interceptors");
            assertEquals(List.of(), of(plugin, listeners(MUCEventDispatcher.class)), "MUC event listeners");
            assertEquals(List.of(), of(plugin, listeners(MUCServicePropertyEventDispatcher.class)), "MUC property listeners");
            assertEquals(List.of(), of(plugin, listeners(PropertyEventDispatcher.class)), "property listeners");
            assertEquals(List.of(), threadLocalsOf(plugin), "thread-local values of the plugin");
        } finally {
            // Other test classes share this server: always put the plugin back.
            server.installPlugin();
        }
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

    /** The objects that belong to the plugin: of its classes, or proxies handing calls to them. */
    private static List<String> of(ClassLoader plugin, Collection<?> objects) {
        return objects.stream()
                .filter(o -> belongsTo(plugin, Proxy.isProxyClass(o.getClass()) ? Proxy.getInvocationHandler(o) : o))
                .map(String::valueOf).collect(Collectors.toList());
    }

    private static boolean belongsTo(ClassLoader plugin, Object object) {
        return object != null && object.getClass().getClassLoader() == plugin;
    }

    private static Collection<?> listeners(Class<?> dispatcher) throws ReflectiveOperationException {
        // Openfire 4.2's dispatchers keep their listeners in a private static collection.
        Field field = dispatcher.getDeclaredField("listeners");
        field.setAccessible(true);
        return (Collection<?>) field.get(null);
    }

    /** Every thread-local, of every thread, whose key or value is an object of the plugin's classes. */
    private static List<String> threadLocalsOf(ClassLoader plugin) throws ReflectiveOperationException {
        Field threadLocals = Thread.class.getDeclaredField("threadLocals");
        threadLocals.setAccessible(true);
        List<String> found = new ArrayList<>();
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            Object map = threadLocals.get(thread);
            if (map == null) {
                continue;
            }
            Field tableField = map.getClass().getDeclaredField("table");
            tableField.setAccessible(true);
            Object table = tableField.get(map);
            for (int i = 0; i < Array.getLength(table); i++) {
                Object entry = Array.get(table, i);
                if (entry == null) {
                    continue;
                }
                Field valueField = entry.getClass().getDeclaredField("value");
                valueField.setAccessible(true);
                Object key = ((Reference<?>) entry).get();
                Object value = valueField.get(entry);
                if (belongsTo(plugin, key) || belongsTo(plugin, value)) {
                    found.add(thread.getName() + ": " + key + " = " + value);
                }
            }
        }
        return found;
    }
}
