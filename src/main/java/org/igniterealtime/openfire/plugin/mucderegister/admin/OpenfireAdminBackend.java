package org.igniterealtime.openfire.plugin.mucderegister.admin;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

import org.igniterealtime.openfire.plugin.mucderegister.MucDeregisterPlugin;
import org.igniterealtime.openfire.plugin.mucderegister.settings.ServiceSettings;
import org.igniterealtime.openfire.plugin.mucderegister.settings.Switch;
import org.jivesoftware.openfire.XMPPServer;
import org.jivesoftware.openfire.muc.MultiUserChatService;

/**
 * The admin pages' view of the running Openfire and plugin. Uses only API that Openfire 4.2.0
 * to 5.1.x share; the switches are per-service MUC properties, so a change reaches the
 * plugin's packet path through Openfire's property events, at once.
 */
public final class OpenfireAdminBackend implements AdminBackend {

    @Override
    public List<MucService> services() {
        List<MucService> services = new ArrayList<>();
        for (MultiUserChatService service : XMPPServer.getInstance().getMultiUserChatManager()
                .getMultiUserChatServices()) {
            services.add(describe(service));
        }
        Collections.sort(services, new Comparator<MucService>() {
            @Override
            public int compare(MucService a, MucService b) {
                return a.name().compareTo(b.name());
            }
        });
        return services;
    }

    @Override
    public MucService service(String serviceName) {
        if (serviceName == null || serviceName.isEmpty()) {
            return null;
        }
        MultiUserChatService service = XMPPServer.getInstance().getMultiUserChatManager()
                .getMultiUserChatService(serviceName);
        return service == null ? null : describe(service);
    }

    @Override
    public boolean isOn(Switch which, String serviceName) {
        return ServiceSettings.isOnForService(which, serviceName);
    }

    @Override
    public void set(Switch which, String serviceName, boolean on) {
        ServiceSettings.set(which, serviceName, on);
    }

    @Override
    public String openfireVersion() {
        return XMPPServer.getInstance().getServerInfo().getVersion().getVersionString();
    }

    @Override
    public PluginStatus pluginStatus() {
        MucDeregisterPlugin plugin = MucDeregisterPlugin.instance();
        if (plugin == null) {
            return new PluginStatus(false, null, null);
        }
        return new PluginStatus(true, plugin.bridgeProblem(), plugin.counters());
    }

    private static MucService describe(MultiUserChatService service) {
        return new MucService(service.getServiceName(), service.getDescription());
    }
}
