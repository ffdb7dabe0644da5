package org.igniterealtime.openfire.plugin.mucderegister.legacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Collection;

import org.igniterealtime.openfire.plugin.mucderegister.settings.ServiceSettings;
import org.igniterealtime.openfire.plugin.mucderegister.settings.Switch;
import org.jivesoftware.openfire.muc.MUCEventDispatcher;
import org.jivesoftware.openfire.muc.MUCEventListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xmpp.packet.JID;
import org.xmpp.packet.Message;

/**
 * The empty-subject listener is a proxy of the running server's MUCEventListener: it answers
 * every method that interface has, and any a later release might add, without throwing, and
 * Openfire's dispatcher can add and remove it.
 */
class EmptySubjectOnJoinTest {

    private static final JID ROOM = new JID("balcony@conference.capulet.lit");
    private static final JID JULIET = new JID("juliet@capulet.lit/balcony");

    private final ServiceSettings settings = mock(ServiceSettings.class);
    private final EmptySubjectOnJoin emptySubject = new EmptySubjectOnJoin(null, settings, null);

    @AfterEach
    void stop() {
        emptySubject.stop();
    }

    @Test
    void openfiresDispatcherDeliversEveryEventAndOnlyAJoinIsLookedAt() throws Exception {
        when(settings.isOn(any(), anyString())).thenReturn(false);
        emptySubject.start();

        for (Method event : MUCEventDispatcher.class.getMethods()) {
            if (Modifier.isStatic(event.getModifiers()) && event.getReturnType() == void.class
                    && !event.getName().endsWith("Listener")) {
                event.invoke(null, argumentsFor(event));
            }
        }

        verify(settings).isOn(Switch.DEREGISTRATION, ROOM.getDomain());
    }

    @Test
    void theDispatcherCanRemoveIt() throws Exception {
        emptySubject.start();
        assertEquals(1, ourListeners());

        emptySubject.stop();

        assertEquals(0, ourListeners());
    }

    @Test
    void aMethodALaterReleaseAddsIsAnsweredWithoutAnError() throws Exception {
        Object proxy = new Object();

        assertNull(emptySubject.invoke(proxy, Later.class.getMethod("roomArchived", long.class, JID.class),
                new Object[] {1L, ROOM}));
        assertEquals(false, emptySubject.invoke(proxy, Later.class.getMethod("isInterestedIn", JID.class),
                new Object[] {ROOM}));
        assertEquals(0, emptySubject.invoke(proxy, Later.class.getMethod("priority"), null));
    }

    @Test
    void itIsEqualOnlyToItself() throws Exception {
        Object proxy = new Object();
        Method equals = Object.class.getMethod("equals", Object.class);

        assertTrue((Boolean) emptySubject.invoke(proxy, equals, new Object[] {proxy}));
        assertFalse((Boolean) emptySubject.invoke(proxy, equals, new Object[] {new Object()}));
        assertEquals(System.identityHashCode(proxy), emptySubject.invoke(proxy, Object.class.getMethod("hashCode"), null));
    }

    /** Methods shaped like ones a later Openfire could add to its listener. */
    interface Later extends MUCEventListener {
        void roomArchived(long roomID, JID roomJID);

        boolean isInterestedIn(JID roomJID);

        int priority();
    }

    private int ourListeners() throws ReflectiveOperationException {
        Field field = MUCEventDispatcher.class.getDeclaredField("listeners");
        field.setAccessible(true);
        return (int) ((Collection<?>) field.get(null)).stream()
                .filter(listener -> java.lang.reflect.Proxy.isProxyClass(listener.getClass())
                        && java.lang.reflect.Proxy.getInvocationHandler(listener) == emptySubject)
                .count();
    }

    private static Object[] argumentsFor(Method event) {
        Class<?>[] types = event.getParameterTypes();
        Object[] arguments = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            if (types[i] == JID.class) {
                arguments[i] = i == 0 ? ROOM : JULIET;
            } else if (types[i] == String.class) {
                arguments[i] = "Juliet";
            } else if (types[i] == Message.class) {
                arguments[i] = new Message();
            } else if (types[i] == long.class) {
                arguments[i] = 1L;
            }
        }
        return arguments;
    }
}
