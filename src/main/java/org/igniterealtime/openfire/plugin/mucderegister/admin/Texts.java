package org.igniterealtime.openfire.plugin.mucderegister.admin;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Locale;

import org.jivesoftware.util.JiveGlobals;
import org.jivesoftware.util.LocaleUtils;

/**
 * The admin pages' texts, from the plugin's bundle {@code i18n/mucderegister_i18n*.properties}.
 *
 * <p>Values are read through Openfire's {@code LocaleUtils} with an empty argument list, so they
 * pass through {@link java.text.MessageFormat} as in any Openfire bundle: a value writes an
 * apostrophe as {@code ''}. Placeholders {@code {0}}, {@code {1}} … survive that (there are no
 * arguments) and are filled in here, literally, so an argument is never read as a pattern.
 */
public final class Texts {

    /** The plugin's name, which names its bundle and its URLs. */
    public static final String PLUGIN_NAME = "mucderegister";

    /** Looks a key up in the plugin's bundle. */
    public interface Bundle {
        /**
         * @param key the key
         * @return the value after {@link java.text.MessageFormat} with no arguments, as Openfire's
         *     {@code LocaleUtils} returns it when given an argument list
         */
        String lookup(String key);
    }

    private final Bundle bundle;
    private final Locale locale;

    /**
     * @param bundle where values come from
     * @param locale the locale numbers are written in
     */
    public Texts(Bundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /**
     * The texts in the locale the administrator chose for Openfire.
     *
     * @return texts from the running plugin's bundle
     */
    public static Texts fromOpenfire() {
        return new Texts(new Bundle() {
            @Override
            public String lookup(String key) {
                // A (mutable, empty) list, not null: only then does Openfire apply MessageFormat.
                return LocaleUtils.getLocalizedString(key, PLUGIN_NAME, new ArrayList<Object>());
            }
        }, JiveGlobals.getLocale());
    }

    /**
     * A text with its placeholders filled in, not escaped.
     *
     * @param key the bundle key
     * @param arguments the values of {@code {0}}, {@code {1}} …
     * @return the text
     */
    public String plain(String key, Object... arguments) {
        String pattern = bundle.lookup(key);
        if (pattern == null) {
            return key;
        }
        StringBuilder out = new StringBuilder(pattern.length() + 32);
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            int close = c == '{' ? pattern.indexOf('}', i) : -1;
            if (close > i + 1) {
                String index = pattern.substring(i + 1, close);
                if (isDigits(index) && Integer.parseInt(index) < arguments.length) {
                    out.append(arguments[Integer.parseInt(index)]);
                    i = close + 1;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    /**
     * A text with its placeholders filled in, escaped for HTML.
     *
     * @param key the bundle key
     * @param arguments the values of {@code {0}}, {@code {1}} …, as plain text
     * @return HTML
     */
    public String html(String key, Object... arguments) {
        return Html.escape(plain(key, arguments));
    }

    /**
     * A count, written the way the locale writes whole numbers.
     *
     * @param count the number
     * @return the number as text
     */
    public String number(long count) {
        return NumberFormat.getIntegerInstance(locale).format(count);
    }

    private static boolean isDigits(String s) {
        if (s.isEmpty() || s.length() > 2) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
