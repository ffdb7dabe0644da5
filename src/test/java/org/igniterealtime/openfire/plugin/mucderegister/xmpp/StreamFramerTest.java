package org.igniterealtime.openfire.plugin.mucderegister.xmpp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class StreamFramerTest {

    private static final String HEADER = "<stream:stream xmlns:stream='http://etherx.jabber.org/streams'"
        + " xmlns='jabber:client' from='localhost' id='s1' version='1.0'>";

    /** What an Openfire server sends during a login, up to a first stanza and the stream's end. */
    private static final String LOGIN_STREAM = "<?xml version='1.0' encoding='UTF-8'?>" + HEADER
        + "<stream:features><mechanisms xmlns='urn:ietf:params:xml:ns:xmpp-sasl'>"
        + "<mechanism>PLAIN</mechanism></mechanisms></stream:features>"
        + "<success xmlns='urn:ietf:params:xml:ns:xmpp-sasl'/>"
        + "<?xml version='1.0' encoding='UTF-8'?>" + HEADER.replace("s1", "s2")
        + "<stream:features><bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'/></stream:features>\n  "
        + "<message from='a@localhost'><body>x &gt; y</body></message>"
        + "</stream:stream>";

    private final List<String> events = new ArrayList<>();
    private final StreamFramer framer = new StreamFramer(new CollectingListener(events));

    @Test
    void cutsTheStreamIntoHeadersTopLevelElementsAndItsEnd() {
        framer.feed(LOGIN_STREAM);

        assertEquals(List.of(
            "open " + HEADER,
            "<stream:features><mechanisms xmlns='urn:ietf:params:xml:ns:xmpp-sasl'>"
                + "<mechanism>PLAIN</mechanism></mechanisms></stream:features>",
            "<success xmlns='urn:ietf:params:xml:ns:xmpp-sasl'/>",
            "open " + HEADER.replace("s1", "s2"),
            "<stream:features><bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'/></stream:features>",
            "<message from='a@localhost'><body>x &gt; y</body></message>",
            "close"), events);
    }

    @Test
    void cutsTheSameWayWhateverChunksTheNetworkDelivers() {
        framer.feed(LOGIN_STREAM);
        List<String> wholeStream = new ArrayList<>(events);
        events.clear();

        StreamFramer charByChar = new StreamFramer(new CollectingListener(events));
        for (char c : LOGIN_STREAM.toCharArray()) {
            charByChar.feed(new char[] {'x', c, 'x'}, 1, 1);
        }

        assertEquals(wholeStream, events);
    }

    @Test
    void keepsMarkupLookalikesInsideAttributeValuesCommentsAndCdata() {
        String stanza = "<message to=\"a@b\" note='1 > 0 &amp; 2/>1'><!-- <not/> --><body><![CDATA[<b>]]></body></message>";

        framer.feed(HEADER + stanza);

        assertEquals(List.of("open " + HEADER, stanza), events);
    }

    @Test
    void reportsNothingForAnElementStillOnItsWay() {
        framer.feed(HEADER + "<presence><x xmlns='urn:x'/>");

        assertEquals(List.of("open " + HEADER), events);
    }

    /** Records events into a shared list, for a second framer in one test. */
    private static final class CollectingListener implements StreamFramer.Listener {
        private final List<String> events;

        CollectingListener(List<String> events) {
            this.events = events;
        }

        @Override
        public void streamOpened(String header) {
            events.add("open " + header);
        }

        @Override
        public void element(String xml) {
            events.add(xml);
        }

        @Override
        public void streamClosed() {
            events.add("close");
        }
    }
}
