package org.igniterealtime.openfire.plugin.mucderegister.settings;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.jivesoftware.openfire.XMPPServer;
import org.jivesoftware.openfire.muc.MultiUserChatService;
import org.jivesoftware.openfire.muc.spi.MUCPersistenceManager;
import org.jivesoftware.openfire.muc.spi.MUCServicePropertyEventDispatcher;
import org.jivesoftware.openfire.muc.spi.MUCServicePropertyEventListener;
import org.xmpp.packet.JID;

/**
 * The plugin's switches for each MUC service. Reads go to an in-memory copy keyed by the
 * service's domain, so the packet path never touches the database; the copy is dropped whenever
 * one of our properties changes on any service (also when another cluster node changes it), so a
 * change applies to the next request.
 */
public final class ServiceSettings implements MUCServicePropertyEventListener {

    private final Map<String, Set<Switch>> switchesOnByDomain = new ConcurrentHashMap<>();

    /** Counts changes, so that a read that raced a change is not kept. */
    private final AtomicLong changes = new AtomicLong();

    /** Starts following property changes. */
    public void start() {
        MUCServicePropertyEventDispatcher.addListener(this);
    }

    /** Stops following property changes. */
    public void stop() {
        MUCServicePropertyEventDispatcher.removeListener(this);
        switchesOnByDomain.clear();
    }

    /**
     * Whether a switch is on for the MUC service at a domain such as {@code conference.example.org}.
     * False for a domain that is no MUC service of this server.
     */
    public boolean isOn(Switch which, String serviceDomain) {
        Set<Switch> on = switchesOnByDomain.get(serviceDomain);
        if (on == null) {
            MultiUserChatService service = serviceAt(serviceDomain);
            if (service == null) {
                // Not cached: a service created later under this domain must not inherit a "no".
                return false;
            }
            long changesBefore = changes.get();
            on = switchesOn(service.getServiceName());
            switchesOnByDomain.put(serviceDomain, on);
            if (changes.get() != changesBefore) {
                switchesOnByDomain.remove(serviceDomain);
            }
        }
        return on.contains(which);
    }

    /**
     * The MUC service at the domain of an address such as {@code room@conference.example.org}, if
     * the switch is on there; otherwise null.
     */
    public MultiUserChatService serviceWhereOn(Switch which, JID address) {
        String serviceDomain = address.getDomain();
        return isOn(which, serviceDomain) ? serviceAt(serviceDomain) : null;
    }

    /** Whether a switch is on for the MUC service of that (sub)domain name, such as {@code conference}. */
    public static boolean isOnForService(Switch which, String serviceName) {
        return MUCPersistenceManager.getBooleanProperty(serviceName, which.property(), true);
    }

    /** Turns a switch on or off for a MUC service, by its (sub)domain name such as {@code conference}. */
    public static void set(Switch which, String serviceName, boolean on) {
        MUCPersistenceManager.setProperty(serviceName, which.property(), Boolean.toString(on));
    }

    @Override
    public void propertySet(String service, String property, Map<String, Object> params) {
        forgetIfOurs(property);
    }

    @Override
    public void propertyDeleted(String service, String property, Map<String, Object> params) {
        forgetIfOurs(property);
    }

    private void forgetIfOurs(String property) {
        for (Switch which : Switch.values()) {
            if (which.property().equals(property)) {
                changes.incrementAndGet();
                switchesOnByDomain.clear();
                return;
            }
        }
    }

    /** The switches that are on for the MUC service of that (sub)domain name, read from its properties. */
    public static Set<Switch> switchesOn(String serviceName) {
        Set<Switch> on = EnumSet.noneOf(Switch.class);
        for (Switch which : Switch.values()) {
            if (isOnForService(which, serviceName)) {
                on.add(which);
            }
        }
        return on;
    }

    private static MultiUserChatService serviceAt(String serviceDomain) {
        MultiUserChatService service = XMPPServer.getInstance().getMultiUserChatManager()
                .getMultiUserChatService(new JID(null, serviceDomain, null, true));
        return service != null && serviceDomain.equals(service.getServiceDomain()) ? service : null;
    }
}
