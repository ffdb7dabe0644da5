package org.igniterealtime.openfire.plugin.mucderegister.scansion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.dom4j.DocumentException;
import org.dom4j.DocumentHelper;
import org.dom4j.Element;
import org.junit.jupiter.api.Test;

class StanzaMatcherTest {

    private static final String MUC_USER = "http://jabber.org/protocol/muc#user";

    private final Captures captures = new Captures();
    private final StanzaMatcher matcher = new StanzaMatcher(captures);

    @Test
    void topLevelStanzaToleratesExtraAttributesAndChildren() {
        assertMatches("<presence from='a'/>",
            "<presence from='a' to='b' id='1'><priority>1</priority><x xmlns='urn:x'/></presence>");
    }

    @Test
    void topLevelStanzaNeedsEveryExpectedAttribute() {
        assertMismatch("<presence from='a' type='unavailable'/>", "<presence from='a'/>",
            "/presence", "attribute 'type' is missing, expected 'unavailable'");
    }

    @Test
    void differentStanzaKindIsAMismatch() {
        assertMismatch("<presence/>", "<message/>",
            "/presence", "expected element <presence xmlns='jabber:client'> but received <message xmlns='jabber:client'>");
    }

    @Test
    void payloadMustNotCarryAttributesTheScriptLeavesOut() {
        assertMismatch("<presence><x xmlns='urn:x'><item a='1'/></x></presence>",
            "<presence><x xmlns='urn:x'><item a='1' b='2'/></x></presence>",
            "/presence/{urn:x}x/item", "unexpected attribute b='2' (strict element: exactly the expected attributes)");
    }

    @Test
    void payloadMustHaveNoChildrenTheScriptLeavesOut() {
        assertMismatch("<iq><query xmlns='urn:q'/></iq>", "<iq><query xmlns='urn:q'><item/></query></iq>",
            "/iq/{urn:q}query", "unexpected child <item xmlns=\"urn:q\"/> (strict element: expected 0 children in"
                + " order, received 1)");
    }

    @Test
    void payloadChildrenMustComeInTheExpectedOrder() {
        assertMismatch("<m><x xmlns='urn:x'><a/><b/></x></m>", "<m><x xmlns='urn:x'><b/><a/></x></m>",
            "/m/{urn:x}x/a", "expected element <a xmlns='urn:x'> but received <b xmlns='urn:x'>");
    }

    @Test
    void payloadTextMustBeEqualButLayoutIsIgnored() {
        assertMatches("<m><x xmlns='urn:x'>\n\t\t<v>\n\t\t\t1\n\t\t</v>\n\t</x></m>", "<m><x xmlns='urn:x'><v>1</v></x></m>");
        assertMismatch("<m><x xmlns='urn:x'><v>1</v></x></m>", "<m><x xmlns='urn:x'><v>2</v></x></m>",
            "/m/{urn:x}x/v", "text is '2', expected '1'");
        assertMismatch("<m><x xmlns='urn:x'><v/></x></m>", "<m><x xmlns='urn:x'><v>2</v></x></m>",
            "/m/{urn:x}x/v", "text is '2', expected ''");
    }

    @Test
    void jabberClientChildrenAreLenient() {
        assertMatches("<iq type='error'><error type='cancel'><item-not-found xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>"
                + "</error></iq>",
            "<iq type='error' id='1'><error type='cancel' code='404'><item-not-found"
                + " xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/><text xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'>"
                + "gone</text></error></iq>");
        assertMatches("<message><subject/></message>", "<message><subject>Topic</subject></message>");
    }

    @Test
    void lenientChildrenMatchInAnyOrder() {
        assertMatches("<message><body>b</body><subject>s</subject></message>",
            "<message><subject>s</subject><thread>t</thread><body>b</body></message>");
    }

    @Test
    void lenientChildrenEachNeedADifferentReceivedChild() {
        assertMismatch("<m><x xmlns='urn:x' scansion:strict='false'><s c='1'/><s c='1'/></x></m>",
            "<m><x xmlns='urn:x'><s c='1'/><t/></x></m>",
            "/m/{urn:x}x", "the 2 expected children do not each match a different received child (received 2)");
    }

