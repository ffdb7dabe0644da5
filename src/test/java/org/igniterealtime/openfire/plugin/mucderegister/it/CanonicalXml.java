package org.igniterealtime.openfire.plugin.mucderegister.it;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.dom4j.Attribute;
import org.dom4j.DocumentHelper;
import org.dom4j.Element;

/**
 * Writes an element so that two elements compare equal as strings exactly when they have the
 * same names, namespaces, attributes (in any order), children (in order) and trimmed text.
 */
final class CanonicalXml {

    private CanonicalXml() {
    }

    static String of(Element element) {
        StringBuilder out = new StringBuilder();
        write(element, out);
        return out.toString();
    }

    /** The canonical form of XML text; the top element's namespace defaults to the given one. */
    static String of(String xml, String defaultNamespace) {
        try {
            String wrapped = "<wrapper xmlns='" + defaultNamespace + "'>" + xml + "</wrapper>";
            return of(DocumentHelper.parseText(wrapped).getRootElement().elements().get(0));
        } catch (Exception e) {
            throw new IllegalArgumentException(xml, e);
        }
    }

    private static void write(Element element, StringBuilder out) {
        out.append('<').append('{').append(element.getNamespaceURI()).append('}').append(element.getName());
        Map<String, String> attributes = new TreeMap<>();
        for (Attribute attribute : element.attributes()) {
            attributes.put(attribute.getName(), attribute.getValue());
        }
        attributes.forEach((name, value) -> out.append(' ').append(name).append("='").append(value).append('\''));
        out.append('>');
        List<Element> children = element.elements();
        if (children.isEmpty()) {
            out.append(element.getTextTrim());
        }
        for (Element child : children) {
            write(child, out);
        }
        out.append("</").append(element.getName()).append('>');
    }
}
