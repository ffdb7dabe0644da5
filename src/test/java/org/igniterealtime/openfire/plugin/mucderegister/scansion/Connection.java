package org.igniterealtime.openfire.plugin.mucderegister.scansion;

import java.io.IOException;
import java.time.Duration;

import org.dom4j.Element;

/** A logged-in client as the runner drives it: send stanzas, take received ones one by one. */
public interface Connection extends AutoCloseable {

    /** The JID the server bound for this client. */
    String fullJid();

    /** Sends one stanza. */
    void send(Element stanza) throws IOException;

    /** The next stanza received, waiting at most {@code timeout}; {@code null} if none came. */
    Element receive(Duration timeout);

    /** Ends the session; never fails. */
    @Override
    void close();
}
