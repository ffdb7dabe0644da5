package org.igniterealtime.openfire.plugin.mucderegister.testserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenfireHomeTest {

    @TempDir
    Path temp;

    @Test
    void freshHomeHoldsWhatOpenfireReadsAtStart() throws Exception {
        OpenfireHome home = OpenfireHome.fresh(temp.resolve("home"), ServerProperties.plainText(4242));

        for (String file : List.of("conf/openfire.xml", "conf/security.xml", "plugins/admin/plugin.xml",
                "resources/database/openfire_hsqldb.sql")) {
            assertTrue(Files.isRegularFile(home.dir().resolve(file)), file);
        }
        for (String store : List.of("keystore", "truststore", "client.truststore")) {
            assertEquals(0, load(home.securityDirectory().resolve(store)).size(), store);
        }
    }

    @Test
    void databaseScriptRunsOnHsqldbAndSeedsTheServer() throws Exception {
        OpenfireHome home = OpenfireHome.fresh(temp.resolve("home"), ServerProperties.plainText(4242));

        try (Connection db = DriverManager.getConnection("jdbc:hsqldb:mem:schema-check", "sa", "")) {
            runLikeOpenfire(db, home.dir().resolve("resources/database/openfire_hsqldb.sql"));

            assertEquals("26", query(db, "SELECT version FROM ofVersion WHERE name='openfire'"));
            assertEquals("4242", query(db, "SELECT propValue FROM ofProperty WHERE name='xmpp.socket.plain.port'"));
            assertEquals("3", query(db, "SELECT COUNT(*) FROM ofUser WHERE plainPassword='password'"));
            assertEquals("conference", query(db, "SELECT subdomain FROM ofMucService WHERE serviceID=1"));
            query(db, "SHUTDOWN");
        }
    }

    @Test
    void selfSignedCertificateIsMadeOnceAndKept() throws Exception {
        OpenfireHome home = OpenfireHome.fresh(temp.resolve("home"), ServerProperties.plainText(4242));

        assertTrue(KeyStores.ensureSelfSigned(home.securityDirectory(), "localhost"));
        assertFalse(KeyStores.ensureSelfSigned(home.securityDirectory(), "localhost"));
        KeyStore identity = load(home.securityDirectory().resolve("keystore"));
        assertTrue(identity.isKeyEntry("localhost_rsa"));
    }

    @Test
    void copyLeavesOutLockLogsAndUnpackedPlugins() throws Exception {
        OpenfireHome home = OpenfireHome.fresh(temp.resolve("home"), ServerProperties.plainText(4242));
        Files.createDirectories(home.dir().resolve("embedded-db"));
        Files.writeString(home.dir().resolve("embedded-db/openfire.lck"), "lock");
        Files.writeString(home.dir().resolve("embedded-db/openfire.script"), "data");
        Files.createDirectories(home.pluginsDirectory().resolve("mucderegister/lib"));
        Files.writeString(home.pluginsDirectory().resolve("mucderegister.jar"), "jar");
        Files.createDirectories(home.logFile().getParent());
        Files.writeString(home.logFile(), "log");

        OpenfireHome copy = home.copyTo(temp.resolve("copy"));

        assertTrue(Files.exists(copy.dir().resolve("embedded-db/openfire.script")));
        assertTrue(Files.exists(copy.pluginsDirectory().resolve("mucderegister.jar")));
        assertTrue(Files.exists(copy.pluginsDirectory().resolve("admin/plugin.xml")));
        assertFalse(Files.exists(copy.dir().resolve("embedded-db/openfire.lck")));
        assertFalse(Files.exists(copy.pluginsDirectory().resolve("mucderegister")));
        assertFalse(Files.exists(copy.dir().resolve("logs")));
    }

    /** Splits the script the way Openfire 4.2's SchemaManager does: statements end with ';'. */
    private static void runLikeOpenfire(Connection db, Path script) throws Exception {
        StringBuilder statement = new StringBuilder();
        for (String line : Files.readAllLines(script, StandardCharsets.UTF_8)) {
            String trimmed = line.trim();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            statement.append(' ').append(trimmed);
            if (trimmed.endsWith(";")) {
                query(db, statement.toString());
                statement.setLength(0);
            }
        }
        assertEquals("", statement.toString().trim(), "unterminated statement");
    }

    private static String query(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement()) {
            if (!statement.execute(sql)) {
                return null;
            }
            try (ResultSet result = statement.getResultSet()) {
                return result.next() ? result.getString(1) : null;
            }
        }
    }

    private static KeyStore load(Path file) throws Exception {
        KeyStore store = KeyStore.getInstance("JKS");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, KeyStores.PASSWORD.toCharArray());
        }
        return store;
    }
}
