package org.igniterealtime.openfire.plugin.mucderegister.scansion;

import java.util.Optional;

import org.dom4j.Attribute;
import org.dom4j.Element;
import org.dom4j.QName;

/**
 * The {@code scansion:} attributes a script puts on expected elements to steer matching. Scripts
 * never declare the prefix; {@link StanzaBlockParser} binds it to {@link #NAMESPACE}.
 */
public final class ScansionDirectives {

    /** The namespace the {@code scansion:} prefix is bound to (the home of the scansion tool). */
    public static final String NAMESPACE = "https://matthewwild.co.uk/projects/scansion";

    private ScansionDirectives() {
    }

    /**
     * The element's own {@code scansion:strict} value, if it has one.
     *
     * @throws IllegalArgumentException if the value is neither {@code true} nor {@code false}
     */
    public static Optional<Boolean> strictOverride(Element element) {
        String value = element.attributeValue(QName.get("strict", NAMESPACE));
        if (value == null) {
            return Optional.empty();
        }
        if (!value.equals("true") && !value.equals("false")) {
            throw new IllegalArgumentException("scansion:strict must be 'true' or 'false', not '" + value + "'");
        }
        return Optional.of(Boolean.valueOf(value));
    }

    /** Whether the attribute is a directive to the runner rather than part of the stanza. */
    public static boolean isDirective(Attribute attribute) {
        return NAMESPACE.equals(attribute.getNamespaceURI());
    }

    /** A copy of the element with every directive removed, fit to be sent to a server. */
    public static Element withoutDirectives(Element element) {
        Element copy = element.createCopy();
        strip(copy);
        return copy;
    }

    private static void strip(Element element) {
        element.attributes().removeIf(ScansionDirectives::isDirective);
        element.declaredNamespaces().stream()
            .filter(ns -> NAMESPACE.equals(ns.getURI()))
            .forEach(element::remove);
        for (Element child : element.elements()) {
            strip(child);
        }
    }
}
