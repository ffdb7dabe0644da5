package org.igniterealtime.openfire.plugin.mucderegister.xmpp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.dom4j.DocumentException;
import org.dom4j.Element;
import org.junit.jupiter.api.Test;

class StanzaParserTest {

    private static final String HEADER = "<stream:stream xmlns:stream='http://etherx.jabber.org/streams'"
        + " xmlns='jabber:client' from='localhost' version='1.0'>";

    @Test
    void stanzaInheritsTheStreamsDefaultNamespace() throws DocumentException {
        Element presence = StanzaParser.parse(HEADER,
            "<presence from='room@conference.localhost/Romeo'><x xmlns='http://jabber.org/protocol/muc#user'>"
                + "<status code='110'/></x></presence>");

        assertEquals("jabber:client", presence.getNamespaceURI());
        assertEquals("room@conference.localhost/Romeo", presence.attributeValue("from"));
        Element x = presence.elements().get(0);
        assertEquals("http://jabber.org/protocol/muc#user", x.getNamespaceURI());
        assertEquals("http://jabber.org/protocol/muc#user", x.elements().get(0).getNamespaceURI());
    }

    @Test
    void streamPrefixedElementIsInTheStreamsNamespace() throws DocumentException {
        Element features = StanzaParser.parse(HEADER, "<stream:features/>");

        assertEquals("http://etherx.jabber.org/streams", features.getNamespaceURI());
        assertEquals("features", features.getName());
    }

    @Test
    void detachedStanzaSerialisesWithItsNamespace() throws DocumentException {
        Element message = StanzaParser.parse(HEADER, "<message><body>hi</body></message>");

        assertEquals("<message xmlns=\"jabber:client\"><body>hi</body></message>", message.asXML());
    }

    @Test
    void refusesMalformedElements() {
        assertThrows(DocumentException.class, () -> StanzaParser.parse(HEADER, "<message><body></message>"));
    }
}
