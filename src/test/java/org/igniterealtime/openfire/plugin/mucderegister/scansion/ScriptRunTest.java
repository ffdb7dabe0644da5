package org.igniterealtime.openfire.plugin.mucderegister.scansion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class ScriptRunTest {

    private static final String HEADER = "[Client] Romeo\n\tjid: user@localhost\n\tpassword: p\n"
        + "[Client] Juliet\n\tjid: user2@localhost\n\tpassword: p\n-----\n";
    private static final String ROMEO = "user@localhost/r1";
    private static final String JULIET = "user2@localhost/j1";

    private ReplayConnector connector = new ReplayConnector().client("Romeo", ROMEO).client("Juliet", JULIET);
    private Duration timeout = Duration.ofMillis(300);

    @Test
    void sendsSubstitutedStanzasWithoutDirectives() throws StepFailure {
        runAll("Romeo connects\nRomeo sends:\n\t<message to=\"${Juliet's JID}\" scansion:strict='true'>"
            + "<body>${Romeo's full JID}</body></message>\n\t<presence/>\n");

        assertEquals("<message xmlns=\"jabber:client\" to=\"user2@localhost\"><body>user@localhost/r1</body></message>"
            + "<presence xmlns=\"jabber:client\"/>", connector.connection("Romeo").sent());
    }

    @Test
    void skipsAndReportsStanzasThatDoNotMatch() throws StepFailure {
        connector = new ReplayConnector().client("Romeo", ROMEO, "<message id='noise'/>", "<iq id='1' type='result'/>");

        List<String> notes = runAll("Romeo connects\nRomeo receives:\n\t<iq id='1'/>\n");

        assertEquals(List.of("test.scs:10: Romeo skipped an unexpected stanza: <message xmlns=\"jabber:client\""
            + " id=\"noise\"/>"), notes);
    }

    @Test
    void receivesOnlyFromTheActingClientsQueue() {
        connector = new ReplayConnector().client("Romeo", ROMEO).client("Juliet", JULIET, "<iq id='1'/>");

        StepFailure failure = assertThrows(StepFailure.class,
            () -> runAll("Romeo connects\nJuliet connects\nRomeo receives:\n\t<iq id='1'/>\n"));

        assertTrue(failure.getMessage().startsWith("test.scs:11: Romeo receives: no matching stanza"), failure.getMessage());
        assertEquals("1", connector.connection("Juliet").client().receive(Duration.ZERO).attributeValue("id"));
    }

    @Test
    void waitsForALateStanzaWithinTheTimeout() throws Exception {
        timeout = Duration.ofSeconds(5);
        Script script = parse("Romeo connects\nRomeo receives:\n\t<iq id='late'/>\n");
        try (ScriptRun run = new ScriptRun(script, connector, timeout)) {
            run.execute(script.steps().get(0));
            CompletableFuture.runAsync(() -> connector.connection("Romeo").deliver("<iq id='late'/>"),
                CompletableFuture.delayedExecutor(200, TimeUnit.MILLISECONDS));

            run.execute(script.steps().get(1));
        }
    }

    @Test
    void failsWhenNothingMatchesWithinTheConfiguredTimeout() {
        timeout = Duration.ofMillis(400);
        long start = System.nanoTime();

        StepFailure failure = assertThrows(StepFailure.class, () -> runAll("Romeo connects\nRomeo receives:\n\t<iq/>\n"));

        long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(elapsedMillis >= 400 && elapsedMillis < 3000, "waited " + elapsedMillis + " ms");
        assertEquals("test.scs:10: Romeo receives: no matching stanza within 400 ms\nexpected:\n    <iq xmlns=\"jabber:client\"/>"
            + "\nreceived nothing else meanwhile", failure.getMessage());
    }

    @Test
    void namesTheStanzaOfABlockThatFailed() {
        connector = new ReplayConnector().client("Romeo", ROMEO, "<iq id='1'/>", "<iq id='3'/>");

        StepFailure failure = assertThrows(StepFailure.class,
            () -> runAll("Romeo connects\nRomeo receives:\n\t<iq id='1'/>\n\t<iq id='2'/>\n"));

        assertTrue(failure.getMessage().startsWith("test.scs:11: Romeo receives, stanza 2 of 2: no matching stanza"),
            failure.getMessage());
        assertTrue(failure.getMessage().contains("first difference at /iq: attribute 'id' is '3', expected '2'"),
            failure.getMessage());
    }

    @Test
    void captureMadeInOneStepBindsLaterSteps() {
        connector = new ReplayConnector().client("Romeo", ROMEO, "<iq id='a1'/>", "<message id='b2'/>");

        StepFailure failure = assertThrows(StepFailure.class, () -> runAll("Romeo connects\n"
            + "Romeo receives:\n\t<iq id='{scansion:capture:id}'/>\n"
            + "Romeo receives:\n\t<message id='{scansion:capture:id}'/>\n"));

        assertTrue(failure.getMessage().contains("attribute 'id' is 'b2', expected '{scansion:capture:id}'"
            + " (captured earlier: 'a1')"), failure.getMessage());
    }

    @Test
    void sendingOrReceivingBeforeConnectingIsAnError() {
        StepFailure send = assertThrows(StepFailure.class, () -> runAll("Romeo sends:\n\t<presence/>\n"));
        StepFailure receive = assertThrows(StepFailure.class, () -> runAll("Romeo receives:\n\t<presence/>\n"));

        assertEquals("test.scs:8: Romeo sends: Romeo is not connected (a 'Romeo connects' step must come first)",
            send.getMessage());
        assertTrue(receive.getMessage().startsWith("test.scs:8: Romeo receives: Romeo is not connected"));
    }

    @Test
    void failedLoginIsAStepFailure() {
        connector = new ReplayConnector();

        StepFailure failure = assertThrows(StepFailure.class, () -> runAll("Romeo connects\n"));

        assertEquals("test.scs:8: Romeo connects: Romeo (user@localhost) could not log in: no such account: user@localhost",
            failure.getMessage());
    }

    @Test
    void leftoverStanzasDoNotFailAndDisconnectingClosesTheConnection() throws StepFailure {
        connector = new ReplayConnector().client("Romeo", ROMEO, "<iq id='1'/>", "<message/>", "<presence/>");

        runAll("Romeo connects\nRomeo receives:\n\t<iq id='1'/>\nRomeo disconnects\n");

        assertTrue(connector.connection("Romeo").isClosed());
    }

    @Test
    void closingTheRunDisconnectsRemainingClients() throws StepFailure {
        Script script = parse("Romeo connects\n");
        ScriptRun run = new ScriptRun(script, connector, timeout);
        run.execute(script.steps().get(0));
        assertFalse(connector.connection("Romeo").isClosed());

        run.close();

        assertTrue(connector.connection("Romeo").isClosed());
    }

    private List<String> runAll(String steps) throws StepFailure {
        Script script = parse(steps);
        List<String> notes = new ArrayList<>();
        try (ScriptRun run = new ScriptRun(script, connector, timeout)) {
            for (Step step : script.steps()) {
                notes.addAll(run.execute(step));
            }
        }
        return notes;
    }

    private static Script parse(String steps) {
        return ScriptParser.parse("test.scs", HEADER + steps);
    }
}
