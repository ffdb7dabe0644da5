package org.igniterealtime.openfire.plugin.mucderegister.testserver;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;

/**
 * The {@code main} of a child JVM started by {@link ChildServer}: boots Openfire on the home
 * given as the only argument, prints {@value #READY} followed by the client port when it is up,
 * and stops the server cleanly on a {@code stop} line or the end of its standard input (the
 * parent went away).
 */
public final class ChildServerMain {

    /** Prefix of the line that announces the client port. */
    public static final String READY = "OPENFIRE-READY port=";

    /** Line printed once the server has stopped and its database is shut down. */
    public static final String STOPPED = "OPENFIRE-STOPPED";

    private ChildServerMain() {
    }

    /**
     * Runs the server until told to stop.
     *
     * @param args the Openfire home directory
     * @throws IOException if standard input cannot be read
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: ChildServerMain <openfire-home>");
            System.exit(2);
        }
        EmbeddedOpenfire openfire;
        try {
            openfire = EmbeddedOpenfire.boot(OpenfireHome.existing(Paths.get(args[0])));
        } catch (RuntimeException e) {
            e.printStackTrace();
            // A half-started Openfire leaves non-daemon threads that would keep this JVM alive.
            System.exit(1);
            return;
        }
        openfire.stopOnExit();
        System.out.println(READY + openfire.clientPort());
        System.out.flush();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        do {
            line = in.readLine();
        } while (line != null && !"stop".equals(line.trim()));
        openfire.stop();
        System.out.println(STOPPED);
        System.out.flush();
        // Openfire leaves non-daemon threads behind after stop().
        System.exit(0);
    }
}
