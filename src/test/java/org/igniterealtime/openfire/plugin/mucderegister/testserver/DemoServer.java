package org.igniterealtime.openfire.plugin.mucderegister.testserver;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;

import org.igniterealtime.openfire.plugin.mucderegister.admin.AdminPageServer;
import org.jivesoftware.openfire.auth.AuthFactory;

/**
 * The demo: Openfire 4.2.0 with the freshly built plugin jar on 127.0.0.1:5222, for trying the
 * plugin with any XMPP client. Data lives in {@code demo-home/} and survives restarts (delete the
 * directory to start over). Clients may log in in plain text; STARTTLS is offered with a
 * self-signed certificate made on first start, because mainstream clients insist on TLS.
 * Runs until interrupted (Ctrl-C). Started by {@code ./mvnw -Pdemo verify}, which keeps the
 * plugin's classes off this JVM's class path.
 *
 * The plugin's admin page is served on 127.0.0.1:9090.
 *
 * <p>{@code -Ddemo.home=DIR}, {@code -Ddemo.port=N} and {@code -Ddemo.adminPort=N} change the
 * directory, the client port and the admin page's port.
 */
public final class DemoServer {

    private static final String[] ACCOUNTS = {"user", "user2", "user3"};

    private DemoServer() {
    }

    /**
     * Starts the demo server and waits until the JVM is stopped.
     *
     * @param args ignored
     * @throws InterruptedException if the waiting main thread is interrupted
     */
    public static void main(String[] args) throws InterruptedException {
        Path dir = Paths.get(System.getProperty("demo.home", "demo-home")).toAbsolutePath();
        int port = Integer.getInteger("demo.port", 5222);
        int adminPort = Integer.getInteger(StandInAdminConsole.PORT_PROPERTY, 9090);
        System.setProperty(StandInAdminConsole.PORT_PROPERTY, Integer.toString(adminPort));
        Map<String, String> properties = ServerProperties.plainText(port);
        properties.put(ServerProperties.CLIENT_TLS_POLICY, "optional");

        OpenfireHome home;
        EmbeddedOpenfire openfire;
        try {
            home = OpenfireHome.reuse(dir, properties);
            KeyStores.ensureSelfSigned(home.securityDirectory(), ServerProperties.DOMAIN);
            home.installPlugin(ProjectPaths.pluginJar()); // always the jar just built
            openfire = EmbeddedOpenfire.boot(home);
            openfire.stopOnExit();
            for (String account : ACCOUNTS) {
                // The seeded plain passwords serve PLAIN only; this adds the SCRAM-SHA-1 keys
                // that Conversations, Dino and the like use.
                AuthFactory.setPassword(account, RunningServer.PASSWORD);
            }
        } catch (Exception e) {
            e.printStackTrace();
            // A half-started Openfire leaves non-daemon threads that would keep this JVM alive.
            System.exit(1);
            return;
        }

        System.out.printf("%nMUC deregistration demo: Openfire %s with the mucderegister plugin, up in %d ms%n"
                        + "  server    127.0.0.1:%d, XMPP domain %s (STARTTLS with a self-signed"
                        + " certificate, plain text allowed)%n"
                        + "  accounts  user@%4$s, user2@%4$s, user3@%4$s, password \"%s\"%n"
                        + "  rooms     on %s%n"
                        + "  data      %s (delete it to start over), log %s%n"
                        + "  settings  %s (the plugin's admin page, signed in as admin)%n"
                        + "Press Ctrl-C to stop.%n%n",
                openfire.server().getServerInfo().getVersion().getVersionString(),
                openfire.bootTime().toMillis(), port, ServerProperties.DOMAIN, RunningServer.PASSWORD,
                RunningServer.MUC_SERVICE + "." + ServerProperties.DOMAIN, home.dir(), home.logFile(),
                AdminPageServer.running().servicePage(RunningServer.MUC_SERVICE));
        Thread.currentThread().join();
    }
}
