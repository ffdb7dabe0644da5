package org.igniterealtime.openfire.plugin.mucderegister.scansion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.dom4j.Element;
import org.junit.jupiter.api.Test;

class StanzaBlockParserTest {

    @Test
    void parsesEveryStanzaOfABlockWithItsScriptLine() {
        List<ScriptStanza> stanzas = StanzaBlockParser.parse(
            "\t<presence/>\n\n\t<message to='x'>\n\t\t<body>hi</body>\n\t</message>", 40);

        assertEquals(2, stanzas.size());
        assertEquals(40, stanzas.get(0).line());
        assertEquals(42, stanzas.get(1).line());
        assertEquals("message", stanzas.get(1).element().getName());
    }

    @Test
    void stanzasAreInJabberClientAndPayloadsInTheirOwnNamespace() {
        Element presence = StanzaBlockParser.parse("<presence><x xmlns='http://jabber.org/protocol/muc'/></presence>", 1)
            .get(0).element();

        assertEquals("jabber:client", presence.getNamespaceURI());
        assertEquals("http://jabber.org/protocol/muc", presence.elements().get(0).getNamespaceURI());
    }

    @Test
    void scansionPrefixNeedsNoDeclaration() {
        Element x = StanzaBlockParser.parse("<p><x xmlns='urn:x' scansion:strict='false'/></p>", 1)
            .get(0).element().elements().get(0);

        assertEquals(Optional.of(false), ScansionDirectives.strictOverride(x));
    }

    @Test
    void directivesAreStrippedForSending() {
        Element stanza = StanzaBlockParser.parse("<p scansion:strict='true'><x xmlns='urn:x' scansion:strict='false'/></p>", 1)
            .get(0).element();

        String sent = ScansionDirectives.withoutDirectives(stanza).asXML();

        assertFalse(sent.contains("scansion"), sent);
        assertTrue(stanza.asXML().contains("scansion:strict"), "the expected stanza keeps its directives");
    }

    @Test
    void rejectsMalformedXmlAndBadDirectives() {
        assertThrows(IllegalArgumentException.class, () -> StanzaBlockParser.parse("<presence>", 1));
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
            () -> StanzaBlockParser.parse("<p><x xmlns='urn:x' scansion:strict='yes'/></p>", 1));
        assertEquals("scansion:strict must be 'true' or 'false', not 'yes'", bad.getMessage());
    }
}
