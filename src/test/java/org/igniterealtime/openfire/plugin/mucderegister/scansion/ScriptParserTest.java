package org.igniterealtime.openfire.plugin.mucderegister.scansion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class ScriptParserTest {

    private static final String SCRIPT = String.join("\n",
        "# A title",                                       // 1
        "// a comment",                                    // 2
        "[Client] Romeo",                                  // 3
        "\tjid: user@localhost",                           // 4
        "\tpassword: password",                            // 5
        "",                                                // 6
        "[Client] Juliet's phone",                         // 7
        "\tjid: juliet@localhost/balcony",                 // 8
        "\tpassword: pw",                                  // 9
        "",                                                // 10
        "[Client] Nurse",                                  // 11
        "\tjid: nurse@localhost/a",                        // 12
        "\tpassword: pw",                                  // 13
        "\tresource: b",                                   // 14
        "---------",                                       // 15
        "Romeo connects",                                  // 16
        "# a comment between steps",                       // 17
        "Romeo sends:",                                    // 18
        "\t<presence/>",                                   // 19
        "",                                                // 20
        "\t<message to='x'>",                              // 21
        "\t\t<body>hi</body>",                             // 22
        "\t</message>",                                    // 23
        "Juliet's phone receives",                         // 24
        "\t<message/>",                                    // 25
        "Romeo disconnects",                               // 26
        "");

    @Test
    void readsTitleClientsAndSteps() {
        Script script = ScriptParser.parse("x.scs", SCRIPT);

        assertEquals("x.scs", script.name());
        assertEquals("A title", script.title());
        assertEquals(List.of(
            new ClientSpec("Romeo", "user@localhost", "password", null, 3),
            new ClientSpec("Juliet's phone", "juliet@localhost/balcony", "pw", "balcony", 7),
            new ClientSpec("Nurse", "nurse@localhost/a", "pw", "b", 11)), script.clients());
        assertEquals(List.of(
            new Step(16, "Romeo", Step.Action.CONNECTS, null, 0),
            new Step(18, "Romeo", Step.Action.SENDS, "\t<presence/>\n\n\t<message to='x'>\n\t\t<body>hi</body>\n\t</message>", 19),
            new Step(24, "Juliet's phone", Step.Action.RECEIVES, "\t<message/>", 25),
            new Step(26, "Romeo", Step.Action.DISCONNECTS, null, 0)), script.steps());
    }

    @Test
    void namesStepsByScriptLineClientAndAction() {
        Step step = ScriptParser.parse("x.scs", SCRIPT).steps().get(2);

        assertEquals("x.scs:24 Juliet's phone receives", step.describe("x.scs"));
    }

    @Test
    void clientGivesTheJidsParts() {
        ClientSpec nurse = ScriptParser.parse("x.scs", SCRIPT).client("Nurse").orElseThrow();

        assertEquals("nurse", nurse.username());
        assertEquals("localhost", nurse.domain());
    }

    @Test
    void scriptWithoutTitleIsNamedAfterItsFile() {
        assertEquals("x.scs", ScriptParser.parse("x.scs", SCRIPT.replace("# A title\n", "")).title());
    }

    @Test
    void rejectsAStepOfAnUndeclaredClient() {
        assertSyntaxError(SCRIPT.replace("Romeo disconnects", "Tybalt disconnects"),
            "x.scs:26: 'Tybalt' is not a [Client] of this script");
    }

    @Test
    void rejectsAnUnknownAction() {
        assertSyntaxError(SCRIPT.replace("Romeo disconnects", "Romeo dances"),
            "x.scs:26: expected '<client> connects|sends:|receives:|disconnects', found: Romeo dances");
    }

    @Test
    void rejectsASendWithoutXml() {
        assertSyntaxError(SCRIPT.replace("\t<message/>", ""), "x.scs:24: Juliet's phone receives needs an indented XML block");
    }

    @Test
    void rejectsXmlAfterACommentEndedTheBlock() {
        assertSyntaxError(SCRIPT.replace("\t\t<body>", "# interrupting\n\t\t<body>"),
            "x.scs:23: indented XML outside a 'sends' or 'receives' block: <body>hi</body>");
    }

    @Test
    void rejectsAHeaderWithoutSeparator() {
        assertSyntaxError("[Client] Romeo\n\tjid: a@b\n\tpassword: p\n", "x.scs:4: no '-----' line ends the header");
    }

    @Test
    void rejectsAClientWithoutPassword() {
        assertSyntaxError(SCRIPT.replace("\tpassword: password\n", ""),
            "x.scs:3: client 'Romeo' needs a 'jid: user@domain' and a 'password:'");
    }

    @Test
    void rejectsAnUnknownClientProperty() {
        assertSyntaxError(SCRIPT.replace("\tpassword: password", "\tpasword: password"),
            "x.scs:5: unknown client property 'pasword' (known: jid, password, resource)");
    }

    private static void assertSyntaxError(String script, String message) {
        ScriptSyntaxException error = assertThrows(ScriptSyntaxException.class, () -> ScriptParser.parse("x.scs", script));
        assertEquals(message, error.getMessage());
    }
}
