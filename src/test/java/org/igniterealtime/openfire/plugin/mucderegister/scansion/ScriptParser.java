package org.igniterealtime.openfire.plugin.mucderegister.scansion;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the text of a scansion script into a {@link Script}: an optional {@code #} title line,
 * the header of {@code [Client]} declarations up to a line of three or more dashes, then steps, each an action line followed by
 * its indented XML block if it has one. XML blocks are kept as text: variables are substituted
 * and stanzas parsed only when the step runs.
 */
public final class ScriptParser {

    private static final Pattern CLIENT = Pattern.compile("^\\[Client]\\s*(.+?)\\s*$");
    private static final Pattern PROPERTY = Pattern.compile("^\\s+([\\w-]+)\\s*:\\s*(.*?)\\s*$");
    private static final Pattern SEPARATOR = Pattern.compile("^-{3,}\\s*$");
    private static final Pattern ACTION =
        Pattern.compile("^(.+?)\\s+(connects|disconnects|sends|receives)\\s*:?\\s*$");

    private final String scriptName;
    private final List<ClientDraft> clients = new ArrayList<>();
    private final List<StepDraft> steps = new ArrayList<>();
    private String title;
    private boolean inBody;
    private int blankLinesInBlock;

    private ScriptParser(String scriptName) {
        this.scriptName = scriptName;
    }

    /**
     * Parses a script.
     *
     * @param scriptName where the text came from, for titles and error messages
     * @throws ScriptSyntaxException if the text is not a well-formed script
     */
    public static Script parse(String scriptName, String text) {
        ScriptParser parser = new ScriptParser(scriptName);
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            parser.parseLine(i + 1, lines[i]);
        }
        return parser.finish(lines.length);
    }

    private void parseLine(int number, String line) {
        if (line.isBlank()) {
            blankLinesInBlock++;
            return;
        }
        boolean indented = line.charAt(0) == '\t' || line.charAt(0) == ' ';
        if (indented) {
            onIndented(number, line);
            return;
        }
        StepDraft block = openBlock();
        if (block != null) {
            block.blockClosed = true;
        }
        if (line.startsWith("#") || line.startsWith("//")) {
            boolean beforeClients = !inBody && clients.isEmpty();
            if (title == null && beforeClients && line.startsWith("#")) {
                title = line.substring(1).trim();
            }
        } else if (inBody) {
            onAction(number, line);
        } else {
            onHeaderLine(number, line);
        }
    }

    private void onHeaderLine(int number, String line) {
        Matcher client = CLIENT.matcher(line);
        if (SEPARATOR.matcher(line).matches()) {
            inBody = true;
        } else if (client.matches()) {
            clients.add(new ClientDraft(client.group(1), number));
        } else {
            throw error(number, "expected '[Client] Name', a comment or '-----', found: " + line);
        }
    }

    private void onIndented(int number, String line) {
        if (!inBody) {
            onClientProperty(number, line);
            return;
        }
        StepDraft block = openBlock();
        if (block == null) {
            throw error(number, "indented XML outside a 'sends' or 'receives' block: " + line.trim());
        }
        if (block.xml.length() == 0) {
            block.xmlFirstLine = number;
        } else {
            // Blank lines inside a block are kept so that XML line numbers stay script line numbers.
            block.xml.append("\n".repeat(blankLinesInBlock + 1));
        }
        blankLinesInBlock = 0;
        block.xml.append(line);
    }

    private void onClientProperty(int number, String line) {
        Matcher property = PROPERTY.matcher(line);
        if (clients.isEmpty() || !property.matches()) {
            throw error(number, "expected an indented 'key: value' line of a [Client], found: " + line.trim());
        }
        ClientDraft client = clients.get(clients.size() - 1);
        String value = property.group(2);
        switch (property.group(1)) {
            case "jid":
                client.jid = value;
                break;
            case "password":
                client.password = value;
                break;
            case "resource":
                client.resource = value;
                break;
            default:
                throw error(number, "unknown client property '" + property.group(1)
                    + "' (known: jid, password, resource)");
        }
    }

    private void onAction(int number, String line) {
        Matcher action = ACTION.matcher(line);
        if (!action.matches()) {
            throw error(number, "expected '<client> connects|sends:|receives:|disconnects', found: " + line);
        }
        String client = action.group(1);
        if (clients.stream().noneMatch(c -> c.name.equals(client))) {
            throw error(number, "'" + client + "' is not a [Client] of this script");
        }
        steps.add(new StepDraft(number, client, Step.Action.valueOf(action.group(2).toUpperCase())));
        blankLinesInBlock = 0;
    }

    private StepDraft openBlock() {
        if (steps.isEmpty()) {
            return null;
        }
        StepDraft last = steps.get(steps.size() - 1);
        return last.action.hasXml() && !last.blockClosed ? last : null;
    }

    private Script finish(int lineCount) {
        if (!inBody) {
            throw error(lineCount, "no '-----' line ends the header");
        }
        List<ClientSpec> clientSpecs = new ArrayList<>();
        for (ClientDraft client : clients) {
            clientSpecs.add(client.toSpec());
        }
        List<Step> stepList = new ArrayList<>();
        for (StepDraft step : steps) {
            stepList.add(step.toStep());
        }
        return new Script(scriptName, title == null ? scriptName : title, clientSpecs, stepList);
    }

    private ScriptSyntaxException error(int line, String problem) {
        return new ScriptSyntaxException(scriptName, line, problem);
    }

    /** A [Client] whose properties are still being read. */
    private final class ClientDraft {
        private final String name;
        private final int line;
        private String jid;
        private String password;
        private String resource;

        ClientDraft(String name, int line) {
            this.name = name;
            this.line = line;
        }

        ClientSpec toSpec() {
            if (jid == null || !jid.contains("@") || password == null) {
                throw error(line, "client '" + name + "' needs a 'jid: user@domain' and a 'password:'");
            }
            String jidResource = jid.contains("/") ? jid.substring(jid.indexOf('/') + 1) : null;
            return new ClientSpec(name, jid, password, resource != null ? resource : jidResource, line);
        }
    }

    /** A step whose XML block may still be growing. */
    private final class StepDraft {
        private final int line;
        private final String client;
        private final Step.Action action;
        private final StringBuilder xml = new StringBuilder();
        private int xmlFirstLine;
        private boolean blockClosed;

        StepDraft(int line, String client, Step.Action action) {
            this.line = line;
            this.client = client;
            this.action = action;
        }

        Step toStep() {
            if (action.hasXml() && xml.length() == 0) {
                throw error(line, client + " " + action.verb() + " needs an indented XML block");
            }
            return action.hasXml()
                ? new Step(line, client, action, xml.toString(), xmlFirstLine)
                : new Step(line, client, action, null, 0);
        }
    }
}
