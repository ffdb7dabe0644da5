package org.igniterealtime.openfire.plugin.mucderegister.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

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

    private static final String OUR_PACKAGE = "org.igniterealtime.openfire.plugin.mucderegister.";
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
        assertEquals(List.of(OUR_PACKAGE + "interception.MucIqInterceptor", OUR_PACKAGE + "interception.OwnStatusInterceptor"),
                classNames(ourInterceptors()));
        assertEquals(List.of(OUR_PACKAGE + "legacy.EmptySubjectOnJoin"), names(ourMucListeners()));
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
        try {
            server.unloadPlugin();

            assertFalse(server.isPluginLoaded());
            assertEquals(List.of(), names(ourInterceptors()), "interceptors left behind");
            assertEquals(List.of(), names(ourMucListeners()), "MUC listeners left behind");
            assertEquals(List.of(), names(ourListeners(MUCServicePropertyEventDispatcher.class)),
                    "MUC service property listeners left behind");
            assertEquals(List.of(), names(ourListeners(PropertyEventDispatcher.class)),
                    "property listeners left behind");
        } finally {
            // Other test classes share this server: always put the plugin back.
            server.installPlugin();
        }
        assertTrue(server.isPluginLoaded());
        assertFalse(ourInterceptors().isEmpty(), "the reloaded plugin registered no interceptor");
        assertFalse(ourMucListeners().isEmpty(), "the reloaded plugin registered no MUC listener");
    }

    private static List<Object> ourInterceptors() {
        return InterceptorManager.getInstance().getInterceptors().stream()
                .filter(PluginLifecycleIT::isOurs)
                .collect(Collectors.toList());
    }

    private static List<Object> ourMucListeners() throws ReflectiveOperationException {
        return ourListeners(MUCEventDispatcher.class);
    }

    private static List<Object> ourListeners(Class<?> dispatcher) throws ReflectiveOperationException {
        // Openfire 4.2's dispatchers keep their listeners in a private static collection.
        Field field = dispatcher.getDeclaredField("listeners");
        field.setAccessible(true);
        return ((Collection<?>) field.get(null)).stream()
                .filter(PluginLifecycleIT::isOurs)
                .collect(Collectors.toList());
    }

    /** Ours: one of our classes, or a proxy that hands its calls to one (our MUC listener). */
    private static boolean isOurs(Object part) {
        Object handler = Proxy.isProxyClass(part.getClass()) ? Proxy.getInvocationHandler(part) : part;
        return handler.getClass().getName().startsWith(OUR_PACKAGE);
    }

    private static List<String> classNames(List<Object> parts) {
        return parts.stream().map(p -> p.getClass().getName()).collect(Collectors.toList());
    }

    private static List<String> names(List<Object> parts) {
        return parts.stream().map(Object::toString).collect(Collectors.toList());
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
