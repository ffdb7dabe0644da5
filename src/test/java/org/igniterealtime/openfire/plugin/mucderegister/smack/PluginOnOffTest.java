package org.igniterealtime.openfire.plugin.mucderegister.smack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.igniterealtime.openfire.plugin.mucderegister.smack.PluginOnOff.Verdict;
import org.igniterealtime.openfire.plugin.mucderegister.smack.SmackOutcomes.Outcome;
import org.junit.jupiter.api.Test;

class PluginOnOffTest {

    private static final String A = "T.a (Normal)";
    private static final String B = "T.b (Normal)";
    private static final String C = "T.c (Normal)";

    /** Outcomes from pairs of test name and outcome. */
    private static SmackOutcomes run(Object... testsAndOutcomes) {
        return SmackOutcomes.parse(Stream.iterate(0, i -> i < testsAndOutcomes.length, i -> i + 2)
                .map(i -> SmackOutcomes.line((Outcome) testsAndOutcomes[i + 1], (String) testsAndOutcomes[i], "why"))
                .collect(Collectors.toList()));
    }

    @Test
    void aTestThatPassesWithThePluginPassesWhateverItDidWithout() {
        PluginOnOff comparison = new PluginOnOff(run(A, Outcome.PASSED, B, Outcome.PASSED),
                run(A, Outcome.PASSED, B, Outcome.FAILED));

        assertEquals(Verdict.PASSES_WITH_THE_PLUGIN, comparison.verdict(A));
        assertEquals(Verdict.PASSES_WITH_THE_PLUGIN, comparison.verdict(B));
        assertEquals(List.of(), comparison.suspects());
    }

    @Test
    void aTestThatFailsInBothModesIsNotThePluginsDoing() {
        PluginOnOff comparison = new PluginOnOff(run(A, Outcome.FAILED, B, Outcome.IMPOSSIBLE),
                run(A, Outcome.FAILED, B, Outcome.IMPOSSIBLE));

        assertEquals(Verdict.NOT_RELIABLE_WITHOUT_THE_PLUGIN, comparison.verdict(A));
        assertEquals(Verdict.NOT_RELIABLE_WITHOUT_THE_PLUGIN, comparison.verdict(B));
    }

    @Test
    void aTestThatPassesOffAndFailsOnIsASuspectUntilRunAgain() {
        PluginOnOff comparison = new PluginOnOff(run(A, Outcome.FAILED, C, Outcome.PASSED),
                run(A, Outcome.PASSED, C, Outcome.PASSED));

        assertEquals(Verdict.BROKEN_BY_THE_PLUGIN, comparison.verdict(A));
        assertEquals(List.of("T.a"), comparison.suspects());
        assertEquals("plugin on: passed 0 of 1, last failed: why; plugin off: passed 1 of 1", comparison.explain(A));
    }

    @Test
    void aSuspectThatPassesWhenRunAgainWithThePluginPasses() {
        PluginOnOff comparison = new PluginOnOff(run(A, Outcome.FAILED), run(A, Outcome.PASSED))
                .with(run(A, Outcome.PASSED), run(A, Outcome.PASSED));

        assertEquals(Verdict.PASSES_WITH_THE_PLUGIN, comparison.verdict(A));
    }

    @Test
    void aSuspectThatFailsWhenRunAgainWithoutThePluginIsARacingTest() {
        PluginOnOff comparison = new PluginOnOff(run(A, Outcome.FAILED), run(A, Outcome.PASSED))
                .with(run(A, Outcome.FAILED), run(A, Outcome.FAILED));

        assertEquals(Verdict.NOT_RELIABLE_WITHOUT_THE_PLUGIN, comparison.verdict(A));
        assertEquals(List.of(), comparison.suspects());
    }

    @Test
    void aSuspectThatKeepsPassingWithoutAndFailingWithThePluginIsBrokenByIt() {
        PluginOnOff comparison = new PluginOnOff(run(A, Outcome.FAILED, B, Outcome.PASSED), run(A, Outcome.PASSED, B, Outcome.PASSED))
                .with(run(A, Outcome.FAILED), run(A, Outcome.PASSED));

        assertEquals(Verdict.BROKEN_BY_THE_PLUGIN, comparison.verdict(A));
        assertEquals("Smack org.jivesoftware.smackx.muc integration tests, plugin on:  1 passed, 1 failed, 0 impossible\n"
                + "Smack org.jivesoftware.smackx.muc integration tests, plugin off: 2 passed, 0 failed, 0 impossible\n"
                + "Suspects run again 1 time(s) in each mode\n"
                + "Passing with the plugin off but not with it on: 1 [T.a (Normal)]", comparison.summary());
    }
}
