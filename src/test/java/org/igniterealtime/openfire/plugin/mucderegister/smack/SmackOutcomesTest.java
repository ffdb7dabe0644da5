package org.igniterealtime.openfire.plugin.mucderegister.smack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.igniterealtime.openfire.plugin.mucderegister.smack.SmackOutcomes.Outcome;
import org.igniterealtime.openfire.plugin.mucderegister.smack.SmackOutcomes.Result;
import org.junit.jupiter.api.Test;

class SmackOutcomesTest {

    @Test
    void readsTheOutcomeLinesAndIgnoresSmacksLog() {
        SmackOutcomes outcomes = SmackOutcomes.parse(List.of(
                "INFO: MultiUserChatIntegrationTest.mucTest (Normal) Start",
                SmackOutcomes.line(Outcome.PASSED, "MultiUserChatIntegrationTest.mucTest (Normal)", ""),
                SmackOutcomes.line(Outcome.FAILED, "A.b (Normal)", "java.util.concurrent.TimeoutException:\n\tTimeout"),
                SmackOutcomes.line(Outcome.IMPOSSIBLE, "C (every test)", "no MUC service")));

        assertEquals(Map.of("MultiUserChatIntegrationTest.mucTest (Normal)", new Result(Outcome.PASSED, ""),
                "A.b (Normal)", new Result(Outcome.FAILED, "java.util.concurrent.TimeoutException: Timeout"),
                "C (every test)", new Result(Outcome.IMPOSSIBLE, "no MUC service")), outcomes.results());
        assertEquals("1 passed, 1 failed, 1 impossible", outcomes.counts());
    }

    @Test
    void aTestReportedTwiceIsAnError() {
        String line = SmackOutcomes.line(Outcome.PASSED, "A.b (Normal)", "");

        assertThrows(IllegalArgumentException.class, () -> SmackOutcomes.parse(List.of(line, line)));
    }
}
