package org.igniterealtime.openfire.plugin.mucderegister.scansion;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.dom4j.Document;
import org.dom4j.DocumentException;
import org.dom4j.Element;
import org.dom4j.io.SAXReader;
import org.xml.sax.SAXException;

/**
 * Parses the (already substituted) XML block of a step into its stanzas. The block is read as
 * the content of a {@code jabber:client} stream, as a client would write it, with the
 * {@code scansion:} prefix bound.
 */
final class StanzaBlockParser {

    private static final String WRAPPER_START = "<scansion-block xmlns='jabber:client' xmlns:scansion='"
        + ScansionDirectives.NAMESPACE + "'>";
    private static final String WRAPPER_END = "</scansion-block>";

    private StanzaBlockParser() {
    }

    /**
     * Parses a block.
     *
     * @param firstLine the script line on which the block starts
     * @throws IllegalArgumentException if the block is not well-formed XML or has a bad directive
     */
    static List<ScriptStanza> parse(String xml, int firstLine) {
        // The wrapper shares the block's first line, so parser line n is script line firstLine + n - 1.
        String wrapped = WRAPPER_START + xml + WRAPPER_END;
        List<Element> elements = parseElements(wrapped);
        List<Integer> lines = startLines(wrapped);
        List<ScriptStanza> stanzas = new ArrayList<>();
        for (int i = 0; i < elements.size(); i++) {
            stanzas.add(new ScriptStanza(elements.get(i), firstLine + lines.get(i) - 1));
        }
        return stanzas;
    }

    private static List<Element> parseElements(String wrapped) {
        try {
            SAXReader reader = new SAXReader();
            reader.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document document = reader.read(new StringReader(wrapped));
            List<Element> elements = new ArrayList<>(document.getRootElement().elements());
            for (Element element : elements) {
                element.detach();
                validateDirectives(element);
            }
            return elements;
        } catch (DocumentException | SAXException e) {
            throw new IllegalArgumentException("malformed XML: " + e.getMessage(), e);
        }
    }

    private static void validateDirectives(Element element) {
        ScansionDirectives.strictOverride(element);
        element.elements().forEach(StanzaBlockParser::validateDirectives);
    }

    /** The parser lines on which the wrapper's child elements start (dom4j keeps no locations). */
    private static List<Integer> startLines(String wrapped) {
        List<Integer> lines = new ArrayList<>();
        try {
            XMLStreamReader reader = XMLInputFactory.newFactory().createXMLStreamReader(new StringReader(wrapped));
            int depth = 0;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    if (depth == 2) {
                        lines.add(reader.getLocation().getLineNumber());
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
        } catch (XMLStreamException e) {
            throw new IllegalArgumentException("malformed XML: " + e.getMessage(), e);
        }
        return lines;
    }
}
