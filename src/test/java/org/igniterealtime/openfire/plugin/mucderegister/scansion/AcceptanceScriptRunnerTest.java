package org.igniterealtime.openfire.plugin.mucderegister.scansion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;

/**
 * The runner against the acceptance script, replayed from what Openfire with the plugin sends:
 * it passes the project's copy, and rejects copies mutated the ways a careless runner would miss.
 */
class AcceptanceScriptRunnerTest {

    private static final String RESOURCE = "scansion/muc_members_only_deregister.scs";
    private static final String JULIET_EJECTED = "<x xmlns='http://jabber.org/protocol/muc#user'>\n"
        + "\t\t\t<status code='321'/>\n"
        + "\t\t\t<item affiliation='none' role='none' jid=\"${Juliet's full JID}\" />\n"
        + "\t\t\t<status code='110'/>";
    private static final String ROMEO_TOLD = "<x xmlns='http://jabber.org/protocol/muc#user'>\n"
        + "\t\t\t<status code='321'/>\n"
        + "\t\t\t<item affiliation='none' role='none' jid=\"${Juliet's full JID}\" />\n"
        + "\t\t  </x>";

    private final String script = resourceText();

    @Test
    void passesTheProjectsCopyOfTheScript() {
        assertNull(failureOf(script));
    }

    @Test
    void theCopyCarriesTheAllowedAnnotationOnlyOnTheFirstRomeoReceives() {
        String[] lines = script.split("\n");

        assertEquals(1, script.split("scansion:", -1).length - 1, "exactly one annotation");
        assertEquals("Romeo receives:", lines[19]);
        assertEquals("\t\t<x xmlns='http://jabber.org/protocol/muc#user' scansion:strict='false'>", lines[21]);
    }

    @Test
    void failsTheUnannotatedScriptOnOpenfiresRoomCreationPresence() {
        String unannotated = script.replace(" scansion:strict='false'", "");

        String failure = failureOf(unannotated);

        assertTrue(failure.startsWith("muc_members_only_deregister.scs:21: Romeo receives: no matching stanza"), failure);
        assertTrue(failure.contains("first difference at /presence/{http://jabber.org/protocol/muc#user}x/status[1]:"
            + " expected element <status xmlns='http://jabber.org/protocol/muc#user'> but received <item"), failure);
    }

    @Test
    void failsOnAWrongStatusCode() {
        String mutated = replaceOnce(JULIET_EJECTED, JULIET_EJECTED.replace("'321'", "'322'"));

        String failure = failureOf(mutated);

        assertTrue(failure.startsWith("muc_members_only_deregister.scs:100: Juliet receives: no matching stanza"
            + " within 200 ms"), failure);
        assertTrue(failure.contains("first difference at /presence/{http://jabber.org/protocol/muc#user}x/status[1]:"
            + " attribute 'code' is '321', expected '322'"), failure);
    }

    @Test
    void failsWhenAStrictChildLacksAnExpectedAttribute() {
        String mutated = replaceOnce(ROMEO_TOLD, ROMEO_TOLD.replace("<item ", "<item nick='Juliet' "));

        String failure = failureOf(mutated);

        assertTrue(failure.contains("}x/item: attribute 'nick' is missing, expected 'Juliet'"), failure);
    }

    @Test
    void failsWhenAStrictChildHasAnAttributeTheScriptLeftOut() {
        String mutated = replaceOnce(ROMEO_TOLD, ROMEO_TOLD.replace("role='none' ", ""));

        String failure = failureOf(mutated);

        assertTrue(failure.startsWith("muc_members_only_deregister.scs:112:"), failure);
        assertTrue(failure.contains("}x/item: unexpected attribute role='none'"), failure);
    }

    @Test
    void failsOnAnExtraExpectedChildOfAStrictElement() {
        String mutated = replaceOnce(ROMEO_TOLD, ROMEO_TOLD.replace("\t\t  </x>", "\t\t\t<status code='110'/>\n\t\t  </x>"));

        String failure = failureOf(mutated);

        assertTrue(failure.contains("}x/status[2]: missing child <status xmlns=\"http://jabber.org/protocol/muc#user\""
            + " code=\"110\"/> (strict element: expected 3 children in order, received 2)"), failure);
    }

