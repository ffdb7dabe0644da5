package org.igniterealtime.openfire.plugin.mucderegister.scansion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class ScansionTestsTest {

    private static final String SCRIPT = "# Echo\n[Client] Romeo\n\tjid: user@localhost\n\tpassword: p\n-----\n"
        + "Romeo connects\nRomeo receives:\n\t<iq id='1'/>\nRomeo receives:\n\t<iq id='2'/>\nRomeo disconnects\n";

    @Test
    void scriptBecomesAContainerWithOneTestPerStep() {
        DynamicContainer container = container(new ReplayConnector().client("Romeo", "user@localhost/r"));

        assertEquals("Echo [echo.scs]", container.getDisplayName());
        assertEquals(List.of("echo.scs:6 Romeo connects", "echo.scs:7 Romeo receives", "echo.scs:9 Romeo receives",
            "echo.scs:11 Romeo disconnects"), steps(container).stream().map(DynamicNode::getDisplayName)
            .collect(Collectors.toList()));
    }

    @Test
    void stepsPassInOrderAndTheLastOneDisconnects() throws Throwable {
        ReplayConnector connector = new ReplayConnector().client("Romeo", "user@localhost/r", "<iq id='1'/>", "<iq id='2'/>");

        for (DynamicTest step : steps(container(connector))) {
            step.getExecutable().execute();
        }

        assertTrue(connector.connection("Romeo").isClosed());
    }

    @Test
    void aFailedStepFailsItsTestAbortsTheRestAndDisconnects() throws Throwable {
        ReplayConnector connector = new ReplayConnector().client("Romeo", "user@localhost/r", "<iq id='9'/>");
        List<DynamicTest> steps = steps(container(connector));
        steps.get(0).getExecutable().execute();

        AssertionFailedError failure = assertThrows(AssertionFailedError.class, () -> steps.get(1).getExecutable().execute());
        TestAbortedException aborted = assertThrows(TestAbortedException.class, () -> steps.get(2).getExecutable().execute());

        assertTrue(failure.getMessage().startsWith("echo.scs:8: Romeo receives: no matching stanza"), failure.getMessage());
        assertEquals("not run: echo.scs:7 Romeo receives failed", aborted.getMessage());
        assertTrue(connector.connection("Romeo").isClosed());
    }

    @Test
    void scriptsListsEveryScriptOfADirectory() {
        List<String> names = ScansionTests.scripts("scansion", "127.0.0.1", 5222, "localhost")
            .map(DynamicNode::getDisplayName).collect(Collectors.toList());

        assertTrue(names.contains("MUC: Members-only rooms kick members who deregister [muc_members_only_deregister.scs]"),
            names.toString());
    }

    @Test
    void timeoutComesFromASystemProperty() {
        String before = System.getProperty(ScansionTests.TIMEOUT_PROPERTY);
        try {
            System.setProperty(ScansionTests.TIMEOUT_PROPERTY, "1234");
            assertEquals(Duration.ofMillis(1234), ScansionTests.timeout());
            System.clearProperty(ScansionTests.TIMEOUT_PROPERTY);
            assertEquals(ScansionTests.DEFAULT_TIMEOUT, ScansionTests.timeout());
        } finally {
            if (before != null) {
                System.setProperty(ScansionTests.TIMEOUT_PROPERTY, before);
            }
        }
    }

    private static DynamicContainer container(Connector connector) {
        return ScansionTests.container(ScriptParser.parse("echo.scs", SCRIPT), null, connector, Duration.ofMillis(200));
    }

    private static List<DynamicTest> steps(DynamicContainer container) {
        return container.getChildren().map(DynamicTest.class::cast).collect(Collectors.toList());
    }
}
