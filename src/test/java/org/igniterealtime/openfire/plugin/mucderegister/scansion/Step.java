package org.igniterealtime.openfire.plugin.mucderegister.scansion;

/**
 * One step of a script, such as {@code Romeo sends:} with its XML block.
 *
 * @param line         the script line of the step
 * @param client       the acting client's name
 * @param action       what the client does
 * @param xml          the XML block of a {@code sends} or {@code receives}, unsubstituted;
 *                     {@code null} for the other actions
 * @param xmlFirstLine the script line on which the XML block starts
 */
public record Step(int line, String client, Action action, String xml, int xmlFirstLine) {

    /** The things a client can do in a script. */
    public enum Action {
        /** Logs in: SASL PLAIN, resource binding. */
        CONNECTS("connects"),
        /** Ends its stream. */
        DISCONNECTS("disconnects"),
        /** Sends the block's stanzas. */
        SENDS("sends"),
        /** Must receive the block's stanzas, in order. */
        RECEIVES("receives");

        private final String verb;

        Action(String verb) {
            this.verb = verb;
        }

        /** The word scripts use for the action. */
        public String verb() {
            return verb;
        }

        /** Whether the action carries an XML block. */
        public boolean hasXml() {
            return this == SENDS || this == RECEIVES;
        }
    }

    /**
     * How reports name the step: where it is, then what it does, e.g.
     * {@code muc_members_only_deregister.scs:15 Romeo sends}.
     *
     * @param scriptName the name of the script the step belongs to
     */
    public String describe(String scriptName) {
        return scriptName + ":" + line + " " + client + " " + action.verb();
    }
}
