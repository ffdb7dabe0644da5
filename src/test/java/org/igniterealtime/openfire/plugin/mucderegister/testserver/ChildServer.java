package org.igniterealtime.openfire.plugin.mucderegister.testserver;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Openfire in a child JVM on an existing home: what a test uses to see what a server restart
 * keeps, since Openfire 4.2 starts only once per JVM. The child runs {@link ChildServerMain}
 * with {@link ServerClassPath}, so it loads the plugin from the home's {@code plugins/} only.
 *
 * <pre>{@code
 * try (ChildServer restarted = ChildServer.start(home, Map.of())) {
 *     XmppClient c = XmppClient.connect("127.0.0.1", restarted.port(), ...);
 * }
 * }</pre>
 */
public final class ChildServer implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private final OpenfireHome home;
    private final Process process;
    private final int port;

    private ChildServer(OpenfireHome home, Process process, int port) {
        this.home = home;
        this.process = process;
        this.port = port;
    }

    /**
     * Starts Openfire in a new JVM on {@code home} and returns once its client port is open.
     * No other server may be running on that home.
     *
     * @param home the home; its database keeps everything written by earlier servers
     * @param properties Openfire properties to set before the start (for example a new
     *     {@link ServerProperties#CLIENT_PORT}); only for a home a server has run on before
     * @return the running child
     * @throws IOException if the child cannot be started or does not come up
     */
    public static ChildServer start(OpenfireHome home, Map<String, String> properties) throws IOException {
        if (!properties.isEmpty()) {
            try {
                HomeDatabase.setProperties(home.dir(), properties);
            } catch (SQLException e) {
                throw new IOException("Cannot set properties in " + home, e);
            }
        }
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        command.add("--add-opens");
        command.add("java.base/java.lang=ALL-UNNAMED");
        passOn(command, "openfire.log.level");
        passOn(command, "project.build.directory");
        passOn(command, "project.build.outputDirectory");
        command.add("-cp");
        command.add(ServerClassPath.get());
        command.add(ChildServerMain.class.getName());
        command.add(home.dir().toString());
        Process process = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        CompletableFuture<Integer> ready = new CompletableFuture<>();
        Thread pump = new Thread(() -> pumpOutput(process, ready), "child-openfire-output");
        pump.setDaemon(true);
        pump.start();
        try {
            int port = ready.get(START_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            return new ChildServer(home, process, port);
        } catch (ExecutionException | TimeoutException e) {
            process.destroyForcibly();
            throw new IOException("The Openfire child JVM did not start; see " + home.logFile(), e);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while starting the Openfire child JVM", e);
        }
    }

    /**
     * The home the child runs on.
     *
     * @return the home
     */
    public OpenfireHome home() {
        return home;
    }

    /**
     * The child's client port on 127.0.0.1.
     *
     * @return the port
     */
    public int port() {
        return port;
    }

    /**
     * Stops the child's Openfire cleanly (its database is shut down, so another server can start
     * on the same home) and waits for the JVM to exit. Calling it again does nothing.
     */
    public void stop() {
        if (!process.isAlive()) {
            return;
        }
        try {
            OutputStream stdin = process.getOutputStream();
            stdin.write("stop\n".getBytes(StandardCharsets.UTF_8));
            stdin.flush();
        } catch (IOException e) {
            // The child is going away already; waiting below settles it.
        }
        try {
            if (!process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stop();
    }

    private static void passOn(List<String> command, String property) {
        String value = System.getProperty(property);
        if (value != null) {
            command.add("-D" + property + "=" + value);
        }
    }

    /** Forwards the child's output, picking out the line that announces the port. */
    private static void pumpOutput(Process process, CompletableFuture<Integer> ready) {
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith(ChildServerMain.READY)) {
                    ready.complete(Integer.parseInt(line.substring(ChildServerMain.READY.length())));
                } else {
                    System.out.println("[child openfire] " + line);
                }
            }
        } catch (IOException | NumberFormatException e) {
            ready.completeExceptionally(e);
        }
        ready.completeExceptionally(new IOException("The child JVM ended before it was ready"));
    }
}
