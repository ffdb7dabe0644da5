package org.igniterealtime.openfire.plugin.mucderegister.scansion;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;

/**
 * Runs scansion scripts as JUnit 5 dynamic tests: one container per script, named after its
 * title and file, holding one test per step, named after its file, line, client and action
 * ({@code muc_members_only_deregister.scs:99 Juliet receives}), which the XML reports keep as the
 * test case's name. Use from a
 * {@code @TestFactory}:
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicNode> scripts() {
 *     return ScansionTests.scripts("scansion", "127.0.0.1", server.port(), "localhost");
 * }
 * }</pre>
 *
 * <p>Steps run in order on one {@link ScriptRun}; once a step fails the later steps of its script
 * are aborted (they would only report the same problem again) and its clients disconnected. The
 * per-stanza timeout is {@value #TIMEOUT_PROPERTY} (milliseconds) if that system property is set,
 * else {@link #DEFAULT_TIMEOUT}.
 */
public final class ScansionTests {

    /** The system property giving the per-stanza timeout in milliseconds. */
    public static final String TIMEOUT_PROPERTY = "scansion.timeout.ms";

    /** How long an expected stanza may take to arrive unless {@value #TIMEOUT_PROPERTY} says otherwise. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);

    private ScansionTests() {
    }

    /**
     * The tests of one script, run against an XMPP server.
     *
     * @param resource the script's class path resource, e.g. {@code scansion/x.scs}
     * @param domain   the server's XMPP domain, or {@code null} for each client JID's own
     */
    public static Stream<DynamicNode> script(String resource, String host, int port, String domain) {
        return Stream.of(container(ScriptResources.load(resource), URI.create("classpath:/" + resource),
            Connector.to(host, port, domain), timeout()));
    }

    /**
     * The tests of every script directly in a class path directory, in file name order.
     *
     * @param directory the class path directory, e.g. {@code scansion}
     * @param domain    the server's XMPP domain, or {@code null} for each client JID's own
     */
    public static Stream<DynamicNode> scripts(String directory, String host, int port, String domain) {
        return ScriptResources.list(directory).stream().flatMap(resource -> script(resource, host, port, domain));
    }

    /**
     * The tests of a parsed script whose clients {@code connector} logs in, wherever that is.
     *
     * @param source where the script is (e.g. {@code classpath:/scansion/x.scs}), or {@code null};
     *               each step's test points at its line there, and a step that is no method of a
     *               test class is reported under its script, not under the test factory's method
     */
    public static DynamicContainer container(Script script, URI source, Connector connector, Duration timeout) {
        Sequence sequence = new Sequence(script, new ScriptRun(script, connector, timeout));
        List<DynamicNode> steps = new ArrayList<>();
        for (Step step : script.steps()) {
            URI stepSource = source == null ? null : URI.create(source + "?line=" + step.line());
            steps.add(DynamicTest.dynamicTest(step.describe(script.name()), stepSource, () -> sequence.execute(step)));
        }
        return DynamicContainer.dynamicContainer(script.title() + " [" + script.name() + "]", source, steps.stream());
    }

    /** The per-stanza timeout this JVM was configured with. */
    public static Duration timeout() {
        String millis = System.getProperty(TIMEOUT_PROPERTY);
        return millis == null ? DEFAULT_TIMEOUT : Duration.ofMillis(Long.parseLong(millis.trim()));
    }

    /** The steps of one script as JUnit runs them: in order, stopping at the first failure. */
    private static final class Sequence {
        private final Script script;
        private final ScriptRun run;
        private int executed;
        private String failedStep;

        Sequence(Script script, ScriptRun run) {
            this.script = script;
            this.run = run;
        }

        void execute(Step step) {
            executed++;
            if (failedStep != null) {
                Assumptions.abort("not run: " + failedStep + " failed");
            }
            boolean passed = false;
            try {
                run.execute(step).forEach(System.out::println);
                passed = true;
            } catch (StepFailure failure) {
                Assertions.fail(failure.getMessage(), failure);
            } finally {
                if (!passed) {
                    failedStep = step.describe(script.name());
                }
                if (!passed || executed == script.steps().size()) {
                    run.close();
                }
            }
        }
    }
}
