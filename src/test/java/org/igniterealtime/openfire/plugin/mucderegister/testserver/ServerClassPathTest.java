package org.igniterealtime.openfire.plugin.mucderegister.testserver;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.junit.jupiter.api.Test;

class ServerClassPathTest {

    private static final Path TARGET = Paths.get("/p/target").toAbsolutePath();

    @Test
    void dropsMainClassesAndProjectJarsButKeepsTestClassesAndDependencies() {
        String classPath = String.join(File.pathSeparator,
                TARGET.resolve("test-classes").toString(),
                TARGET.resolve("classes").toString(),
                TARGET.resolve("mucderegister-1.0.0-SNAPSHOT.jar").toString(),
                "/m2/openfire/xmppserver-4.2.0.jar");

        String result = ServerClassPath.without(classPath, TARGET.resolve("classes"), TARGET);

        assertEquals(String.join(File.pathSeparator,
                TARGET.resolve("test-classes").toString(), "/m2/openfire/xmppserver-4.2.0.jar"), result);
    }
}
