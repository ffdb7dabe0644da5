package org.igniterealtime.openfire.plugin.mucderegister.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.igniterealtime.openfire.plugin.mucderegister.settings.Switch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The plugin's bundle: English plus complete German, French and Dutch, exactly the texts the pages
 * and plugin.xml use, and each value shows as written (read as ISO-8859-1; through
 * {@code fmt:message}, which applies MessageFormat only to a value with placeholders).
 */
class BundlesTest {

    private static final Path I18N = Paths.get("i18n");
    private static final Pattern USED_KEY = Pattern.compile("<fmt:message key=\"([a-z0-9.\\-]+)\"");
    private static final Pattern CONSOLE_KEY = Pattern.compile("\\\\\\$\\{([a-z0-9.\\-]+)\\}");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+\\}");
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    private static Properties load(String suffix) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(I18N.resolve("mucderegister_i18n" + suffix + ".properties"))) {
            p.load(in); // ISO-8859-1, as Java 8's ResourceBundle reads it
        }
        return p;
    }

    @ParameterizedTest
    @ValueSource(strings = {"_de", "_fr", "_nl"})
    void everyLanguageHasEveryKeyWithTheSamePlaceholders(String suffix) throws IOException {
        Properties english = load("");
        Properties other = load(suffix);

        assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(other.stringPropertyNames()));
        for (String key : english.stringPropertyNames()) {
            assertEquals(placeholders(english.getProperty(key)), placeholders(other.getProperty(key)), key);
            assertFalse(other.getProperty(key).isBlank(), key);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "_de", "_fr", "_nl"})
    void valuesShowAsWritten(String suffix) throws IOException {
        Properties bundle = load(suffix);
        for (String key : bundle.stringPropertyNames()) {
            String value = bundle.getProperty(key);
            if (PLACEHOLDER.matcher(value).find()) {
                assertFalse(LONE_APOSTROPHE.matcher(value).find(), key + ": with placeholders, write an apostrophe as ''");
                String shown = new MessageFormat(value, Locale.ROOT).format(new Object[] {"{0}", "{1}"});
                assertEquals(value.replace("''", "'"), shown, key);
            } else {
                assertFalse(value.matches(".*(''|[{}]).*"), key + ": shown as it is, without MessageFormat");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "_de", "_fr", "_nl"})
    void filesAreAsciiWithEscapes(String suffix) throws IOException {
        byte[] bytes = Files.readAllBytes(I18N.resolve("mucderegister_i18n" + suffix + ".properties"));
        for (byte b : bytes) {
            assertTrue(b >= 0, "non-ASCII byte in mucderegister_i18n" + suffix + ".properties");
        }
    }

    @Test
    void theBundleHoldsExactlyTheKeysThePagesAndPluginXmlUse() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Paths.get("web"))) {
            for (Path file : files.filter(Files::isRegularFile).collect(Collectors.toList())) {
                Matcher m = USED_KEY.matcher(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        Matcher console = CONSOLE_KEY.matcher(new String(Files.readAllBytes(Paths.get("plugin.xml")), StandardCharsets.UTF_8));
        int consoleKeys = 0;
        while (console.find()) {
            used.add(console.group(1));
            consoleKeys++;
        }
        // Keys the pages build: switch.${key}.label and the like, switch.state.${on ? 'on' : 'off'}.
        for (Switch which : Switch.values()) {
            String key = which.name().toLowerCase(Locale.ROOT);
            used.add("switch." + key + ".label");
            used.add("switch." + key + ".explanation");
            used.add("switch." + key + ".column");
        }
        used.add("switch.state.on");
        used.add("switch.state.off");

        assertEquals(4, consoleKeys, "the admin console entries in plugin.xml");
        assertTrue(used.size() > 30, "found the keys in use: " + used);
        assertEquals(used, new TreeSet<>(load("").stringPropertyNames()));
    }

    private static Set<String> placeholders(String value) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(value);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }
}
