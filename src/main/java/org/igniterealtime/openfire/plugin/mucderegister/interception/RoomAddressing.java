package org.igniterealtime.openfire.plugin.mucderegister.interception;

/** Tells addresses of rooms (a bare JID with a node) from everything else, cheaply. */
final class RoomAddressing {

    private RoomAddressing() {
    }

    /**
     * Whether an IQ's {@code to} attribute may address a room: a bare JID with a node, as Tinder's
     * parser reads one (a node is what precedes an '@' before any '/'), and not at the server's own
     * domain, where accounts are and rooms never are (MUC services are its subdomains). Whether
     * that domain is a MUC service is for the caller. Asked of every IQ set, so it works on the
     * string: Tinder 1.3 (Openfire 4.2) rebuilds a JID's string on every {@code getTo()}.
     */
    static boolean isRoom(String to, String serverDomain) {
        return to != null && to.indexOf('/') < 0 && to.indexOf('@') > 0 && !isAtDomain(to, serverDomain);
    }

    private static boolean isAtDomain(String bareJid, String domain) {
        int at = bareJid.length() - domain.length() - 1;
        return at > 0 && bareJid.charAt(at) == '@' && bareJid.endsWith(domain);
    }
}
