package org.igniterealtime.openfire.plugin.mucderegister.scansion;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

import org.dom4j.Element;
import org.dom4j.Text;
import org.dom4j.io.OutputFormat;
import org.dom4j.io.XMLWriter;

/** Renders stanzas for people reading a report. */
final class StanzaFormat {

    private StanzaFormat() {
    }

    /** The element indented over several lines, each line prefixed with {@code indent}. */
    static String pretty(Element element, String indent) {
        OutputFormat format = OutputFormat.createPrettyPrint();
        format.setSuppressDeclaration(true);
        format.setIndent("  ");
        format.setNewLineAfterDeclaration(false);
        StringWriter out = new StringWriter();
        try {
            XMLWriter writer = new XMLWriter(out, format);
            writer.write(withoutLayout(element));
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return indent + out.toString().strip().replace("\n", "\n" + indent);
    }

    /** A copy without the whitespace-only text that indents a script, which would garble the layout. */
    private static Element withoutLayout(Element element) {
        Element copy = element.createCopy();
        removeLayout(copy);
        return copy;
    }

    private static void removeLayout(Element element) {
        element.content().removeIf(node -> node instanceof Text && node.getText().isBlank());
        element.elements().forEach(StanzaFormat::removeLayout);
    }

    /** The element on one line, whitespace between elements dropped. */
    static String compact(Element element) {
        return pretty(element, "").replaceAll("\n\\s*", "");
    }
}
