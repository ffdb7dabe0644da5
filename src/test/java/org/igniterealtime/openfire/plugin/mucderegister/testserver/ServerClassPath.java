package org.igniterealtime.openfire.plugin.mucderegister.testserver;

import java.io.File;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The class path for a JVM that runs Openfire: this JVM's test class path (test classes and
 * every dependency, Openfire included) without the plugin's own main classes, so Openfire
 * loads the plugin from its installed jar only.
 */
public final class ServerClassPath {

    private ServerClassPath() {
    }

    /**
     * This JVM's test class path minus {@code target/classes} and the project's own jars.
     *
     * @return a class path string for {@code java -cp}
     */
    public static String get() {
        // Surefire and Failsafe may start the test JVM through a manifest-only jar; the real
        // class path is then in surefire.test.class.path.
        String classPath = System.getProperty("surefire.test.class.path");
        if (classPath == null || classPath.trim().isEmpty()) {
            classPath = System.getProperty("java.class.path");
        }
        return without(classPath, ProjectPaths.mainClasses(), ProjectPaths.buildDirectory());
    }

    /**
     * Removes the main classes directory and the jars directly in the build directory.
     *
     * @param classPath a class path
     * @param mainClasses the main classes directory
     * @param buildDirectory the build directory
     * @return the remaining class path, in order
     */
    static String without(String classPath, Path mainClasses, Path buildDirectory) {
        return Arrays.stream(classPath.split(File.pathSeparator))
                .filter(entry -> !entry.isEmpty())
                .filter(entry -> {
                    Path path = Paths.get(entry).toAbsolutePath().normalize();
                    boolean projectJar = buildDirectory.equals(path.getParent())
                            && path.toString().endsWith(".jar");
                    return !path.equals(mainClasses) && !projectJar;
                })
                .collect(Collectors.joining(File.pathSeparator));
    }
}
