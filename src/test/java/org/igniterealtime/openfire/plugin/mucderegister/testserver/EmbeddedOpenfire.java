package org.igniterealtime.openfire.plugin.mucderegister.testserver;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.jivesoftware.database.DbConnectionManager;
import org.jivesoftware.openfire.XMPPServer;
import org.jivesoftware.openfire.container.PluginManager;
import org.jivesoftware.openfire.container.PluginMonitor;
import org.jivesoftware.util.JiveGlobals;

/**
 * A real Openfire 4.2 running inside this JVM on an {@link OpenfireHome}, with its embedded
 * database, its client listener on 127.0.0.1 and the plugin jars found in {@code plugins/}.
 *
 * <p>Openfire 4.2 never clears its static server instance, so this can boot once per JVM; a
 * restart needs another JVM ({@link ChildServer}).
 */
public final class EmbeddedOpenfire {

    private static final Duration BOOT_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration PLUGIN_TIMEOUT = Duration.ofSeconds(30);
    private static final Pattern PLUGIN_CLASS = Pattern.compile("<class>\\s*([\\w.$]+)\\s*</class>");

    private static final AtomicBoolean BOOTED = new AtomicBoolean();

    private final OpenfireHome home;
    private final XMPPServer server;
    private final int clientPort;
    private final Duration bootTime;
    private final AtomicBoolean stopped = new AtomicBoolean();

    private EmbeddedOpenfire(OpenfireHome home, XMPPServer server, int clientPort, Duration bootTime) {
        this.home = home;
        this.server = server;
        this.clientPort = clientPort;
        this.bootTime = bootTime;
    }

    /**
     * Starts Openfire on {@code home} and returns once its client port accepts connections and
     * every plugin jar in {@code plugins/} is loaded.
     *
     * @param home the home to run on
     * @return the running server
     * @throws IllegalStateException if Openfire already ran in this JVM, a plugin's classes are
     *     on this JVM's class path, or the server does not come up
     */
    public static EmbeddedOpenfire boot(OpenfireHome home) {
        List<String> plugins = installedPlugins(home);
        for (String plugin : plugins) {
            requireOffClassPath(home.pluginsDirectory().resolve(plugin + ".jar"));
        }
        if (!BOOTED.compareAndSet(false, true)) {
            throw new IllegalStateException("Openfire 4.2 starts only once per JVM; "
                    + "use ChildServer for a second server or a restart");
        }
        OpenfireLogging.configure(home.dir());
        System.setProperty("openfireHome", home.dir().toString());
        long start = System.nanoTime();
        XMPPServer server = new XMPPServer(); // starts synchronously; failures are only logged
        if (!server.isStarted()) {
            throw new IllegalStateException("Openfire did not start; see " + home.logFile());
        }
        int port = JiveGlobals.getIntProperty(ServerProperties.CLIENT_PORT, 5222);
        Waiting.until(() -> accepts(port), BOOT_TIMEOUT, "Openfire's client port " + port);
        PluginManager pluginManager = server.getPluginManager();
        for (String plugin : plugins) {
            Waiting.until(() -> pluginManager.getPlugin(plugin) != null, PLUGIN_TIMEOUT,
                    "plugin '" + plugin + "' to load (see " + home.logFile() + ")");
        }
        return new EmbeddedOpenfire(home, server, port,
                Duration.ofNanos(System.nanoTime() - start));
    }

    /**
     * The home this server runs on.
     *
     * @return the home
     */
    public OpenfireHome home() {
        return home;
    }

    /**
     * Openfire's server object, the entry point to its API.
     *
     * @return the running server
     */
    public XMPPServer server() {
        return server;
    }

    /**
     * The client (c2s) port on 127.0.0.1.
     *
     * @return the port
     */
    public int clientPort() {
        return clientPort;
    }

    /**
     * How long {@link #boot} took, from constructing the server to the plugins being loaded.
     *
     * @return the boot time
     */
    public Duration bootTime() {
        return bootTime;
    }

    /**
     * Tells whether Openfire has a plugin of that name loaded.
     *
     * @param pluginName the plugin's name
     * @return true if loaded
     */
    public boolean isPluginLoaded(String pluginName) {
        return server.getPluginManager().getPlugin(pluginName) != null;
    }

