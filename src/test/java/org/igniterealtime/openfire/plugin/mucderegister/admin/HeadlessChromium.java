package org.igniterealtime.openfire.plugin.mucderegister.admin;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A real browser for page tests: Debian's headless Chromium driven by its chromedriver over the
 * W3C WebDriver HTTP protocol (no Selenium). One instance is one chromedriver process with one
 * browser session and a fresh profile; close it when done.
 */
public final class HeadlessChromium implements AutoCloseable {

    /** The W3C key of an element reference. */
    private static final String ELEMENT_KEY = "element-6066-11e4-a52e-4f735466cecf";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String[] BROWSERS = {"/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"};
    private static final String[] DRIVERS = {"/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"};

    private final Process driver;
    private final Path profile;
    private final Path driverLog;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final String base;
    private String session;

    private HeadlessChromium(Process driver, int port, Path profile, Path driverLog) {
        this.driver = driver;
        this.profile = profile;
        this.driverLog = driverLog;
        this.base = "http://127.0.0.1:" + port;
    }

    /**
     * Where Chromium and chromedriver are, if both are installed ({@code CHROMIUM} and
     * {@code CHROMEDRIVER} override the usual Debian paths).
     *
     * @return {browser, driver}, or null if either is missing
     */
    public static String[] find() {
        String browser = firstExecutable(System.getenv("CHROMIUM"), BROWSERS);
        String chromedriver = firstExecutable(System.getenv("CHROMEDRIVER"), DRIVERS);
        return browser == null || chromedriver == null ? null : new String[] {browser, chromedriver};
    }

