package org.igniterealtime.openfire.plugin.mucderegister.it;

import java.io.IOException;

import org.igniterealtime.openfire.plugin.mucderegister.testserver.OpenfireServer;
import org.igniterealtime.openfire.plugin.mucderegister.testserver.RunningServer;
import org.igniterealtime.openfire.plugin.mucderegister.xmpp.XmppClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test with Romeo (user), Juliet (user2) and the Nurse (user3) logged in as real clients of the
 * shared Openfire 4.2.0 test server. Romeo owns the rooms; Juliet is the one whose affiliation
 * changes; the Nurse looks on.
 */
@ExtendWith(OpenfireServer.class)
abstract class VeronaTest {

    RunningServer server;
    Muc muc;
    XmppClient romeo;
    XmppClient juliet;
    XmppClient nurse;

    @BeforeEach
    void logIn(RunningServer server) throws IOException {
        this.server = server;
        this.muc = new Muc(server);
        romeo = server.login("user", "orchard");
        juliet = server.login("user2", "balcony");
        nurse = server.login("user3", "home");
    }

    @AfterEach
    void logOut() {
        romeo.close();
        juliet.close();
        nurse.close();
    }
}
