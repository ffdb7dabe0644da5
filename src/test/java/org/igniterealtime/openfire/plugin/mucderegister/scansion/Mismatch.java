package org.igniterealtime.openfire.plugin.mucderegister.scansion;

/**
 * The first difference between an expected and a received stanza.
 *
 * @param path       where it is: element names from the stanza down, a namespace in braces
 *                   where it changes, an index where the expectation has same-named siblings,
 *                   e.g. {@code /presence/{http://jabber.org/protocol/muc#user}x/status[2]}
 * @param difference what differs there, e.g. {@code attribute 'code' is '321', expected '322'}
 */
public record Mismatch(String path, String difference) {

    @Override
    public String toString() {
        return "at " + path + ": " + difference;
    }
}
