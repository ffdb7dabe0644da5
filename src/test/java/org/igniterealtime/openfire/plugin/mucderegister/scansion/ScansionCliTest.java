package org.igniterealtime.openfire.plugin.mucderegister.scansion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScansionCliTest {

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);

    @Test
    void badArgumentsPrintUsage() {
        int status = ScansionCli.run(new String[] {"--domain"}, out);

        assertEquals(2, status);
        assertTrue(output.toString(StandardCharsets.UTF_8).contains("usage: ScansionCli"));
    }

    @Test
    void reportsEachStepAndExitsWithFailureWhenTheServerIsUnreachable(@TempDir Path directory) throws IOException {
        Path script = directory.resolve("a.scs");
        Files.writeString(script, "# Title\n[Client] Romeo\n\tjid: user@localhost\n\tpassword: p\n-----\n"
            + "Romeo connects\nRomeo sends:\n\t<presence/>\n");

        int status = ScansionCli.run(new String[] {"--timeout-ms", "100", "127.0.0.1:" + closedPort(), script.toString()}, out);

        String report = output.toString(StandardCharsets.UTF_8);
        assertEquals(1, status);
        assertTrue(report.startsWith("== Title [a.scs]\nFAIL a.scs:6 Romeo connects\n     a.scs:6: Romeo connects:"
            + " Romeo (user@localhost) could not log in:"), report);
        assertTrue(report.endsWith("SKIP a.scs:7 Romeo sends\n"), report);
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
