package org.igniterealtime.openfire.plugin.mucderegister.xmpp;

import java.io.StringReader;

import org.dom4j.Document;
import org.dom4j.DocumentException;
import org.dom4j.Element;
import org.dom4j.io.SAXReader;
import org.xml.sax.SAXException;

/**
 * Turns one top-level element cut from an XMPP stream into a dom4j {@link Element}, with the
 * namespaces it inherits from the stream header ({@code jabber:client}, the {@code stream}
 * prefix) intact.
 */
final class StanzaParser {

    private StanzaParser() {
    }

    /**
     * Parses {@code elementXml} as a child of the stream that {@code streamHeader} opened.
     *
     * @throws DocumentException if the element is not well-formed
     */
    static Element parse(String streamHeader, String elementXml) throws DocumentException {
        // Re-wrapping the element in its stream header is what gives it the inherited namespaces.
        String document = streamHeader + elementXml + "</" + StreamFramer.nameOf(streamHeader) + ">";
        Document parsed = newReader().read(new StringReader(document));
        return (Element) parsed.getRootElement().elements().get(0).detach();
    }

    private static SAXReader newReader() throws DocumentException {
        SAXReader reader = new SAXReader();
        try {
            // XMPP forbids DTDs; refusing them also shuts out entity expansion from the network.
            reader.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        } catch (SAXException e) {
            throw new DocumentException("The XML parser cannot refuse DTDs", e);
        }
        return reader;
    }
}
