package org.igniterealtime.openfire.plugin.mucderegister.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.dom4j.Document;
import org.jivesoftware.util.WebXmlUtils;
import org.junit.jupiter.api.Test;

/**
 * The web.xml the build generates (target/web.xml, web/WEB-INF/web.xml in the plugin jar) as
 * Openfire reads it: every page is a servlet whose class was compiled, for Java 7.
 */
class GeneratedWebXmlTest {

    private static final File WEB_XML = new File("target/web.xml");

    @Test
    void openfireFindsEveryPageAndItsClassWasCompiled() throws Exception {
        Document document = WebXmlUtils.asDocument(WEB_XML);
        Set<String> patterns = new TreeSet<>();
        List<String> names = WebXmlUtils.getServletNames(document);

        for (String name : names) {
            String className = WebXmlUtils.getServletClassName(document, name);
            assertTrue(className.startsWith("org.igniterealtime.openfire.plugin.mucderegister.admin.jsp."), className);
            Class<?> page = Class.forName(className, false, getClass().getClassLoader());
            assertTrue(javax.servlet.GenericServlet.class.isAssignableFrom(page), className);
            patterns.addAll(WebXmlUtils.getServletUrlPatterns(document, name));
        }

        assertEquals(Set.of("/mucderegister-overview.jsp", "/mucderegister-service.jsp"), patterns);
    }

    @Test
    void hasNoDoctypeWhichOpenfire5Refuses() throws Exception {
        assertFalse(new String(Files.readAllBytes(WEB_XML.toPath()), StandardCharsets.UTF_8).contains("<!DOCTYPE"));
    }

    @Test
    void pagesAreJava7Bytecode() throws Exception {
        byte[] header = new byte[8];
        try (var in = getClass().getClassLoader().getResourceAsStream(
                "org/igniterealtime/openfire/plugin/mucderegister/admin/jsp/mucderegister_002dservice_jsp.class")) {
            assertEquals(8, in.readNBytes(header, 0, 8));
        }
        assertTrue(header[7] <= 52, "class file major version " + header[7] + " runs on Java 8");
    }
}
