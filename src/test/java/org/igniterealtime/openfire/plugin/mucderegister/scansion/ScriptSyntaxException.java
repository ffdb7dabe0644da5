package org.igniterealtime.openfire.plugin.mucderegister.scansion;

/** A script that does not follow the scansion format, with the line where it goes wrong. */
public final class ScriptSyntaxException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Reports a problem on line {@code line} of the script {@code scriptName}. */
    public ScriptSyntaxException(String scriptName, int line, String problem) {
        super(scriptName + ":" + line + ": " + problem);
    }
}
