package org.igniterealtime.openfire.plugin.mucderegister.it;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.igniterealtime.openfire.plugin.mucderegister.smack.PluginOnOff;
import org.igniterealtime.openfire.plugin.mucderegister.smack.SmackJvm;
import org.igniterealtime.openfire.plugin.mucderegister.smack.SmackOutcomes;
import org.igniterealtime.openfire.plugin.mucderegister.testserver.OpenfireServer;
import org.igniterealtime.openfire.plugin.mucderegister.testserver.ProjectPaths;
import org.igniterealtime.openfire.plugin.mucderegister.testserver.RunningServer;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Smack's own Multi-User Chat integration tests (the conformance suite Openfire runs) against the
 * test server, with the plugin's switches on and with both off: every test that passes with the
 * plugin off must pass with it on. A test that passed off and failed on is run again, alone, in
 * both modes, up to {@value #RUNS_AGAIN} times ({@link PluginOnOff}). Openfire 4.2.0 lacks
 * features later Smack tests expect, so tests that do not pass reliably with the plugin off are
 * reported as skipped. One test per Smack test, named as Smack names it; the counts are printed.
 * Each run's log is in {@code target/smack-muc/}.
 */
@ExtendWith(OpenfireServer.class)
class SmackMucSuiteIT {

    private static final int RUNS_AGAIN = 3;
    private static final String[] SWITCHES = {"mucderegister.deregistration.enabled", "mucderegister.announcements.enabled"};

    @TestFactory
    @DisplayName("Smack MUC suite: what passes with the plugin off passes with it on")
    Stream<DynamicTest> whatPassesWithThePluginOffPassesWithItOn(RunningServer server) throws Exception {
        PluginOnOff comparison = new PluginOnOff(run(server, true, List.of(), "plugin-on"),
                run(server, false, List.of(), "plugin-off"));
        for (int again = 1; again <= RUNS_AGAIN && !comparison.suspects().isEmpty(); again++) {
            List<String> suspects = comparison.suspects();
            comparison = comparison.with(run(server, true, suspects, "plugin-on-again-" + again),
                    run(server, false, suspects, "plugin-off-again-" + again));
        }
        PluginOnOff outcomes = comparison;
        System.out.println(outcomes.summary());
        return outcomes.tests().stream().map(test -> DynamicTest.dynamicTest(test, sourceOf(test), () -> {
            switch (outcomes.verdict(test)) {
                case BROKEN_BY_THE_PLUGIN:
                    Assertions.fail("passes with the plugin off, not with it on: " + outcomes.explain(test));
                    break;
                case NOT_RELIABLE_WITHOUT_THE_PLUGIN:
                    Assumptions.abort("does not pass reliably on Openfire 4.2.0 without the plugin either: "
                            + outcomes.explain(test));
                    break;
                default:
                    break;
            }
        }));
    }

    /** Runs Smack's tests (all if {@code tests} is empty) with the plugin's switches on or off. */
    private static SmackOutcomes run(RunningServer server, boolean pluginOn, List<String> tests, String logName)
            throws IOException, InterruptedException {
        Path log = ProjectPaths.buildDirectory().resolve("smack-muc").resolve(logName + ".log");
        if (pluginOn) {
            return SmackJvm.run(server.host(), server.port(), server.domain(), tests, log);
        }
        for (String name : SWITCHES) {
            server.setMucServiceProperty(name, "false");
        }
        try {
            return SmackJvm.run(server.host(), server.port(), server.domain(), tests, log);
        } finally {
            for (String name : SWITCHES) {
                server.deleteMucServiceProperty(name);
            }
        }
    }

    /** Smack's test class, so that the report files each test under the check, not under this method. */
    private static URI sourceOf(String test) {
        String testClass = test.split("[. ]", 2)[0];
        return URI.create("classpath:/org/jivesoftware/smackx/muc/" + testClass + ".class");
    }
}
