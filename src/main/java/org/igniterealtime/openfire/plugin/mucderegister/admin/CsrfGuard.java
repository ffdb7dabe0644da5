package org.igniterealtime.openfire.plugin.mucderegister.admin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;

import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Cross-site request forgery protection that works on every Openfire release: each form page
 * puts a fresh random token into a {@code csrf} cookie and into a hidden {@code csrf} field,
 * and a POST is accepted only when both carry the same token. Another site can make a browser
 * send the cookie, but cannot read it to fill in the field. This is how Openfire's own pages
 * do it, under the same cookie name and path.
 */
public final class CsrfGuard {

    /** The name of both the cookie and the form field. */
    public static final String NAME = "csrf";

    private static final char[] ALPHABET =
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".toCharArray();
    private static final int LENGTH = 24;
    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * Whether a request carries the same non-empty token in its cookie and its form field.
     *
     * @param request the request
     * @return true if the tokens match
     */
    public boolean accepts(HttpServletRequest request) {
        String field = request.getParameter(NAME);
        String cookie = cookieValue(request);
        if (field == null || cookie == null || field.isEmpty() || cookie.isEmpty()) {
            return false;
        }
        return MessageDigest.isEqual(field.getBytes(StandardCharsets.UTF_8), cookie.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Makes a new token, sets it as the cookie and returns it for the form's hidden field.
     *
     * @param request the request, for the cookie's path
     * @param response the response that carries the cookie
     * @return the token, made of letters and digits only
     */
    public String issue(HttpServletRequest request, HttpServletResponse response) {
        char[] token = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            token[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        String value = new String(token);
        Cookie cookie = new Cookie(NAME, value);
        String path = request.getContextPath();
        cookie.setPath(path == null || path.isEmpty() ? "/" : path);
        cookie.setMaxAge(-1);
        cookie.setHttpOnly(true);
        response.addCookie(cookie);
        return value;
    }

    private static String cookieValue(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie cookie : cookies) {
            if (NAME.equals(cookie.getName())) {
                return cookie.getValue();
            }
        }
        return null;
    }
}
