package org.igniterealtime.openfire.plugin.mucderegister.scansion;

/**
 * A client declared in a script's header by {@code [Client] Name}.
 *
 * @param name     the actor's name, as the steps use it (may contain spaces and apostrophes)
 * @param jid      the account's JID, possibly with a resource
 * @param password the account's password
 * @param resource the resource to bind: the {@code resource:} line, else the JID's resource,
 *                 else {@code null} to let the server pick one
 * @param line     the script line of the declaration
 */
public record ClientSpec(String name, String jid, String password, String resource, int line) {

    /** The JID's local part: the user name to log in with. */
    public String username() {
        int at = jid.indexOf('@');
        return at < 0 ? "" : jid.substring(0, at);
    }

    /** The JID's domain part. */
    public String domain() {
        String withoutResource = jid.contains("/") ? jid.substring(0, jid.indexOf('/')) : jid;
        return withoutResource.substring(withoutResource.indexOf('@') + 1);
    }
}
