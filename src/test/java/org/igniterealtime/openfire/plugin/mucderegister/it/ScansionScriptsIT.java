package org.igniterealtime.openfire.plugin.mucderegister.it;

import java.util.stream.Stream;

import org.igniterealtime.openfire.plugin.mucderegister.scansion.ScansionTests;
import org.igniterealtime.openfire.plugin.mucderegister.testserver.OpenfireServer;
import org.igniterealtime.openfire.plugin.mucderegister.testserver.RunningServer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every scansion script under {@code src/test/resources/scansion/}, the acceptance script among
 * them, against a real Openfire with the plugin installed: one container per script, one test per
 * step.
 */
@ExtendWith(OpenfireServer.class)
class ScansionScriptsIT {

    @TestFactory
    Stream<DynamicNode> everyScriptPasses(RunningServer server) {
        return ScansionTests.scripts("scansion", server.host(), server.port(), server.domain());
    }
}
