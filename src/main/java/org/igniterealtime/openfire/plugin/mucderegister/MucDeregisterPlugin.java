package org.igniterealtime.openfire.plugin.mucderegister;

import java.io.File;

import org.igniterealtime.openfire.plugin.mucderegister.announcements.AffiliationAnnouncer;
import org.igniterealtime.openfire.plugin.mucderegister.announcements.AffiliationChangeWatch;
import org.igniterealtime.openfire.plugin.mucderegister.bridge.BridgeUnavailableException;
import org.igniterealtime.openfire.plugin.mucderegister.bridge.OpenfireBridge;
import org.igniterealtime.openfire.plugin.mucderegister.deregistration.Deregistration;
import org.igniterealtime.openfire.plugin.mucderegister.deregistration.DeregistrationCounters;
import org.igniterealtime.openfire.plugin.mucderegister.interception.MucIqInterceptor;
import org.igniterealtime.openfire.plugin.mucderegister.interception.OwnStatusInterceptor;
import org.igniterealtime.openfire.plugin.mucderegister.legacy.EmptySubjectOnJoin;
import org.igniterealtime.openfire.plugin.mucderegister.settings.ServiceSettings;
import org.jivesoftware.openfire.PacketRouter;
import org.jivesoftware.openfire.XMPPServer;
import org.jivesoftware.openfire.container.Plugin;
import org.jivesoftware.openfire.container.PluginManager;
import org.jivesoftware.openfire.interceptor.InterceptorManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes members who cancel their registration with a members-only room lose the membership and
 * leave the room. Wires its parts in {@link #initializePlugin} and unwires them, in reverse, in
 * {@link #destroyPlugin}.
 */
public class MucDeregisterPlugin implements Plugin {

    private static final Logger Log = LoggerFactory.getLogger(MucDeregisterPlugin.class);

    /** The loaded instance, for the admin pages, which run in this plugin's class loader. */
    private static volatile MucDeregisterPlugin instance;

    private String bridgeProblem;
    private ServiceSettings settings;
    private Deregistration deregistration;
    private AffiliationChangeWatch watch;
    private MucIqInterceptor iqInterceptor;
    /** Only on releases that lack status 110 on removals (before 4.7); null elsewhere. */
    private OwnStatusInterceptor ownStatusInterceptor;
    /** Only on releases that lack the empty subject on join (before 4.5); null elsewhere. */
    private EmptySubjectOnJoin emptySubjectOnJoin;

    @Override
    public void initializePlugin(PluginManager manager, File pluginDirectory) {
        instance = this;
        OpenfireBridge bridge;
        try {
            bridge = OpenfireBridge.forRunningServer();
        } catch (BridgeUnavailableException e) {
            bridgeProblem = e.getMessage();
            Log.error("The MUC deregistration plugin leaves deregistration to Openfire: " + bridgeProblem, e);
            return;
        }
        PacketRouter router = XMPPServer.getInstance().getPacketRouter();
        settings = new ServiceSettings();
        AffiliationAnnouncer announcer = new AffiliationAnnouncer(bridge, router);
        deregistration = new Deregistration(bridge, settings, announcer);
        watch = new AffiliationChangeWatch(bridge, announcer, router);
        iqInterceptor = new MucIqInterceptor(settings, deregistration, watch, router,
                XMPPServer.getInstance().getServerInfo().getXMPPDomain());
        if (bridge.lacksOwnStatusOnRemoval()) {
            ownStatusInterceptor = new OwnStatusInterceptor(settings, router);
        }
        if (bridge.lacksEmptySubjectOnJoin()) {
            emptySubjectOnJoin = new EmptySubjectOnJoin(bridge, settings, router);
        }

        settings.start();
        InterceptorManager.getInstance().addInterceptor(iqInterceptor);
        if (ownStatusInterceptor != null) {
            InterceptorManager.getInstance().addInterceptor(ownStatusInterceptor);
        }
        if (emptySubjectOnJoin != null) {
            emptySubjectOnJoin.start();
        }
    }

    @Override
    public void destroyPlugin() {
        if (bridgeProblem == null) {
            if (emptySubjectOnJoin != null) {
                emptySubjectOnJoin.stop();
            }
            if (ownStatusInterceptor != null) {
                InterceptorManager.getInstance().removeInterceptor(ownStatusInterceptor);
            }
            InterceptorManager.getInstance().removeInterceptor(iqInterceptor);
            watch.stop();
            settings.stop();
        }
        instance = null;
    }

    /** The running plugin, or null when it is not loaded. */
    public static MucDeregisterPlugin instance() {
        return instance;
    }

    /**
     * Why the plugin could not take over on this Openfire release, or null when it runs fully.
     */
    public String bridgeProblem() {
        return bridgeProblem;
    }

    /** What deregistration has done since start; null when the plugin could not take over. */
    public DeregistrationCounters counters() {
        return deregistration == null ? null : deregistration.counters();
    }
}
