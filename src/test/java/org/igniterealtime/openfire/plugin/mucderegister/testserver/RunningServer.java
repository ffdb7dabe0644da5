package org.igniterealtime.openfire.plugin.mucderegister.testserver;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.concurrent.atomic.AtomicInteger;

import org.igniterealtime.openfire.plugin.mucderegister.xmpp.XmppClient;
import org.jivesoftware.openfire.XMPPServer;
import org.jivesoftware.openfire.muc.MultiUserChatService;
import org.jivesoftware.openfire.muc.spi.MUCPersistenceManager;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The Openfire server the integration tests of one JVM share, as {@link OpenfireServer} hands it
 * to tests: where to connect, the MUC service, switches for the plugin and its settings, and a
 * restarted copy in a child JVM. Its accounts are {@code user}, {@code user2} and {@code user3},
 * each with the password {@value #PASSWORD}.
 */
public final class RunningServer implements ExtensionContext.Store.CloseableResource {

    /** The password of every account. */
    public static final String PASSWORD = "password";

    /** The subdomain of the MUC service. */
    public static final String MUC_SERVICE = "conference";

    private static final String HOST = "127.0.0.1";
    private static final AtomicInteger COPIES = new AtomicInteger();

    private final EmbeddedOpenfire openfire;

    private RunningServer(EmbeddedOpenfire openfire) {
        this.openfire = openfire;
    }

    /**
     * Writes a home under {@code target/openfire-it/server} (a fresh one, unless
     * {@code -Dopenfire.test.reuseHome=true} asks to keep the last run's data), installs the
     * built plugin jar and boots Openfire in this JVM.
     *
     * @return the running server
     * @throws IOException if the home cannot be written
     */
    static RunningServer boot() throws IOException {
        Path dir = ProjectPaths.buildDirectory().resolve("openfire-it").resolve("server");
        int port = FreePort.pick();
        OpenfireHome home = Boolean.getBoolean("openfire.test.reuseHome")
                ? OpenfireHome.reuse(dir, ServerProperties.plainText(port))
                : OpenfireHome.fresh(dir, ServerProperties.plainText(port));
        home.installPlugin(ProjectPaths.pluginJar());
        EmbeddedOpenfire openfire = EmbeddedOpenfire.boot(home);
        System.out.printf("Openfire %s up on %s:%d in %d ms (home %s)%n",
                openfire.server().getServerInfo().getVersion().getVersionString(), HOST,
                openfire.clientPort(), openfire.bootTime().toMillis(), home.dir());
        return new RunningServer(openfire);
    }

    /**
     * The address clients connect to.
     *
     * @return {@code 127.0.0.1}
     */
    public String host() {
        return HOST;
    }

    /**
     * The client (c2s) port, plain text, chosen when the server booted.
     *
     * @return the port
     */
    public int port() {
        return openfire.clientPort();
    }

    /**
     * The XMPP domain.
     *
     * @return {@code localhost}
     */
    public String domain() {
        return ServerProperties.DOMAIN;
    }

    /**
     * The MUC service's domain, for room JIDs.
     *
     * @return {@code conference.localhost}
     */
    public String mucDomain() {
        return MUC_SERVICE + "." + domain();
    }

    /**
     * Openfire's MUC service object.
     *
     * @return the {@code conference} service
     */
    public MultiUserChatService mucService() {
        return openfire.server().getMultiUserChatManager().getMultiUserChatService(MUC_SERVICE);
    }

    /**
     * Openfire's server object, for anything else in its API.
     *
     * @return the server
     */
    public XMPPServer server() {
        return openfire.server();
    }

    /**
     * The server's home directory.
     *
     * @return the home
     */
    public OpenfireHome home() {
        return openfire.home();
    }

    /**
     * Logs an account in over plain TCP with SASL PLAIN and binds {@code resource}. No initial
     * presence is sent.
     *
     * @param username {@code user}, {@code user2} or {@code user3}
     * @param resource the resource to bind
     * @return the connected client; close it when done
     * @throws IOException if the login fails
     */
    public XmppClient login(String username, String resource) throws IOException {
        return XmppClient.connect(host(), port(), domain(), username, PASSWORD, resource);
    }

    /**
     * Sets a property of the {@code conference} service the way Openfire's admin console does
     * ({@code MUCPersistenceManager.setProperty}); listeners see the change at once.
     *
     * @param name the property's name
     * @param value its value
     */
    public void setMucServiceProperty(String name, String value) {
        MUCPersistenceManager.setProperty(MUC_SERVICE, name, value);
    }

    /**
     * Deletes a property of the {@code conference} service, restoring its default.
     *
     * @param name the property's name
     */
    public void deleteMucServiceProperty(String name) {
        MUCPersistenceManager.deleteProperty(MUC_SERVICE, name);
    }

    /**
     * Tells whether our plugin is loaded.
     *
     * @return true if Openfire has {@value ProjectPaths#PLUGIN_NAME} loaded
     */
    public boolean isPluginLoaded() {
        return openfire.isPluginLoaded(ProjectPaths.PLUGIN_NAME);
    }

    /**
     * Removes our plugin's jar and returns once Openfire has unloaded the plugin (about 2 s).
     * Reinstall it with {@link #installPlugin()} before the test ends: other test classes
     * share this server.
     */
    public void unloadPlugin() {
        openfire.unloadPlugin(ProjectPaths.PLUGIN_NAME);
    }

    /** Installs the built plugin jar again and returns once Openfire has loaded it. */
    public void installPlugin() {
        openfire.installPlugin(ProjectPaths.pluginJar());
    }

    /**
     * Starts a second Openfire, in a child JVM, on a copy of this server's home as it is on disk
     * now: what a restart of this server would find. This server keeps running; the child gets
     * its own free port. The copy is taken after a database checkpoint, so finish the writes you
     * want to see first (Openfire writes MUC changes synchronously).
     *
     * @return the restarted copy; close it when done
     * @throws IOException if the copy cannot be made or the child does not start
     */
    public ChildServer restartCopyInChildJvm() throws IOException {
        Path target = ProjectPaths.buildDirectory().resolve("openfire-it")
                .resolve("restart-" + COPIES.incrementAndGet());
        OpenfireHome copy = checkpointedCopy(target);
        return ChildServer.start(copy, Collections.singletonMap(
                ServerProperties.CLIENT_PORT, Integer.toString(FreePort.pick())));
    }

    /**
     * Copies the home right after a database checkpoint. HSQLDB replaces its {@code .properties}
     * file when it checkpoints (ours, or one of its own while the server writes), so a copy that
     * meets a vanished file is made again after a fresh checkpoint.
     */
    private OpenfireHome checkpointedCopy(Path target) throws IOException {
        for (int attempt = 1; ; attempt++) {
            openfire.checkpoint();
            try {
                return home().copyTo(target);
            } catch (NoSuchFileException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    /** Stops the server when JUnit closes the root context, at the end of the test run. */
    @Override
    public void close() {
        openfire.stop();
    }
}
