package org.igniterealtime.openfire.plugin.mucderegister.xmpp;

/**
 * Cuts the character stream of an XMPP connection into its parts: stream headers, complete
 * top-level elements (stanzas, stream features, SASL and stream errors) and the end of the stream.
 *
 * <p>An XMPP stream is one XML document that never ends while the connection lives, so a
 * document parser cannot be handed the socket: it would either block waiting for the document's
 * end or choke on the second XML declaration that follows a stream restart. This class only
 * tracks markup boundaries and element depth, character by character, so it works whatever way
 * the bytes were split by the network; the parsing of each complete element is left to
 * {@link StanzaParser}.
 */
final class StreamFramer {

    /** Receives the parts of the stream as soon as they are complete. */
    interface Listener {

        /** A stream header ({@code <stream:stream ...>}), the first one or after a restart. */
        void streamOpened(String header);

        /** A complete top-level element, as it appeared in the stream. */
        void element(String xml);

        /** The closing tag of the stream. */
        void streamClosed();
    }

    private static final int OUTSIDE_STREAM = 0;
    private static final int BETWEEN_ELEMENTS = 1;

    private final Listener listener;
    private final StringBuilder markup = new StringBuilder();
    private final StringBuilder element = new StringBuilder();
    private boolean inMarkup;
    private char quote;
    private int depth = OUTSIDE_STREAM;
    private String streamElementName;

    StreamFramer(Listener listener) {
        this.listener = listener;
    }

    /** Consumes the next characters of the stream, reporting every part they complete. */
    void feed(char[] chars, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            feed(chars[i]);
        }
    }

    /** Consumes the next characters of the stream, reporting every part they complete. */
    void feed(CharSequence chars) {
        for (int i = 0; i < chars.length(); i++) {
            feed(chars.charAt(i));
        }
    }

    private void feed(char c) {
        if (!inMarkup && c == '<') {
            inMarkup = true;
            markup.setLength(0);
        }
        if (!inMarkup) {
            if (depth > BETWEEN_ELEMENTS) {
                element.append(c);
            }
            // Text between stanzas is whitespace keep-alive; it carries nothing.
            return;
        }
        markup.append(c);
        if (isMarkupComplete(c)) {
            inMarkup = false;
            onMarkup(markup.toString());
        }
    }

    private boolean isMarkupComplete(char last) {
        if (markup.length() < 2) {
            return false;
        }
        switch (markup.charAt(1)) {
            case '?':
                return markup.length() >= 4 && endsWith("?>");
            case '!':
                return isDeclarationComplete();
            case '/':
                return last == '>';
            default:
                return isTagComplete(last);
        }
    }

    private boolean isDeclarationComplete() {
        if (startsWith("<!--")) {
            return markup.length() >= 7 && endsWith("-->");
        }
        if (startsWith("<![CDATA[")) {
            return markup.length() >= 12 && endsWith("]]>");
        }
        boolean mayStillBecomeCommentOrCdata =
            "<!--".startsWith(markup.toString()) || "<![CDATA[".startsWith(markup.toString());
        return !mayStillBecomeCommentOrCdata && markup.charAt(markup.length() - 1) == '>';
    }

    private boolean isTagComplete(char last) {
        // A '>' inside a quoted attribute value does not end the tag.
        if (quote == 0 && (last == '"' || last == '\'')) {
            quote = last;
            return false;
        }
        if (quote != 0) {
            if (last == quote) {
                quote = 0;
            }
            return false;
        }
        return last == '>';
    }

    private void onMarkup(String token) {
        char kind = token.charAt(1);
        if (kind == '?' || kind == '!') {
            appendInsideElement(token);
        } else if (kind == '/') {
            onEndTag(token);
        } else if (token.endsWith("/>")) {
            onEmptyElementTag(token);
        } else {
            onStartTag(token);
        }
    }

    private void onStartTag(String token) {
        if (depth == OUTSIDE_STREAM) {
            streamElementName = nameOf(token);
            depth = BETWEEN_ELEMENTS;
            listener.streamOpened(token);
        } else if (depth == BETWEEN_ELEMENTS && nameOf(token).equals(streamElementName)) {
            // A stream restart (after SASL) opens a new stream without closing the old one.
            listener.streamOpened(token);
        } else {
            element.append(token);
            depth++;
        }
    }

    private void onEmptyElementTag(String token) {
        if (depth == BETWEEN_ELEMENTS) {
            listener.element(token);
        } else if (depth > BETWEEN_ELEMENTS) {
            element.append(token);
        }
    }

    private void onEndTag(String token) {
        if (depth == BETWEEN_ELEMENTS) {
            depth = OUTSIDE_STREAM;
            listener.streamClosed();
        } else if (depth > BETWEEN_ELEMENTS) {
            element.append(token);
            depth--;
            if (depth == BETWEEN_ELEMENTS) {
                String complete = element.toString();
                element.setLength(0);
                listener.element(complete);
            }
        }
    }

    private void appendInsideElement(String token) {
        // Declarations, processing instructions and comments between stanzas carry nothing.
        if (depth > BETWEEN_ELEMENTS) {
            element.append(token);
        }
    }

    /** The qualified element name of a start tag, e.g. {@code stream:stream}. */
    static String nameOf(String tag) {
        int start = 1;
        int end = start;
        while (end < tag.length() && !isNameEnd(tag.charAt(end))) {
            end++;
        }
        return tag.substring(start, end);
    }

    private static boolean isNameEnd(char c) {
        return Character.isWhitespace(c) || c == '/' || c == '>';
    }

    private boolean startsWith(String prefix) {
        return markup.length() >= prefix.length() && markup.substring(0, prefix.length()).equals(prefix);
    }

    private boolean endsWith(String suffix) {
        int from = markup.length() - suffix.length();
        return from >= 0 && markup.substring(from).equals(suffix);
    }
}
