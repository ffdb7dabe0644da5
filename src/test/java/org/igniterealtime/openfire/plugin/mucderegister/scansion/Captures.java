package org.igniterealtime.openfire.plugin.mucderegister.scansion;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares an expected attribute value or text with a received one, honouring the two
 * placeholders: {@code {scansion:any}} matches anything; {@code {scansion:capture:NAME}} captures
 * the received value on first use, and later uses must equal it. Captures live for a whole run.
 */
public final class Captures {

    static final String ANY = "{scansion:any}";
    private static final Pattern CAPTURE = Pattern.compile("\\{scansion:capture:([^}]+)}");

    private final Map<String, String> values = new HashMap<>();

    /** Whether {@code actual} satisfies {@code expected}; a first use of a capture records it. */
    public boolean matches(String expected, String actual) {
        if (expected.equals(ANY)) {
            return true;
        }
        Matcher capture = CAPTURE.matcher(expected);
        if (!capture.matches()) {
            return expected.equals(actual);
        }
        String captured = values.putIfAbsent(capture.group(1), actual);
        return captured == null || captured.equals(actual);
    }

    /** The value captured under {@code name}, or {@code null}. */
    public String get(String name) {
        return values.get(name);
    }

    /** The current captures, to {@link #restore} if a tentative match fails. */
    Map<String, String> snapshot() {
        return new HashMap<>(values);
    }

    /** Forgets captures made since {@code snapshot} was taken. */
    void restore(Map<String, String> snapshot) {
        values.clear();
        values.putAll(snapshot);
    }
}
