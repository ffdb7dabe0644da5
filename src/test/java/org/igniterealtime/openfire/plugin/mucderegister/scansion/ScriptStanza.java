package org.igniterealtime.openfire.plugin.mucderegister.scansion;

import org.dom4j.Element;

/**
 * A stanza written in a script's XML block.
 *
 * @param element the stanza, in {@code jabber:client} unless it says otherwise
 * @param line    the script line on which it starts
 */
public record ScriptStanza(Element element, int line) {
}
