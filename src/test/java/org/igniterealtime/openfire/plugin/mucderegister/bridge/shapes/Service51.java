package org.igniterealtime.openfire.plugin.mucderegister.bridge.shapes;

import java.util.concurrent.locks.Lock;

import org.jivesoftware.openfire.muc.MultiUserChatService;

/** A {@code MultiUserChatService} with the cluster-wide room lock and sync of 4.7 and later, for Room51. Tests mock it. */
public abstract class Service51 implements MultiUserChatService {

    public abstract Lock getChatRoomLock(String roomName);

    public abstract void syncChatRoom(Room51 room);
}
