package org.igniterealtime.openfire.plugin.mucderegister.scansion;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.dom4j.Attribute;
import org.dom4j.Element;

/**
 * Decides whether a received stanza satisfies an expected one, by scansion's rules.
 *
 * <p>Every element is either lenient or strict. A lenient element must have every expected
 * attribute with an equal value, the expected text if there is any, and for every expected child a
 * distinct matching received child in any order; anything extra is allowed. A strict element must
 * have exactly the expected attributes, equal text, and matching children, no more, in the same
 * order. The top-level stanza and elements in {@code jabber:client} ({@code <error/>},
 * {@code <body/>}...) are lenient; payload elements in any other namespace are strict;
 * {@code scansion:strict} on an expected element overrides that for the element itself (its
 * children follow the rules again). Whitespace around text is layout and is ignored. Attribute
 * values and text may be {@code {scansion:any}} or {@code {scansion:capture:NAME}}.
 */
public final class StanzaMatcher {

    private static final String CLIENT_NAMESPACE = "jabber:client";

    private final Captures captures;

    /** A matcher recording captures into, and checking them against, {@code captures}. */
    public StanzaMatcher(Captures captures) {
        this.captures = captures;
    }

    /**
     * Compares a received stanza with an expected one. Captures are recorded only if it matches.
     *
     * @return the first difference, or empty if the received stanza matches
     */
    public Optional<Mismatch> match(Element expected, Element received) {
        Map<String, String> before = captures.snapshot();
        Mismatch mismatch = compare(expected, received, "/" + label(expected, null), true);
        if (mismatch != null) {
            captures.restore(before);
        }
        return Optional.ofNullable(mismatch);
    }

    private Mismatch compare(Element expected, Element received, String path, boolean topLevel) {
        if (!expected.getQName().equals(received.getQName())) {
            return new Mismatch(path, "expected element " + describeName(expected)
                + " but received " + describeName(received));
        }
        boolean strict = ScansionDirectives.strictOverride(expected)
            .orElse(!topLevel && !CLIENT_NAMESPACE.equals(expected.getNamespaceURI()));
        Mismatch mismatch = compareAttributes(expected, received, path, strict);
        if (mismatch == null) {
            mismatch = compareText(expected, received, path, strict);
        }
        if (mismatch == null) {
            mismatch = strict
                ? compareChildrenInOrder(expected, received, path)
                : compareChildrenInAnyOrder(expected, received, path);
        }
        return mismatch;
    }

    private Mismatch compareAttributes(Element expected, Element received, String path, boolean strict) {
        List<Attribute> expectedAttributes = stanzaAttributes(expected);
        for (Attribute attribute : expectedAttributes) {
            String actual = received.attributeValue(attribute.getQName());
            if (actual == null) {
                return new Mismatch(path, "attribute '" + attribute.getQualifiedName() + "' is missing, expected '"
                    + attribute.getValue() + "'");
            }
            if (!captures.matches(attribute.getValue(), actual)) {
                return new Mismatch(path, "attribute '" + attribute.getQualifiedName() + "' is '" + actual
                    + "', expected '" + attribute.getValue() + "'" + capturedNote(attribute.getValue()));
            }
        }
        if (strict) {
            for (Attribute attribute : received.attributes()) {
                if (expectedAttributes.stream().noneMatch(a -> a.getQName().equals(attribute.getQName()))) {
                    return new Mismatch(path, "unexpected attribute " + attribute.getQualifiedName() + "='"
                        + attribute.getValue() + "' (strict element: exactly the expected attributes)");
                }
            }
        }
        return null;
    }

    private Mismatch compareText(Element expected, Element received, String path, boolean strict) {
        String expectedText = expected.getTextTrim();
        String actualText = received.getTextTrim();
        if ((strict || !expectedText.isEmpty()) && !captures.matches(expectedText, actualText)) {
            return new Mismatch(path, "text is '" + actualText + "', expected '" + expectedText + "'"
                + capturedNote(expectedText));
        }
        return null;
    }

