package org.igniterealtime.openfire.plugin.mucderegister.bridge.shapes;

/** Shaped like Openfire 5's top-level {@code muc.Role}. */
public enum Role51 { moderator, participant, visitor, none }
