package org.igniterealtime.openfire.plugin.mucderegister.testserver;

import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Where the build puts things. Failsafe passes the locations as system properties; the
 * fallbacks hold when a test or main is started from the project directory by hand.
 */
public final class ProjectPaths {

    /** The plugin's name: its jar's file name without extension. */
    public static final String PLUGIN_NAME = "mucderegister";

    private ProjectPaths() {
    }

    /**
     * The build directory ({@code target/}).
     *
     * @return an absolute path
     */
    public static Path buildDirectory() {
        return Paths.get(System.getProperty("project.build.directory", "target")).toAbsolutePath();
    }

    /**
     * The installable plugin jar the build made ({@code target/mucderegister.jar}).
     *
     * @return an absolute path; the file may not exist if the build has not packaged yet
     */
    public static Path pluginJar() {
        String configured = System.getProperty("mucderegister.plugin.jar");
        return configured != null
                ? Paths.get(configured).toAbsolutePath()
                : buildDirectory().resolve(PLUGIN_NAME + ".jar");
    }

    /**
     * The compiled main classes ({@code target/classes}), which must stay off the class path
     * of any JVM running Openfire.
     *
     * @return an absolute path
     */
    public static Path mainClasses() {
        String configured = System.getProperty("project.build.outputDirectory");
        return configured != null
                ? Paths.get(configured).toAbsolutePath()
                : buildDirectory().resolve("classes");
    }
}
