package org.igniterealtime.openfire.plugin.mucderegister.scansion;

import org.dom4j.Attribute;
import org.dom4j.Element;

/**
 * How much of an expectation a received element satisfies, to pick the closest of several
 * non-matching candidates for a report. Only an ordering heuristic: matching is decided by
 * {@link StanzaMatcher}.
 */
final class Closeness {

    private Closeness() {
    }

    /** 0 for a different element; otherwise higher the more expected attributes, text and children agree. */
    static int score(Element expected, Element received) {
        if (!expected.getQName().equals(received.getQName())) {
            return 0;
        }
        int score = 1;
        for (Attribute attribute : expected.attributes()) {
            String value = received.attributeValue(attribute.getQName());
            if (value != null && (value.equals(attribute.getValue()) || isPlaceholder(attribute.getValue()))) {
                score++;
            }
        }
        if (!expected.getTextTrim().isEmpty() && expected.getTextTrim().equals(received.getTextTrim())) {
            score++;
        }
        for (Element expectedChild : expected.elements()) {
            int best = 0;
            for (Element receivedChild : received.elements()) {
                best = Math.max(best, score(expectedChild, receivedChild));
            }
            score += best;
        }
        return score;
    }

    private static boolean isPlaceholder(String value) {
        return value.startsWith("{scansion:");
    }
}
