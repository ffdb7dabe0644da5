package org.igniterealtime.openfire.plugin.mucderegister.scansion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class VariablesTest {

    private final Variables variables = new Variables(List.of(
        new ClientSpec("Juliet", "user2@localhost", "p", null, 1),
        new ClientSpec("Juliet's phone", "user2@localhost/phone", "p", "phone", 2)));

    @Test
    void substitutesFullAndBareJidsOfConnectedClients() {
        variables.connected("Juliet", "user2@localhost/abc");

        assertEquals("<item jid='user2@localhost/abc'/><item jid='user2@localhost'/>",
            variables.substitute("<item jid='${Juliet's full JID}'/><item jid='${Juliet's JID}'/>"));
    }

    @Test
    void nestedNamesResolveToTheLongestClientName() {
        variables.connected("Juliet", "user2@localhost/abc");
        variables.connected("Juliet's phone", "user2@localhost/phone");

        assertEquals("user2@localhost/phone", variables.substitute("${Juliet's phone's full JID}"));
    }

    @Test
    void bareJidIsKnownFromTheHeaderBeforeTheClientConnects() {
        assertEquals("user2@localhost", variables.substitute("${Juliet's phone's JID}"));
    }

    @Test
    void fullJidIsUnknownBeforeTheClientConnects() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
            () -> variables.substitute("${Juliet's full JID}"));
        assertEquals("${Juliet's full JID} is unknown until Juliet connects", error.getMessage());
    }

    @Test
    void rejectsUndeclaredClientsAndUnknownVariables() {
        assertEquals("${Tybalt's JID} names 'Tybalt', not a [Client] of this script",
            assertThrows(IllegalArgumentException.class, () -> variables.substitute("${Tybalt's JID}")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> variables.substitute("${Juliet's nick}"));
    }

    @Test
    void leavesOtherTextAlone() {
        assertEquals("<a b='$x {scansion:any}'/>", variables.substitute("<a b='$x {scansion:any}'/>"));
    }
}
