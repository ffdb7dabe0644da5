package org.igniterealtime.openfire.plugin.mucderegister.smack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@link SmackMucRun} in a JVM of its own against a server, keeping its output (Smack's log
 * and the outcome lines) in a file. A JVM of its own because Smack's and Openfire's dependencies
 * clash ({@link SmackClassPath}).
 */
public final class SmackJvm {

    private static final Duration TIMEOUT = Duration.ofMinutes(15);

    private SmackJvm() {
    }

    /**
     * Runs the suite, or some of its tests, against the server at {@code host:port} serving {@code domain}.
     *
     * @param tests the tests to run ({@code Class.method}), or empty for all
     * @param log the file that receives the JVM's output
     * @return the outcome of each test
     * @throws IOException if the JVM cannot start, does not end in time or ends in error
     */
    public static SmackOutcomes run(String host, int port, String domain, List<String> tests, Path log)
            throws IOException, InterruptedException {
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>(List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", SmackClassPath.get(), SmackMucRun.class.getName(), host, Integer.toString(port), domain));
        if (!tests.isEmpty()) {
            command.add(String.join(",", tests));
        }
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!process.waitFor(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor();
            throw new IOException("Smack's suite did not end within " + TIMEOUT.toMinutes() + " min; see " + log);
        }
        if (process.exitValue() != 0) {
            throw new IOException("Smack's suite ended with status " + process.exitValue() + "; see " + log);
        }
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        SmackOutcomes outcomes = SmackOutcomes.parse(lines);
        if (outcomes.results().isEmpty()) {
            throw new IOException("Smack's suite ran no test; see " + log);
        }
        return outcomes;
    }
}
