package org.igniterealtime.openfire.plugin.mucderegister.scansion;

import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Substitutes {@code ${Romeo's full JID}} and {@code ${Romeo's JID}} (bare) into XML blocks, as
 * text. The client name is everything before the last {@code 's}, so names that themselves
 * contain one nest: {@code ${Juliet's phone's full JID}} is client "Juliet's phone". The full JID
 * is the one the server bound, known once the client connects; the bare JID is known from the
 * header from the start (scripts name members before they connect), and taken from the bound JID
 * once there is one.
 */
final class Variables {

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([^}]*)}");
    private static final Pattern JID_VARIABLE = Pattern.compile("^(.+)'s (full JID|JID)$");

    private final Map<String, String> declaredJids = new HashMap<>();
    private final Map<String, String> fullJids = new HashMap<>();

    /** Variables of a script declaring {@code clients}. */
    Variables(List<ClientSpec> clients) {
        clients.forEach(client -> declaredJids.put(client.name(), client.jid()));
    }

    /** Makes the JIDs of {@code client} known, once it has connected. */
    void connected(String client, String fullJid) {
        fullJids.put(client, fullJid);
    }

    /**
     * The text with every variable replaced.
     *
     * @throws IllegalArgumentException naming the variable that cannot be resolved
     */
    String substitute(String text) {
        Matcher variable = VARIABLE.matcher(text);
        StringBuilder result = new StringBuilder();
        while (variable.find()) {
            variable.appendReplacement(result, Matcher.quoteReplacement(valueOf(variable.group(1))));
        }
        variable.appendTail(result);
        return result.toString();
    }

    private String valueOf(String name) {
        Matcher jid = JID_VARIABLE.matcher(name);
        if (!jid.matches()) {
            throw new IllegalArgumentException("unknown variable ${" + name + "}: only ${<client>'s full JID}"
                + " and ${<client>'s JID} exist");
        }
        String client = jid.group(1);
        if (!declaredJids.containsKey(client)) {
            throw new IllegalArgumentException("${" + name + "} names '" + client + "', not a [Client] of this script");
        }
        String fullJid = fullJids.get(client);
        if (jid.group(2).equals("JID")) {
            return bare(fullJid != null ? fullJid : declaredJids.get(client));
        }
        if (fullJid == null) {
            throw new IllegalArgumentException("${" + name + "} is unknown until " + client + " connects");
        }
        return fullJid;
    }

    private static String bare(String jid) {
        int slash = jid.indexOf('/');
        return slash < 0 ? jid : jid.substring(0, slash);
    }
}
