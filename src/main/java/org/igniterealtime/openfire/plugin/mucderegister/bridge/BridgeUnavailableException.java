package org.igniterealtime.openfire.plugin.mucderegister.bridge;

/**
 * The running Openfire lacks a method the plugin needs, so the plugin leaves the work to Openfire.
 */
public final class BridgeUnavailableException extends Exception {

    private static final long serialVersionUID = 1L;

    BridgeUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
