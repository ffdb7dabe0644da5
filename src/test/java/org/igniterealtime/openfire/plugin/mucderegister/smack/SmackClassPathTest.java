package org.igniterealtime.openfire.plugin.mucderegister.smack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;

import org.junit.jupiter.api.Test;

class SmackClassPathTest {

    private static String path(String... entries) {
        return String.join(File.pathSeparator, entries);
    }

    @Test
    void movesOpenfiresJarsBehindTheOthersKeepingTheOrder() {
        String classPath = path("test-classes", "xmppserver.jar", "javassist-3.11.jar", "junit.jar", "smack.jar",
                "javassist-3.21.jar");

        assertEquals(path("test-classes", "junit.jar", "smack.jar", "javassist-3.21.jar", "xmppserver.jar", "javassist-3.11.jar"),
                SmackClassPath.withOpenfireLast(classPath, path("xmppserver.jar", "javassist-3.11.jar", "elsewhere.jar")));
    }
}