    /**
     * Deletes the plugin's jar and has the plugin monitor run now instead of at its next
     * 20-second tick; returns once Openfire has destroyed the plugin. Openfire 4.2 waits two
     * seconds before it deletes the unpacked directory, so this takes a little over two seconds.
     *
     * @param pluginName the plugin's name
     */
    public void unloadPlugin(String pluginName) {
        try {
            home.removePlugin(pluginName);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        runPluginMonitor();
        Waiting.until(() -> !isPluginLoaded(pluginName), PLUGIN_TIMEOUT,
                "plugin '" + pluginName + "' to unload");
    }

    /**
     * Installs a plugin jar and has the plugin monitor load it now.
     *
     * @param jar the plugin jar; its file name is the plugin's name
     */
    public void installPlugin(Path jar) {
        String name = pluginName(jar);
        try {
            requireOffClassPath(jar);
            home.installPlugin(jar);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        runPluginMonitor();
        Waiting.until(() -> isPluginLoaded(name), PLUGIN_TIMEOUT,
                "plugin '" + name + "' to load (see " + home.logFile() + ")");
    }

    /**
     * Makes the embedded database write everything to its {@code .script} file, so the home can
     * be copied while the server runs ({@link OpenfireHome#copyTo}).
     */
    public void checkpoint() {
        try (Connection db = DbConnectionManager.getConnection();
                Statement statement = db.createStatement()) {
            statement.execute("CHECKPOINT");
        } catch (SQLException e) {
            throw new IllegalStateException("CHECKPOINT failed", e);
        }
    }

    /**
     * Stops Openfire: plugins are destroyed, listeners closed and the embedded database shut
     * down (Openfire's EmbeddedConnectionProvider sends HSQLDB a {@code SHUTDOWN}), which leaves
     * its files complete for the next server on this home. Calling it again does nothing.
     * Openfire cannot be started again in this JVM.
     */
    public void stop() {
        if (stopped.compareAndSet(false, true)) {
            server.stop(); // not "standalone" here, so it shuts down synchronously, no exit
        }
    }

    /**
     * Stops the server when the JVM exits (Ctrl-C, SIGTERM), for a {@code main} that runs it.
     * Openfire registers no hook itself unless it runs from its own launcher.
     */
    public void stopOnExit() {
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "openfire-stop"));
    }

    private void runPluginMonitor() {
        try {
            // 4.2 has no public handle on the monitor; runNow(true) blocks until the scan is done.
            Field field = PluginManager.class.getDeclaredField("pluginMonitor");
            field.setAccessible(true);
            ((PluginMonitor) field.get(server.getPluginManager())).runNow(true);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot reach Openfire's plugin monitor", e);
        }
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static List<String> installedPlugins(OpenfireHome home) {
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(home.pluginsDirectory(), "*.jar")) {
            jars.forEach(jar -> names.add(pluginName(jar)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    private static String pluginName(Path jar) {
        String file = jar.getFileName().toString();
        return file.substring(0, file.length() - ".jar".length()).toLowerCase();
    }

    /**
     * Openfire's plugin class loader asks the server's class loader first: a plugin whose
     * classes are also on this JVM's class path would run from there, not from its jar, and
     * keep its static state across an unload. That would make every test meaningless.
     */
    private static void requireOffClassPath(Path jar) {
        String pluginClass;
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ZipEntry descriptor = zip.getEntry("plugin.xml");
            if (descriptor == null) {
                throw new IllegalArgumentException("No plugin.xml in " + jar);
            }
            try (InputStream in = zip.getInputStream(descriptor)) {
                Matcher m = PLUGIN_CLASS.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                if (!m.find()) {
                    throw new IllegalArgumentException("No <class> in plugin.xml of " + jar);
                }
                pluginClass = m.group(1);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + jar, e);
        }
        String resource = pluginClass.replace('.', '/') + ".class";
        if (ClassLoader.getSystemClassLoader().getResource(resource) != null
                || EmbeddedOpenfire.class.getClassLoader().getResource(resource) != null) {
            throw new IllegalStateException(pluginClass + " is on this JVM's class path, so Openfire"
                    + " would run it instead of the classes in " + jar + ". Keep "
                    + ProjectPaths.mainClasses() + " off the class path of the JVM running Openfire"
                    + " (Failsafe's classesDirectory, ChildServer, the demo profile do).");
        }
    }
}