    @Test
    void lenientChildrenFindTheAssignmentThatWorks() {
        // A greedy pairing would give the {any} child the first <s/> and leave c='1' unmatched.
        assertMatches("<m><x xmlns='urn:x' scansion:strict='false'><s c='{scansion:any}'/><s c='1'/></x></m>",
            "<m><x xmlns='urn:x'><s c='1'/><s c='2'/></x></m>");
    }

    @Test
    void missingLenientChildIsReportedAgainstTheClosestReceivedOne() {
        assertMismatch("<m><x xmlns='urn:x' scansion:strict='false'><s c='3'/></x></m>",
            "<m><x xmlns='urn:x'><t/><s c='1'/></x></m>",
            "/m/{urn:x}x/s", "attribute 'c' is '1', expected '3'");
        assertMismatch("<m><x xmlns='urn:x' scansion:strict='false'><u/></x></m>",
            "<m><x xmlns='urn:x'><t/></x></m>",
            "/m/{urn:x}x/u", "missing child <u xmlns=\"urn:x\"/>");
    }

    @Test
    void strictFalseRelaxesOnlyTheAnnotatedElement() {
        String expected = "<p><x xmlns='" + MUC_USER + "' scansion:strict='false'><status code='201'/>"
            + "<item affiliation='owner'/></x></p>";
        assertMatches(expected, "<p><x xmlns='" + MUC_USER + "'><item affiliation='owner'/><status code='100'/>"
            + "<status code='201'/></x></p>");
        assertMismatch(expected, "<p><x xmlns='" + MUC_USER + "'><item affiliation='owner' role='moderator'/>"
            + "<status code='201'/></x></p>",
            "/p/{" + MUC_USER + "}x/item", "unexpected attribute role='moderator' (strict element: exactly the expected"
                + " attributes)");
    }

    @Test
    void strictTrueTightensALenientElement() {
        assertMismatch("<message scansion:strict='true' from='a'/>", "<message from='a' to='b'/>",
            "/message", "unexpected attribute to='b' (strict element: exactly the expected attributes)");
        assertMismatch("<message><body scansion:strict='true'/></message>", "<message><body>hi</body></message>",
            "/message/body", "text is 'hi', expected ''");
    }

    @Test
    void anyMatchesEveryAttributeValueAndText() {
        assertMatches("<iq id='{scansion:any}'><q xmlns='urn:q'><v>{scansion:any}</v></q></iq>",
            "<iq id='x7'><q xmlns='urn:q'><v>whatever</v></q></iq>");
        assertMismatch("<iq id='{scansion:any}'/>", "<iq/>", "/iq", "attribute 'id' is missing, expected '{scansion:any}'");
    }

    @Test
    void captureRecordsTheFirstValueAndLaterUsesMustEqualIt() {
        assertMatches("<iq id='{scansion:capture:id}'/>", "<iq id='abc'/>");
        assertEquals("abc", captures.get("id"));

        assertMatches("<iq id='{scansion:capture:id}'/>", "<iq id='abc'/>");
        assertMismatch("<iq id='{scansion:capture:id}'/>", "<iq id='xyz'/>",
            "/iq", "attribute 'id' is 'xyz', expected '{scansion:capture:id}' (captured earlier: 'abc')");
    }

    @Test
    void captureOfAStanzaThatDoesNotMatchIsForgotten() {
        assertMismatch("<iq id='{scansion:capture:id}' type='result'/>", "<iq id='abc' type='error'/>",
            "/iq", "attribute 'type' is 'error', expected 'result'");

        assertMatches("<iq id='{scansion:capture:id}'/>", "<iq id='xyz'/>");
        assertEquals("xyz", captures.get("id"));
    }

    private void assertMatches(String expected, String received) {
        Optional<Mismatch> mismatch = matcher.match(expected(expected), received(received));
        assertTrue(mismatch.isEmpty(), () -> "unexpected " + mismatch.get());
    }

    private void assertMismatch(String expected, String received, String path, String difference) {
        Optional<Mismatch> mismatch = matcher.match(expected(expected), received(received));
        assertEquals(Optional.of(new Mismatch(path, difference)), mismatch);
    }

    private static Element expected(String xml) {
        return StanzaBlockParser.parse(xml, 1).get(0).element();
    }

    private static Element received(String xml) {
        try {
            Element stream = DocumentHelper.parseText("<stream xmlns='jabber:client'>" + xml + "</stream>").getRootElement();
            return (Element) stream.elements().get(0).detach();
        } catch (DocumentException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
