package org.igniterealtime.openfire.plugin.mucderegister.scansion;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs scansion scripts against any XMPP server from the command line, printing PASS, FAIL or
 * SKIP per step; the exit status is 0 only if every step passed.
 *
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:$(cat target/cp.txt) \
 *     org.igniterealtime.openfire.plugin.mucderegister.scansion.ScansionCli \
 *     [--domain localhost] [--timeout-ms 5000] 127.0.0.1:5222 src/test/resources/scansion/*.scs
 * </pre>
 */
public final class ScansionCli {

    private static final String USAGE =
        "usage: ScansionCli [--domain DOMAIN] [--timeout-ms MILLIS] HOST:PORT SCRIPT.scs...";

    private ScansionCli() {
    }

    /** Runs the scripts the arguments name; see the class description. */
    public static void main(String[] args) {
        System.exit(run(args, System.out));
    }

    /**
     * Runs the scripts the arguments name, reporting to {@code out}.
     *
     * @return 0 if every step passed, 1 if one failed, 2 for bad arguments
     */
    static int run(String[] args, PrintStream out) {
        String domain = null;
        Duration timeout = ScansionTests.DEFAULT_TIMEOUT;
        int i = 0;
        try {
            for (; i < args.length && args[i].startsWith("--"); i += 2) {
                String value = args[i + 1];
                if (args[i].equals("--domain")) {
                    domain = value;
                } else if (args[i].equals("--timeout-ms")) {
                    timeout = Duration.ofMillis(Long.parseLong(value));
                } else {
                    throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            if (args.length - i < 2 || !args[i].matches(".+:\\d+")) {
                throw new IllegalArgumentException("expected HOST:PORT and at least one script");
            }
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            out.println(e.getMessage() + "\n" + USAGE);
            return 2;
        }
        String host = args[i].substring(0, args[i].lastIndexOf(':'));
        int port = Integer.parseInt(args[i].substring(args[i].lastIndexOf(':') + 1));
        Connector connector = Connector.to(host, port, domain);
        boolean allPassed = true;
        for (int s = i + 1; s < args.length; s++) {
            allPassed &= runScript(Path.of(args[s]), connector, timeout, out);
        }
        return allPassed ? 0 : 1;
    }

    private static boolean runScript(Path file, Connector connector, Duration timeout, PrintStream out) {
        Script script;
        try {
            script = ScriptParser.parse(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException | ScriptSyntaxException e) {
            out.println("FAIL " + file + ": " + e.getMessage());
            return false;
        }
        out.println("== " + script.title() + " [" + script.name() + "]");
        List<Step> notRun = new ArrayList<>(script.steps());
        try (ScriptRun run = new ScriptRun(script, connector, timeout)) {
            for (Step step : script.steps()) {
                notRun.remove(0);
                List<String> notes = run.execute(step);
                out.println("PASS " + step.describe(script.name()));
                notes.forEach(note -> out.println("     " + note));
            }
            return true;
        } catch (StepFailure failure) {
            out.println("FAIL " + script.steps().get(script.steps().size() - notRun.size() - 1).describe(script.name()));
            out.println("     " + failure.getMessage().replace("\n", "\n     "));
            notRun.forEach(step -> out.println("SKIP " + step.describe(script.name())));
            return false;
        }
    }
}
