package org.igniterealtime.openfire.plugin.mucderegister.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class TextsTest {

    private final Texts texts = new Texts(key -> {
        switch (key) {
            case "two":
                return "{1} before {0}, {0} again, {9} unfilled, {x} and { } kept";
            case "markup":
                return "Service {0}";
            default:
                return null;
        }
    }, Locale.GERMANY);

    @Test
    void fillsPlaceholdersLiterallyAndKeepsEverythingElse() {
        assertEquals("b before a, a again, {9} unfilled, {x} and { } kept", texts.plain("two", "a", "b"));
    }

    @Test
    void argumentsAreNotPatterns() {
        assertEquals("Service {1}'s", texts.plain("markup", "{1}'s", "no"));
    }

    @Test
    void htmlEscapesTheArgumentsToo() {
        assertEquals("Service &lt;b&gt;x&lt;/b&gt;", texts.html("markup", "<b>x</b>"));
    }

    @Test
    void aMissingKeyShowsTheKey() {
        assertEquals("nope", texts.plain("nope"));
    }

    @Test
    void numbersFollowTheLocale() {
        assertEquals("1.234.567", texts.number(1234567));
    }
}