    private Mismatch compareChildrenInOrder(Element expected, Element received, String path) {
        List<Element> expectedChildren = expected.elements();
        List<Element> receivedChildren = received.elements();
        String counts = " (strict element: expected " + expectedChildren.size() + " children in order, received "
            + receivedChildren.size() + ")";
        int common = Math.min(expectedChildren.size(), receivedChildren.size());
        for (int i = 0; i < common; i++) {
            Mismatch mismatch = compare(expectedChildren.get(i), receivedChildren.get(i),
                childPath(path, expected, expectedChildren.get(i)), false);
            if (mismatch != null) {
                return expectedChildren.size() == receivedChildren.size()
                    ? mismatch
                    : new Mismatch(mismatch.path(), mismatch.difference() + counts);
            }
        }
        if (expectedChildren.size() > common) {
            Element missing = expectedChildren.get(common);
            return new Mismatch(childPath(path, expected, missing),
                "missing child " + StanzaFormat.compact(missing) + counts);
        }
        if (receivedChildren.size() > common) {
            return new Mismatch(path, "unexpected child " + StanzaFormat.compact(receivedChildren.get(common)) + counts);
        }
        return null;
    }

    private Mismatch compareChildrenInAnyOrder(Element expected, Element received, String path) {
        List<Element> expectedChildren = expected.elements();
        List<Element> receivedChildren = received.elements();
        // Each expected child on its own first, so that a report can name the child nobody matches.
        for (Element child : expectedChildren) {
            Mismatch mismatch = unmatchable(child, receivedChildren, childPath(path, expected, child));
            if (mismatch != null) {
                return mismatch;
            }
        }
        if (!assignDistinct(expectedChildren, 0, receivedChildren, new boolean[receivedChildren.size()], path, expected)) {
            return new Mismatch(path, "the " + expectedChildren.size() + " expected children do not each match a"
                + " different received child (received " + receivedChildren.size() + ")");
        }
        return null;
    }

    /** Why no received child can match {@code child}, or null if one can. Leaves captures as they were. */
    private Mismatch unmatchable(Element child, List<Element> receivedChildren, String path) {
        Map<String, String> before = captures.snapshot();
        Element closest = null;
        int closestScore = 0;
        for (Element candidate : receivedChildren) {
            Mismatch mismatch = compare(child, candidate, path, false);
            captures.restore(before);
            if (mismatch == null) {
                return null;
            }
            int score = Closeness.score(child, candidate);
            if (score > closestScore) {
                closest = candidate;
                closestScore = score;
            }
        }
        if (closest == null) {
            return new Mismatch(path, "missing child " + StanzaFormat.compact(child));
        }
        Mismatch difference = compare(child, closest, path, false);
        captures.restore(before);
        return difference;
    }

    /** Backtracking search for distinct received partners of expected[index..]; keeps the captures of a success. */
    private boolean assignDistinct(List<Element> expected, int index, List<Element> received, boolean[] used,
                                   String path, Element parent) {
        if (index == expected.size()) {
            return true;
        }
        Element child = expected.get(index);
        for (int j = 0; j < received.size(); j++) {
            if (used[j]) {
                continue;
            }
            Map<String, String> before = captures.snapshot();
            if (compare(child, received.get(j), childPath(path, parent, child), false) == null) {
                used[j] = true;
                if (assignDistinct(expected, index + 1, received, used, path, parent)) {
                    return true;
                }
                used[j] = false;
            }
            captures.restore(before);
        }
        return false;
    }

    private String capturedNote(String expected) {
        return expected.startsWith("{scansion:capture:")
            ? " (captured earlier: '" + captures.get(expected.substring(18, expected.length() - 1)) + "')"
            : "";
    }

    private static List<Attribute> stanzaAttributes(Element element) {
        List<Attribute> attributes = new ArrayList<>(element.attributes());
        attributes.removeIf(ScansionDirectives::isDirective);
        return attributes;
    }

    private static String childPath(String parentPath, Element parent, Element child) {
        String path = parentPath + "/" + label(child, parent);
        List<Element> sameName = parent.elements(child.getQName());
        return sameName.size() > 1 ? path + "[" + (sameName.indexOf(child) + 1) + "]" : path;
    }

    private static String label(Element element, Element parent) {
        boolean namespaceChanges = parent == null
            ? !CLIENT_NAMESPACE.equals(element.getNamespaceURI())
            : !parent.getNamespaceURI().equals(element.getNamespaceURI());
        return namespaceChanges ? "{" + element.getNamespaceURI() + "}" + element.getName() : element.getName();
    }

    private static String describeName(Element element) {
        return "<" + element.getName() + (element.getNamespaceURI().isEmpty() ? "" : " xmlns='"
            + element.getNamespaceURI() + "'") + ">";
    }
}
