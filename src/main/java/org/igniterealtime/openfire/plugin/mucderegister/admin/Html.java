package org.igniterealtime.openfire.plugin.mucderegister.admin;

import java.io.UnsupportedEncodingException;
import java.net.URLEncoder;

/**
 * Escaping for what the admin pages write into HTML. Every text that reaches a page goes
 * through {@link #escape}, whether it comes from the bundle, from Openfire or from a request.
 */
public final class Html {

    private Html() {
    }

    /**
     * Escapes text for an HTML element body or a quoted attribute value.
     *
     * @param text any text; null gives the empty string
     * @return the text with {@code & < > " '} replaced by character references
     */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement;
            switch (c) {
                case '&':
                    replacement = "&amp;";
                    break;
                case '<':
                    replacement = "&lt;";
                    break;
                case '>':
                    replacement = "&gt;";
                    break;
                case '"':
                    replacement = "&quot;";
                    break;
                case '\'':
                    replacement = "&#39;";
                    break;
                default:
                    replacement = null;
            }
            if (replacement != null) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                out.append(replacement);
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    /**
     * Encodes a query parameter value (UTF-8, form encoding).
     *
     * @param value the value
     * @return the encoded value, still to be {@linkplain #escape escaped} inside HTML
     */
    public static String urlParameter(String value) {
        try {
            return URLEncoder.encode(value == null ? "" : value, "UTF-8");
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is always supported", e);
        }
    }
}
