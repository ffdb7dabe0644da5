package org.igniterealtime.openfire.plugin.mucderegister.testserver;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * Direct JDBC access to the embedded HSQLDB database of an Openfire home that no server is
 * running on, to change properties before the next start (a new port for a copied home, say).
 * Openfire reads {@code ofProperty} once at start, so this is the moment to change it.
 */
public final class HomeDatabase {

    private HomeDatabase() {
    }

    /**
     * Tells whether a server has already started on this home and created its database.
     *
     * @param home the Openfire home
     * @return true if the embedded database exists
     */
    public static boolean exists(Path home) {
        return Files.exists(home.resolve("embedded-db").resolve("openfire.properties"));
    }

    /**
     * Sets Openfire properties, replacing existing values.
     *
     * @param home an Openfire home whose database exists and is not in use
     * @param properties names and values for {@code ofProperty}
     * @throws SQLException if the database cannot be opened (for example, a server runs on it)
     */
    public static void setProperties(Path home, Map<String, String> properties) throws SQLException {
        // The same URL Openfire's EmbeddedConnectionProvider builds, so the same files.
        String url = "jdbc:hsqldb:" + home.toAbsolutePath().resolve("embedded-db").resolve("openfire");
        try (Connection db = DriverManager.getConnection(url + ";ifexists=true", "sa", "")) {
            try (PreparedStatement delete = db.prepareStatement("DELETE FROM ofProperty WHERE name=?");
                    PreparedStatement insert = db.prepareStatement(
                            "INSERT INTO ofProperty (name, propValue, encrypted) VALUES (?, ?, 0)")) {
                for (Map.Entry<String, String> property : properties.entrySet()) {
                    delete.setString(1, property.getKey());
                    delete.executeUpdate();
                    insert.setString(1, property.getKey());
                    insert.setString(2, property.getValue());
                    insert.executeUpdate();
                }
            }
            // Write everything into the .script file and release the files for Openfire.
            try (Statement shutdown = db.createStatement()) {
                shutdown.execute("SHUTDOWN");
            }
        }
    }
}
