package org.igniterealtime.openfire.plugin.mucderegister.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.dom4j.Element;
import org.igniterealtime.openfire.plugin.mucderegister.testserver.OpenfireServer;
import org.igniterealtime.openfire.plugin.mucderegister.testserver.RunningServer;
import org.igniterealtime.openfire.plugin.mucderegister.xmpp.XmppClient;
import org.jivesoftware.openfire.container.Plugin;
import org.jivesoftware.openfire.container.PluginClassLoader;
import org.jivesoftware.openfire.interceptor.InterceptorManager;
import org.jivesoftware.openfire.muc.MUCEventDispatcher;
import org.jivesoftware.openfire.muc.spi.MUCServicePropertyEventDispatcher;
import org.jivesoftware.util.PropertyEventDispatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Smoke tests: the installed jar loads into a real Openfire 4.2, wires its parts into the server,
 * clients can use the server, and removing the jar leaves nothing of ours behind.
 */
@ExtendWith(OpenfireServer.class)
class PluginLifecycleIT {

    private static final String MUC_USER = "http://jabber.org/protocol/muc#user";
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Test
    void pluginIsLoadedFromItsJar(RunningServer server) {
        Plugin plugin = server.server().getPluginManager().getPlugin("mucderegister");

        assertNotNull(plugin, "Openfire has not loaded the plugin");
        assertTrue(plugin.getClass().getClassLoader() instanceof PluginClassLoader,
                "the plugin class came from " + plugin.getClass().getClassLoader()
                        + ", not from the installed jar");
    }

    @Test
    void pluginRegistersWhatOpenfire42Needs(RunningServer server) throws Exception {
        // One IQ interceptor everywhere; the status-110 interceptor (before 4.7) and the
        // empty-subject listener (before 4.5) because 4.2 lacks what they supply.
        assertEquals(List.of(OurParts.OUR_PACKAGE + "interception.MucIqInterceptor", OurParts.OUR_PACKAGE + "interception.OwnStatusInterceptor"),
                OurParts.in(InterceptorManager.getInstance().getInterceptors()));
        assertEquals(List.of(OurParts.OUR_PACKAGE + "legacy.EmptySubjectOnJoin"), OurParts.in(OurParts.listeners(MUCEventDispatcher.class)));
    }

    @Test
    void clientLogsInAndJoinsARoom(RunningServer server) throws Exception {
        String occupant = "lifecycle-smoke@" + server.mucDomain() + "/smoke";
        try (XmppClient user = server.login("user", "smoke")) {
            user.send("<presence to='" + occupant + "'>"
                    + "<x xmlns='http://jabber.org/protocol/muc'/></presence>");

            Element self = awaitPresenceFrom(user, occupant);

            assertTrue(hasStatus(self, "110"), "self-presence without status 110: " + self.asXML());
            user.send("<presence type='unavailable' to='" + occupant + "'/>");
        }
    }

    @Test
    void removingTheJarUnloadsThePluginAndReinstallingLoadsIt(RunningServer server) throws Exception {
        ClassLoader plugin = server.server().getPluginManager().getPlugin("mucderegister").getClass().getClassLoader();
        try {
            server.unloadPlugin();

            assertFalse(server.isPluginLoaded());
            assertEquals(List.of(), OurParts.in(InterceptorManager.getInstance().getInterceptors()), "interceptors left behind");
            assertEquals(List.of(), OurParts.in(OurParts.listeners(MUCEventDispatcher.class)), "MUC listeners left behind");
            assertEquals(List.of(), OurParts.in(OurParts.listeners(MUCServicePropertyEventDispatcher.class)),
                    "MUC service property listeners left behind");
            assertEquals(List.of(), OurParts.in(OurParts.listeners(PropertyEventDispatcher.class)),
                    "property listeners left behind");
            assertEquals(List.of(), OurParts.threadLocalsOf(plugin), "thread-local values of the plugin");
        } finally {
            // Other test classes share this server: always put the plugin back.
            server.installPlugin();
        }
        assertTrue(server.isPluginLoaded());
        assertFalse(OurParts.in(InterceptorManager.getInstance().getInterceptors()).isEmpty(), "the reloaded plugin registered no interceptor");
        assertFalse(OurParts.in(OurParts.listeners(MUCEventDispatcher.class)).isEmpty(), "the reloaded plugin registered no MUC listener");
    }

    private static Element awaitPresenceFrom(XmppClient client, String from) {
        Instant deadline = Instant.now().plus(TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            Element stanza = client.receive(Duration.between(Instant.now(), deadline));
            if (stanza != null && "presence".equals(stanza.getName())
                    && from.equals(stanza.attributeValue("from"))) {
                return stanza;
            }
        }
        return fail("no presence from " + from + " within " + TIMEOUT);
    }

    private static boolean hasStatus(Element presence, String code) {
        for (Element x : presence.elements("x")) {
            if (MUC_USER.equals(x.getNamespaceURI())) {
                for (Element status : x.elements("status")) {
                    if (code.equals(status.attributeValue("code"))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
