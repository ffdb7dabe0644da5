package org.igniterealtime.openfire.plugin.mucderegister.admin;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A plain HTTP client for the admin pages, as a browser without JavaScript would use them: it
 * keeps cookies (the session and the {@code csrf} cookie) and does not follow redirects, so
 * tests see the post/redirect/get.
 */
public final class AdminPageClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(TIMEOUT)
            .build();

    /** A response: status, body and the redirect target if any. */
    public static final class Page {
        private final int status;
        private final String body;
        private final String location;

        Page(int status, String body, String location) {
            this.status = status;
            this.body = body;
            this.location = location;
        }

        /** @return the HTTP status */
        public int status() {
            return status;
        }

        /** @return the body as text */
        public String body() {
            return body;
        }

        /** @return the {@code Location} header, or null */
        public String location() {
            return location;
        }

        /**
         * The value of a hidden or other input field, as the page wrote it (still escaped).
         *
         * @param name the field's name
         * @return the value attribute, or null if there is no such field
         */
        public String field(String name) {
            Matcher m = Pattern.compile("<input[^>]*name=\"" + Pattern.quote(name) + "\"[^>]*value=\"([^\"]*)\"")
                    .matcher(body);
            return m.find() ? m.group(1) : null;
        }

        /**
         * Whether a checkbox is checked.
         *
         * @param id the checkbox's element id
         * @return true if it carries {@code checked}
         */
        public boolean isChecked(String id) {
            Matcher m = Pattern.compile("<input[^>]*id=\"" + Pattern.quote(id) + "\"[^>]*>").matcher(body);
            if (!m.find()) {
                throw new AssertionError("no input with id " + id + " in:\n" + body);
            }
            return m.group().contains(" checked");
        }

        /**
         * The page's title as a browser shows it: white space collapsed.
         *
         * @return the title's text, markup inside it left as it is; null if there is none
         */
        public String title() {
            Matcher m = Pattern.compile("<title>(.*?)</title>", Pattern.DOTALL).matcher(body);
            return m.find() ? m.group(1).replaceAll("\\s+", " ").trim() : null;
        }

        /**
         * The text of the element with an id, markup inside it left as it is.
         *
         * @param id the element id
         * @return its content, or null if there is none
         */
        public String textOf(String id) {
            Matcher m = Pattern.compile("id=\"" + Pattern.quote(id) + "\"[^>]*>(.*?)</", Pattern.DOTALL).matcher(body);
            return m.find() ? m.group(1).trim() : null;
        }
    }

    /**
     * Gets a page.
     *
     * @param uri the page
     * @return the response
     * @throws IOException if the request fails
     */
    public Page get(URI uri) throws IOException {
        return send(HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build());
    }

    /**
     * Posts a form, URL-encoded; a key may repeat when its values are joined with {@code \n}.
     *
     * @param uri where to post
     * @param form the fields
     * @return the response
     * @throws IOException if the request fails
     */
    public Page post(URI uri, Map<String, String> form) throws IOException {
        String body = form.entrySet().stream()
                .flatMap(e -> List.of(e.getValue().split("\n", -1)).stream()
                        .map(v -> encode(e.getKey()) + "=" + encode(v)))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /**
     * The value of a cookie this client holds.
     *
     * @param name the cookie's name
     * @return its value, or null
     */
    public String cookie(String name) {
        for (HttpCookie cookie : cookies.getCookieStore().getCookies()) {
            if (name.equals(cookie.getName())) {
                return cookie.getValue();
            }
        }
        return null;
    }

    private Page send(HttpRequest request) throws IOException {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Page(response.statusCode(), response.body(),
                    response.headers().firstValue("Location").orElse(null));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
