package org.igniterealtime.openfire.plugin.mucderegister.scansion;

/**
 * What Openfire with the plugin sends the two clients of the acceptance script
 * {@code muc_members_only_deregister.scs}, in order, including Openfire's own room-creation
 * presence (more status codes than Prosody's, in another order), plus one message the script
 * does not expect, standing in for the extra stanzas a server may send.
 */
final class OpenfireReplay {

    static final String ROMEO = "user@localhost/4kx9bq";
    static final String JULIET = "user2@localhost/7hn2zf";

    private static final String ROOM = "room@conference.localhost";
    private static final String MUC_USER = "http://jabber.org/protocol/muc#user";

    private OpenfireReplay() {
    }

    /** A connector replaying the acceptance script's stanzas. */
    static ReplayConnector acceptanceScript() {
        return new ReplayConnector()
            .client("Romeo", ROMEO,
                "<presence from='" + ROOM + "/Romeo' to='" + ROMEO + "'>"
                    + "<x xmlns='" + MUC_USER + "'><item jid='" + ROMEO + "' affiliation='owner' role='moderator'/>"
                    + "<status code='110'/><status code='100'/><status code='201'/></x></presence>",
                // Not in the script: the runner must skip it.
                "<message type='groupchat' from='" + ROOM + "' to='" + ROMEO + "'>"
                    + "<body>This room is locked from entry until configuration is confirmed.</body></message>",
                "<message type='groupchat' from='" + ROOM + "' to='" + ROMEO + "'><subject></subject></message>",
                "<iq type='result' id='config1' from='" + ROOM + "' to='" + ROMEO + "'/>",
                "<message from='" + ROOM + "' to='" + ROMEO + "'>"
                    + "<x xmlns='" + MUC_USER + "'><item jid='user2@localhost' affiliation='member'/></x></message>",
                "<iq type='result' id='member1' from='" + ROOM + "' to='" + ROMEO + "'/>",
                "<presence from='" + ROOM + "/Juliet' to='" + ROMEO + "'>"
                    + "<x xmlns='" + MUC_USER + "'><item jid='" + JULIET + "' affiliation='member' role='participant'/>"
                    + "</x></presence>",
                "<presence type='unavailable' from='" + ROOM + "/Juliet' to='" + ROMEO + "'>"
                    + "<x xmlns='" + MUC_USER + "'><status code='321'/>"
                    + "<item affiliation='none' role='none' jid='" + JULIET + "'/></x></presence>")
            .client("Juliet", JULIET,
                "<presence from='" + ROOM + "/Romeo' to='" + JULIET + "'>"
                    + "<x xmlns='" + MUC_USER + "'><item jid='" + ROMEO + "' affiliation='owner' role='moderator'/>"
                    + "</x></presence>",
                "<presence from='" + ROOM + "/Juliet' to='" + JULIET + "'>"
                    + "<x xmlns='" + MUC_USER + "'><item jid='" + JULIET + "' affiliation='member' role='participant'/>"
                    + "<status code='110'/><status code='100'/></x></presence>",
                "<message type='groupchat' from='" + ROOM + "' to='" + JULIET + "'><subject/></message>",
                "<presence type='unavailable' from='" + ROOM + "/Juliet' to='" + JULIET + "'>"
                    + "<x xmlns='" + MUC_USER + "'><status code='321'/>"
                    + "<item affiliation='none' role='none' jid='" + JULIET + "'/><status code='110'/></x></presence>",
                "<iq type='result' id='unreg1' from='" + ROOM + "' to='" + JULIET + "'/>");
    }
}
