package org.igniterealtime.openfire.plugin.mucderegister.it;

import java.lang.ref.Reference;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** The plugin's parts in Openfire's registries: what the lifecycle tests count and expect gone. */
final class OurParts {

    static final String OUR_PACKAGE = "org.igniterealtime.openfire.plugin.mucderegister.";

    private OurParts() {
    }

    /**
     * The class names of the plugin's parts among a registry's entries: objects of its classes,
     * and proxies that hand their calls to one (the MUC listener), named by that object's class.
     */
    static List<String> in(Collection<?> registry) {
        return registry.stream()
                .map(part -> Proxy.isProxyClass(part.getClass()) ? Proxy.getInvocationHandler(part) : part)
                .map(part -> part.getClass().getName())
                .filter(name -> name.startsWith(OUR_PACKAGE))
                .collect(Collectors.toList());
    }

    /** A copy of the listeners of one of Openfire 4.2's dispatchers, which keep them in a private static collection. */
    static Collection<?> listeners(Class<?> dispatcher) throws ReflectiveOperationException {
        Field field = dispatcher.getDeclaredField("listeners");
        field.setAccessible(true);
        return new ArrayList<>((Collection<?>) field.get(null));
    }

    /** Every thread-local, of every thread, whose key or value is an object of a class loader's classes. */
    static List<String> threadLocalsOf(ClassLoader loader) throws ReflectiveOperationException {
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
                if (isOf(loader, key) || isOf(loader, value)) {
                    found.add(thread.getName() + ": " + key + " = " + value);
                }
            }
        }
        return found;
    }

    private static boolean isOf(ClassLoader loader, Object object) {
        return object != null && object.getClass().getClassLoader() == loader;
    }
}
