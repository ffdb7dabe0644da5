package org.igniterealtime.openfire.plugin.mucderegister.scansion;

import java.util.List;
import java.util.Optional;

/**
 * A parsed scansion script: its title, the clients its header declares and its steps in order.
 *
 * @param name    where the script came from (a file name), for reports
 * @param title   the script's first {@code #} line, or its name if it has none
 * @param clients the declared clients, in declaration order
 * @param steps   the steps, in script order
 */
public record Script(String name, String title, List<ClientSpec> clients, List<Step> steps) {

    /** Copies the lists, so that a script is immutable. */
    public Script {
        clients = List.copyOf(clients);
        steps = List.copyOf(steps);
    }

    /** The declared client called {@code clientName}, if any. */
    public Optional<ClientSpec> client(String clientName) {
        return clients.stream().filter(c -> c.name().equals(clientName)).findFirst();
    }
}
