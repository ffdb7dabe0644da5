package org.igniterealtime.openfire.plugin.mucderegister.testserver;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.SQLException;
import java.util.Map;

/**
 * An Openfire home directory for a test or demo server: configuration, the database script
 * Openfire runs on first start, key and trust stores, the stand-in admin plugin and the plugin
 * jars to load. The fixed files come from the class path resource {@code openfire-home/}.
 */
public final class OpenfireHome {

    private static final String DATABASE_SCRIPT = "resources/database/openfire_hsqldb.sql";
    private static final String STAND_IN_CONSOLE = "plugins/admin/plugin.xml";
    private static final String[] TEMPLATE_FILES = {
        "conf/openfire.xml", "conf/security.xml", DATABASE_SCRIPT, STAND_IN_CONSOLE};

    private final Path dir;

    private OpenfireHome(Path dir) {
        this.dir = dir.toAbsolutePath();
    }

    /**
     * Deletes whatever is at {@code dir} and writes a new home whose first start creates a
     * database holding {@code properties}.
     *
     * @param dir where the home goes
     * @param properties Openfire properties, usually from {@link ServerProperties}
     * @return the new home
     * @throws IOException if a file cannot be written
     */
    public static OpenfireHome fresh(Path dir, Map<String, String> properties) throws IOException {
        deleteRecursively(dir);
        OpenfireHome home = new OpenfireHome(dir);
        for (String file : TEMPLATE_FILES) {
            home.copyTemplate(file);
        }
        home.appendProperties(properties);
        KeyStores.writeEmpty(home.securityDirectory());
        return home;
    }

    /**
     * Keeps the home at {@code dir} with its data and applies {@code properties} to it, or writes
     * a fresh one if no server has started there yet.
     *
     * @param dir where the home is or goes
     * @param properties Openfire properties to set
     * @return the home
     * @throws IOException if a file or the database cannot be written
     */
    public static OpenfireHome reuse(Path dir, Map<String, String> properties) throws IOException {
        if (!HomeDatabase.exists(dir)) {
            return fresh(dir, properties);
        }
        try {
            HomeDatabase.setProperties(dir, properties);
        } catch (SQLException e) {
            throw new IOException("Cannot update the database in " + dir
                    + " (is a server still running on it?)", e);
        }
        OpenfireHome home = new OpenfireHome(dir);
        home.copyTemplate(STAND_IN_CONSOLE); // the project's, not whatever an older checkout left
        return home;
    }

    /**
     * An existing home, as it is.
     *
     * @param dir the home's directory
     * @return the home
     */
    public static OpenfireHome existing(Path dir) {
        if (!Files.isRegularFile(dir.resolve("conf").resolve("openfire.xml"))) {
            throw new IllegalArgumentException("Not an Openfire home: " + dir);
        }
        return new OpenfireHome(dir);
    }

    /**
     * The home directory.
     *
     * @return an absolute path
     */
    public Path dir() {
        return dir;
    }

    /**
     * The directory the plugin monitor watches.
     *
     * @return {@code <home>/plugins}
     */
    public Path pluginsDirectory() {
        return dir.resolve("plugins");
    }

    /**
     * Where Openfire reads its key and trust stores.
     *
     * @return {@code <home>/resources/security}
     */
    public Path securityDirectory() {
        return dir.resolve("resources").resolve("security");
    }

    /**
     * Openfire's log file (see {@link OpenfireLogging}).
     *
     * @return {@code <home>/logs/openfire.log}
     */
    public Path logFile() {
        return dir.resolve("logs").resolve("openfire.log");
    }

    /**
     * Copies a plugin jar into {@code plugins/}, whole or not at all: the monitor must never see
     * a half-written jar, so it is written under a name the monitor ignores and then renamed.
     *
     * @param jar the plugin jar; its file name is the plugin's name
     * @return the installed jar
     * @throws IOException if the copy fails
     */
    public Path installPlugin(Path jar) throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new IOException("No plugin jar at " + jar + "; build it first (mvn package)");
        }
        Files.createDirectories(pluginsDirectory());
        Path target = pluginsDirectory().resolve(jar.getFileName().toString());
        Path partial = pluginsDirectory().resolve(jar.getFileName() + ".part");
        Files.copy(jar, partial, StandardCopyOption.REPLACE_EXISTING);
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
        return target;
    }

    /**
     * Removes a plugin's jar, which makes the plugin monitor unload the plugin.
     *
     * @param pluginName the plugin's name (its jar's file name without extension)
     * @throws IOException if the jar cannot be deleted
     */
    public void removePlugin(String pluginName) throws IOException {
        Files.deleteIfExists(pluginsDirectory().resolve(pluginName + ".jar"));
    }

    /**
     * Copies this home to {@code target} without the database lock, the log and the unpacked
     * plugins (the next server unpacks the jars again). The database must be consistent on
     * disk: stopped, or checkpointed with no write since.
     *
     * @param target where the copy goes; deleted first
     * @return the copy
     * @throws IOException if a file cannot be copied
     */
    public OpenfireHome copyTo(Path target) throws IOException {
        deleteRecursively(target);
        Path plugins = pluginsDirectory();
        Files.walkFileTree(dir, new SimpleFileVisitor<Path>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes a) throws IOException {
                boolean unpackedPlugin = plugins.equals(d.getParent()) && !d.endsWith("admin");
                if (unpackedPlugin || d.equals(dir.resolve("logs"))) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                Files.createDirectories(target.resolve(dir.relativize(d)));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes a) throws IOException {
                if (!f.getFileName().toString().endsWith(".lck")) {
                    Files.copy(f, target.resolve(dir.relativize(f)));
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return new OpenfireHome(target);
    }

    private void copyTemplate(String file) throws IOException {
        Path target = dir.resolve(file);
        Files.createDirectories(target.getParent());
        try (InputStream in = OpenfireHome.class.getResourceAsStream("/openfire-home/" + file)) {
            if (in == null) {
                throw new IOException("Resource openfire-home/" + file + " is not on the class path");
            }
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private void appendProperties(Map<String, String> properties) throws IOException {
        StringBuilder sql = new StringBuilder("\n-- Server properties (OpenfireHome).\n");
        properties.forEach((name, value) -> sql.append("INSERT INTO ofProperty (name, propValue) VALUES (")
                .append(quote(name)).append(", ").append(quote(value)).append(");\n"));
        Files.write(dir.resolve(DATABASE_SCRIPT), sql.toString().getBytes(StandardCharsets.UTF_8),
                StandardOpenOption.APPEND);
    }

    private static String quote(String value) {
        if (value.contains("\n") || value.contains(";")) {
            // Openfire's script reader would split the statement there.
            throw new IllegalArgumentException("Property value unusable in the script: " + value);
        }
        return "'" + value.replace("'", "''") + "'";
    }

    /**
     * Deletes a directory tree, if there is one.
     *
     * @param path the file or directory
     * @throws IOException if something cannot be deleted
     */
    static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        Files.walkFileTree(path, new SimpleFileVisitor<Path>() {
            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes a) throws IOException {
                Files.delete(f);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    @Override
    public String toString() {
        return dir.toString();
    }
}