    @Test
    void failsOnAnExtraExpectedChildOfALenientStanza() {
        String mutated = script.replace("<iq type='result' from='room@conference.localhost' id='unreg1'/>",
            "<iq type='result' from='room@conference.localhost' id='unreg1'><query xmlns='jabber:iq:register'/></iq>");

        String failure = failureOf(mutated);

        assertTrue(failure.contains("first difference at /iq/{jabber:iq:register}query: missing child"), failure);
    }

    @Test
    void failsOnTwoChildrenSwappedInsideAStrictElement() {
        String swapped = JULIET_EJECTED.replace("\t\t\t<status code='321'/>\n\t\t\t<item affiliation='none' role='none'"
            + " jid=\"${Juliet's full JID}\" />", "\t\t\t<item affiliation='none' role='none' jid=\"${Juliet's full"
            + " JID}\" />\n\t\t\t<status code='321'/>");
        assertNotEquals(JULIET_EJECTED, swapped);

        String failure = failureOf(replaceOnce(JULIET_EJECTED, swapped));

        assertTrue(failure.contains("first difference at /presence/{http://jabber.org/protocol/muc#user}x/item:"
            + " expected element <item xmlns='http://jabber.org/protocol/muc#user'> but received <status"), failure);
    }

    @Test
    void passesWhenALenientTopLevelStanzaLosesAnAttribute() {
        String mutated = script.replace("<presence type='unavailable' from='room@conference.localhost/Juliet'>\n"
            + "\t\t<x xmlns='http://jabber.org/protocol/muc#user'>\n\t\t\t<status code='321'/>\n\t\t\t<item "
            + "affiliation='none' role='none' jid=\"${Juliet's full JID}\" />\n\t\t  </x>",
            "<presence from='room@conference.localhost/Juliet'>\n"
            + "\t\t<x xmlns='http://jabber.org/protocol/muc#user'>\n\t\t\t<status code='321'/>\n\t\t\t<item "
            + "affiliation='none' role='none' jid=\"${Juliet's full JID}\" />\n\t\t  </x>");
        assertNotEquals(script, mutated);

        assertNull(failureOf(mutated));
    }

    @Test
    void reportsTheSkippedRoomLockedMessage() throws StepFailure {
        Script parsed = ScriptParser.parse("muc_members_only_deregister.scs", script);
        StringBuilder notes = new StringBuilder();
        try (ScriptRun run = new ScriptRun(parsed, OpenfireReplay.acceptanceScript(), Duration.ofMillis(200))) {
            for (Step step : parsed.steps()) {
                run.execute(step).forEach(notes::append);
            }
        }

        assertTrue(notes.toString().startsWith("muc_members_only_deregister.scs:30: Romeo skipped an unexpected"
            + " stanza: <message"), notes.toString());
        assertTrue(notes.toString().contains("This room is locked"), notes.toString());
    }

    /** The failure report of running {@code text} against the replay, or null if it passes. */
    private static String failureOf(String text) {
        Script parsed = ScriptParser.parse("muc_members_only_deregister.scs", text);
        try (ScriptRun run = new ScriptRun(parsed, OpenfireReplay.acceptanceScript(), Duration.ofMillis(200))) {
            for (Step step : parsed.steps()) {
                run.execute(step);
            }
            return null;
        } catch (StepFailure failure) {
            return failure.getMessage();
        }
    }

    private String replaceOnce(String original, String replacement) {
        int at = script.indexOf(original);
        assertTrue(at >= 0, "the script contains the text to mutate");
        return script.substring(0, at) + replacement + script.substring(at + original.length());
    }

    private static String resourceText() {
        try {
            return new String(AcceptanceScriptRunnerTest.class.getClassLoader().getResourceAsStream(RESOURCE)
                .readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
