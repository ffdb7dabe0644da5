package org.igniterealtime.openfire.plugin.mucderegister.testserver;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension that gives integration tests a real Openfire 4.2 with the built plugin jar
 * installed. The server boots once per JVM, on first use, and is shared by every test class
 * (it lives in the root context's store, which closes it at the end of the run).
 *
 * <pre>{@code
 * @ExtendWith(OpenfireServer.class)
 * class SomethingIT {
 *     @Test
 *     void works(RunningServer server) throws Exception {
 *         try (XmppClient user = server.login("user", "phone")) { ... }
 *     }
 * }
 * }</pre>
 *
 * Any constructor, lifecycle or test method parameter of type {@link RunningServer} is filled in.
 */
public final class OpenfireServer implements BeforeAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(OpenfireServer.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        // Boot before the class's tests run, so a boot failure is reported once, for the class.
        shared(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == RunningServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return shared(context);
    }

    /**
     * The server of this JVM, booted on first call.
     *
     * @param context any extension context of the run
     * @return the shared server
     */
    public static RunningServer shared(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(RunningServer.class, key -> {
            try {
                return RunningServer.boot();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot prepare the Openfire test server", e);
            }
        }, RunningServer.class);
    }
}
