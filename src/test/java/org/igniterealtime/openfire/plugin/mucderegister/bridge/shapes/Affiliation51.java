package org.igniterealtime.openfire.plugin.mucderegister.bridge.shapes;

/** Shaped like Openfire 5's top-level {@code muc.Affiliation}. */
public enum Affiliation51 { owner, admin, member, outcast, none }