    /**
     * Starts chromedriver and a headless browser session.
     *
     * @param browserAndDriver what {@link #find()} returned
     * @param logDirectory where chromedriver's log goes
     * @return the browser
     * @throws IOException if either does not start
     */
    public static HeadlessChromium start(String[] browserAndDriver, Path logDirectory) throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        Files.createDirectories(logDirectory);
        Path log = logDirectory.resolve("chromedriver.log");
        Process process = new ProcessBuilder(browserAndDriver[1], "--port=" + port, "--allowed-ips=127.0.0.1",
                "--log-path=" + log).redirectErrorStream(true).redirectOutput(logDirectory.resolve("chromedriver.out").toFile())
                .start();
        Path profile = Files.createTempDirectory("mucderegister-chromium-");
        HeadlessChromium chromium = new HeadlessChromium(process, port, profile, log);
        try {
            chromium.awaitDriver();
            chromium.newSession(browserAndDriver[0]);
            return chromium;
        } catch (IOException | RuntimeException e) {
            chromium.close();
            throw e;
        }
    }

    /**
     * Opens a page and waits for it to load.
     *
     * @param uri the page
     * @throws IOException on a WebDriver error
     */
    public void open(URI uri) throws IOException {
        command("POST", "/url", "{\"url\":" + json(uri.toString()) + "}");
    }

    /**
     * Finds an element by CSS selector, waiting up to the timeout for it to appear.
     *
     * @param css the selector
     * @return the element's reference
     * @throws IOException if it does not appear
     */
    public String find(String css) throws IOException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        IOException last = null;
        while (System.nanoTime() < deadline) {
            try {
                String answer = command("POST", "/element", "{\"using\":\"css selector\",\"value\":" + json(css) + "}");
                Matcher m = Pattern.compile("\"" + ELEMENT_KEY + "\"\\s*:\\s*\"([^\"]+)\"").matcher(answer);
                if (m.find()) {
                    return m.group(1);
                }
            } catch (IOException e) {
                last = e;
            }
            sleep(100);
        }
        throw new IOException("No element " + css + " appeared", last);
    }

    /**
     * Clicks an element.
     *
     * @param element its reference
     * @throws IOException on a WebDriver error
     */
    public void click(String element) throws IOException {
        command("POST", "/element/" + element + "/click", "{}");
    }

    /**
     * Whether a checkbox is checked.
     *
     * @param element its reference
     * @return true if selected
     * @throws IOException on a WebDriver error
     */
    public boolean isSelected(String element) throws IOException {
        return "true".equals(value(command("GET", "/element/" + element + "/selected", null)));
    }

    /**
     * The visible text of an element.
     *
     * @param element its reference
     * @return the text
     * @throws IOException on a WebDriver error
     */
    public String text(String element) throws IOException {
        return value(command("GET", "/element/" + element + "/text", null));
    }

    /**
     * The address of the current page.
     *
     * @return the URL
     * @throws IOException on a WebDriver error
     */
    public String currentUrl() throws IOException {
        return value(command("GET", "/url", null));
    }

    /**
     * Reloads the current page, as the browser's reload button does.
     *
     * @throws IOException on a WebDriver error
     */
    public void reload() throws IOException {
        command("POST", "/refresh", "{}");
    }

    /**
     * Saves a screenshot of the viewport as PNG.
     *
     * @param file where to write it
     * @throws IOException on a WebDriver or write error
     */
    public void screenshot(Path file) throws IOException {
        byte[] png = Base64.getDecoder().decode(value(command("GET", "/screenshot", null)));
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, png);
    }

    /** Ends the session, stops chromedriver and deletes the profile. */
    @Override
    public void close() {
        try {
            if (session != null) {
                send("DELETE", base + "/session/" + session, null);
            }
        } catch (IOException | RuntimeException e) {
            // The process goes anyway.
        }
        driver.destroy();
        try {
            if (!driver.waitFor(5, TimeUnit.SECONDS)) {
                driver.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A temporary directory left behind.
        }
    }

    private void awaitDriver() throws IOException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!driver.isAlive()) {
                throw new IOException("chromedriver exited with " + driver.exitValue() + "; see " + driverLog);
            }
            try {
                if (send("GET", base + "/status", null).contains("\"ready\":true")) {
                    return;
                }
            } catch (IOException e) {
                // Not listening yet.
            }
            sleep(100);
        }
        throw new IOException("chromedriver did not become ready; see " + driverLog);
    }

    private void newSession(String browser) throws IOException {
        List<String> args = new ArrayList<>(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1000,760", "--user-data-dir=" + profile));
        StringBuilder argsJson = new StringBuilder("[");
        for (String arg : args) {
            argsJson.append(argsJson.length() > 1 ? "," : "").append(json(arg));
        }
        argsJson.append(']');
        String answer = send("POST", base + "/session", "{\"capabilities\":{\"alwaysMatch\":{\"browserName\":\"chrome\","
                + "\"goog:chromeOptions\":{\"binary\":" + json(browser) + ",\"args\":" + argsJson + "}}}}");
        Matcher m = Pattern.compile("\"sessionId\"\\s*:\\s*\"([^\"]+)\"").matcher(answer);
        if (!m.find()) {
            throw new IOException("No browser session: " + answer);
        }
        session = m.group(1);
    }

    private String command(String method, String path, String body) throws IOException {
        return send(method, base + "/session/" + session + path, body);
    }

    private String send(String method, String url, String body) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                .header("Content-Type", "application/json; charset=utf-8");
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                throw new IOException(method + " " + url + " failed with " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /** The {@code value} of a WebDriver answer: a string's content, or a literal such as true. */
    private static String value(String answer) throws IOException {
        Matcher start = Pattern.compile("\"value\"\\s*:\\s*").matcher(answer);
        if (!start.find()) {
            throw new IOException("No value in " + answer);
        }
        int i = start.end();
        if (i < answer.length() && answer.charAt(i) == '"') {
            // A string: scanned by hand, a screenshot is megabytes long.
            StringBuilder out = new StringBuilder();
            for (i++; i < answer.length() && answer.charAt(i) != '"'; i++) {
                char c = answer.charAt(i);
                if (c == '\\' && i + 1 < answer.length()) {
                    char next = answer.charAt(++i);
                    if (next == 'n') {
                        out.append('\n');
                    } else if (next == 'u' && i + 4 < answer.length()) {
                        out.append((char) Integer.parseInt(answer.substring(i + 1, i + 5), 16));
                        i += 4;
                    } else {
                        out.append(next);
                    }
                } else {
                    out.append(c);
                }
            }
            return out.toString();
        }
        Matcher literal = Pattern.compile("true|false|null|-?\\d+").matcher(answer);
        if (literal.find(i) && literal.start() == i) {
            return literal.group();
        }
        throw new IOException("No plain value in " + answer);
    }

    private static String json(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private static String firstExecutable(String override, String[] candidates) {
        if (override != null && !override.isEmpty()) {
            return Files.isExecutable(Paths.get(override)) ? override : null;
        }
        for (String candidate : candidates) {
            if (Files.isExecutable(Paths.get(candidate))) {
                return candidate;
            }
        }
        return null;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
