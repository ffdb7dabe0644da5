package org.igniterealtime.openfire.plugin.mucderegister.smack;

import java.io.File;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The class path of the JVM that runs Smack's tests: this JVM's test class path with Openfire's
 * own jars moved to the end. Where both bring a library, Smack's copy must win: Openfire 4.2's
 * javassist 3.11 cannot read the class files among which Smack's framework looks for its tests,
 * and it would find none. The build names Openfire's jars in the system property
 * {@value #OPENFIRE_PROPERTY} (every dependency of the provided scope).
 */
public final class SmackClassPath {

    /** The system property listing Openfire's jars, as a class path. */
    static final String OPENFIRE_PROPERTY = "openfire.class.path";

    private SmackClassPath() {
    }

    /** The class path for {@code java -cp}, from this JVM's. */
    public static String get() {
        String openfire = System.getProperty(OPENFIRE_PROPERTY, "");
        if (openfire.isBlank() || openfire.startsWith("${")) {
            throw new IllegalStateException("The build did not set " + OPENFIRE_PROPERTY
                    + " (maven-dependency-plugin's openfire-class-path execution)");
        }
        // Failsafe may start the test JVM through a manifest-only jar; the real class path is then here.
        String testClassPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return withOpenfireLast(testClassPath, openfire);
    }

    /** {@code classPath} with the entries that are also in {@code openfireClassPath} moved to its end. */
    static String withOpenfireLast(String classPath, String openfireClassPath) {
        Set<String> openfire = Set.copyOf(entries(openfireClassPath));
        List<String> all = entries(classPath);
        return Stream.concat(all.stream().filter(e -> !openfire.contains(e)), all.stream().filter(openfire::contains))
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static List<String> entries(String classPath) {
        return Arrays.stream(classPath.split(File.pathSeparator)).filter(e -> !e.isEmpty()).collect(Collectors.toList());
    }
}
