package org.igniterealtime.openfire.plugin.mucderegister.interception;

/** Tells addresses of rooms (a bare JID with a node) from everything else, cheaply. */
final class RoomAddressing {

    private RoomAddressing() {
    }

    /**
     * Whether an IQ's {@code to} attribute addresses a room or an account, rather than a service, a
     * server or an occupant. Whether that domain is a MUC service is for the caller. Asked of every IQ set, so
     * it reads the attribute as a string: Tinder 1.3 (Openfire 4.2) rebuilds a JID's string on every
     * {@code getTo()} to check its cached JID, which allocates. Same reading as Tinder's parser: a
     * node is what precedes an '@' before any '/'.
     */
    static boolean isRoom(String to) {
        return to != null && to.indexOf('/') < 0 && to.indexOf('@') > 0;
    }

    /** Whether a bare JID is the account of the sender (a full or bare JID): a room never is. */
    static boolean isAccountOf(String bareJid, String sender) {
        return sender.startsWith(bareJid)
                && (sender.length() == bareJid.length() || sender.charAt(bareJid.length()) == '/');
    }
}
