package org.igniterealtime.openfire.plugin.mucderegister.scansion;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.dom4j.Element;
import org.igniterealtime.openfire.plugin.mucderegister.xmpp.XmppClient;

/**
 * One run of a script: executes its steps one at a time, in script order, keeping the connected
 * clients, their JIDs and the captures between steps.
 *
 * <p>A {@code receives} takes stanzas from that client's own queue only, so order matters within
 * a client and not between clients. A received stanza that does not match the next expected one
 * is skipped (and noted); the expected one must still arrive within the timeout, which applies to
 * each expected stanza. Stanzas left unconsumed when a client disconnects or the run ends do not
 * fail it: a script proves what arrives, never what does not.
 */
public final class ScriptRun implements AutoCloseable {

    private final Script script;
    private final Connector connector;
    private final Duration timeout;
    private final Map<String, XmppClient> connections = new LinkedHashMap<>();
    private final Variables variables;
    private final StanzaMatcher matcher = new StanzaMatcher(new Captures());

    /**
     * A run of {@code script} whose clients {@code connector} logs in.
     *
     * @param timeout how long each expected stanza may take to arrive
     */
    public ScriptRun(Script script, Connector connector, Duration timeout) {
        this.script = script;
        this.connector = connector;
        this.timeout = timeout;
        this.variables = new Variables(script.clients());
    }

    /**
     * Executes the next step.
     *
     * @return notes about the step that are not failures: the unexpected stanzas it skipped
     * @throws StepFailure if the step did not do what the script says
     */
    public List<String> execute(Step step) throws StepFailure {
        switch (step.action()) {
            case CONNECTS:
                connect(step);
                return List.of();
            case DISCONNECTS:
                connectionOf(step).close();
                connections.remove(step.client());
                return List.of();
            case SENDS:
                send(step);
                return List.of();
            default:
                return receive(step);
        }
    }

    /** Disconnects every client still connected. */
    @Override
    public void close() {
        connections.values().forEach(XmppClient::close);
        connections.clear();
    }

    private void connect(Step step) throws StepFailure {
        if (connections.containsKey(step.client())) {
            throw failure(step, step.client() + " is already connected");
        }
        ClientSpec client = script.client(step.client()).orElseThrow();
        try {
            XmppClient connection = connector.connect(client);
            connections.put(step.client(), connection);
            variables.connected(step.client(), connection.fullJid());
        } catch (IOException e) {
            throw new StepFailure(where(step) + ": " + client.name() + " (" + client.jid()
                + ") could not log in: " + e.getMessage(), e);
        }
    }

    private void send(Step step) throws StepFailure {
        XmppClient connection = connectionOf(step);
        for (ScriptStanza stanza : stanzasOf(step)) {
            try {
                connection.send(ScansionDirectives.withoutDirectives(stanza.element()).asXML());
            } catch (IOException e) {
                throw new StepFailure(script.name() + ":" + stanza.line() + ": sending failed: " + e.getMessage(), e);
            }
        }
    }

    private List<String> receive(Step step) throws StepFailure {
        XmppClient connection = connectionOf(step);
        List<ScriptStanza> expected = stanzasOf(step);
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < expected.size(); i++) {
            String which = expected.size() == 1 ? "" : ", stanza " + (i + 1) + " of " + expected.size();
            List<Element> skipped = awaitMatch(connection, step, expected.get(i), which);
            for (Element element : skipped) {
                notes.add(script.name() + ":" + expected.get(i).line() + ": " + step.client()
                    + " skipped an unexpected stanza: " + StanzaFormat.compact(element));
            }
        }
        return notes;
    }

    /** Waits for a stanza matching {@code expected}; returns the ones skipped on the way. */
    private List<Element> awaitMatch(XmppClient connection, Step step, ScriptStanza expected, String which)
        throws StepFailure {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<Element> skipped = new ArrayList<>();
        while (true) {
            long remaining = deadline - System.nanoTime();
            // Even past the deadline, stanzas already queued are still looked at.
            Element received = connection.receive(Duration.ofNanos(Math.max(0, remaining)));
            if (received == null) {
                boolean ended = deadline - System.nanoTime() > 0;
                throw new StepFailure(noMatchReport(step, expected, which, skipped, ended));
            }
            if (matcher.match(expected.element(), received).isEmpty()) {
                return skipped;
            }
            skipped.add(received);
        }
    }

    private String noMatchReport(Step step, ScriptStanza expected, String which, List<Element> skipped,
                                 boolean connectionEnded) {
        StringBuilder report = new StringBuilder();
        report.append(script.name()).append(':').append(expected.line()).append(": ").append(step.client())
            .append(" receives").append(which).append(": ")
            .append(connectionEnded ? "the connection ended before a matching stanza arrived"
                : "no matching stanza within " + timeout.toMillis() + " ms")
            .append("\nexpected:\n").append(StanzaFormat.pretty(expected.element(), "    "));
        Optional<Element> closest = closest(expected.element(), skipped);
        if (closest.isEmpty()) {
            report.append("\nreceived nothing else meanwhile");
            return report.toString();
        }
        report.append("\nclosest received:\n").append(StanzaFormat.pretty(closest.get(), "    "))
            .append("\nfirst difference ").append(matcher.match(expected.element(), closest.get()).orElseThrow());
        if (skipped.size() > 1) {
            report.append("\nalso received meanwhile:");
            skipped.stream().filter(e -> e != closest.get())
                .forEach(e -> report.append("\n    ").append(StanzaFormat.compact(e)));
        }
        return report.toString();
    }

    private static Optional<Element> closest(Element expected, List<Element> candidates) {
        Element best = null;
        int bestScore = -1;
        for (Element candidate : candidates) {
            int score = Closeness.score(expected, candidate);
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    private List<ScriptStanza> stanzasOf(Step step) throws StepFailure {
        try {
            return StanzaBlockParser.parse(variables.substitute(step.xml()), step.xmlFirstLine());
        } catch (IllegalArgumentException e) {
            throw failure(step, e.getMessage());
        }
    }

    private XmppClient connectionOf(Step step) throws StepFailure {
        XmppClient connection = connections.get(step.client());
        if (connection == null) {
            throw failure(step, step.client() + " is not connected (a '" + step.client()
                + " connects' step must come first)");
        }
        return connection;
    }

    private StepFailure failure(Step step, String problem) {
        return new StepFailure(where(step) + ": " + problem);
    }

    private String where(Step step) {
        return script.name() + ":" + step.line() + ": " + step.client() + " " + step.action().verb();
    }
}
