package org.igniterealtime.openfire.plugin.mucderegister.testserver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.log4j.ConsoleAppender;
import org.apache.log4j.FileAppender;
import org.apache.log4j.Level;
import org.apache.log4j.LogManager;
import org.apache.log4j.Logger;
import org.apache.log4j.PatternLayout;

/**
 * Sends Openfire's log (slf4j over log4j 1.2 in 4.2) to {@code <home>/logs/openfire.log} and
 * its warnings and errors also to the console. Done in code because the distribution's
 * {@code log4j.xml} is in no Maven artifact and log4j would otherwise drop everything.
 */
public final class OpenfireLogging {

    private static final String PATTERN = "%d{HH:mm:ss.SSS} %-5p [%t] %c{1} - %m%n";

    private OpenfireLogging() {
    }

    /**
     * Replaces log4j's configuration for this JVM.
     *
     * @param home the Openfire home whose {@code logs/openfire.log} receives everything from
     *     INFO up ({@code -Dopenfire.log.level=DEBUG} for more)
     */
    public static void configure(Path home) {
        Path file = home.resolve("logs").resolve("openfire.log");
        try {
            Files.createDirectories(file.getParent());
            Logger root = LogManager.getRootLogger();
            root.removeAllAppenders();
            root.setLevel(Level.toLevel(System.getProperty("openfire.log.level"), Level.INFO));
            root.addAppender(new FileAppender(new PatternLayout(PATTERN), file.toString(), true));
            ConsoleAppender console = new ConsoleAppender(new PatternLayout("[openfire] " + PATTERN));
            console.setThreshold(Level.WARN);
            root.addAppender(console);
            // Openfire closes some statements twice; proxool warns about it on every start.
            LogManager.getLogger("org.logicalcobwebs.proxool").setLevel(Level.ERROR);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write Openfire's log to " + file, e);
        }
    }
}
