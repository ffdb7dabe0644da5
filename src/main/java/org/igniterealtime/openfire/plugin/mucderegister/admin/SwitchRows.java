package org.igniterealtime.openfire.plugin.mucderegister.admin;

import java.util.ArrayList;
import java.util.List;

import org.igniterealtime.openfire.plugin.mucderegister.admin.AdminBackend.MucService;
import org.igniterealtime.openfire.plugin.mucderegister.settings.Switch;

/** Reads the switches' current values into the rows the pages show. */
final class SwitchRows {

    private final AdminBackend backend;
    private final Texts texts;

    SwitchRows(AdminBackend backend, Texts texts) {
        this.backend = backend;
        this.texts = texts;
    }

    /**
     * The switches of the page of one service.
     *
     * @param serviceName the service's name
     * @return one row per switch
     */
    List<SwitchRow> ofService(String serviceName) {
        return rows(serviceName, null, null);
    }

    /**
     * Every service with its switches, for the overview. Its one form holds them all, so each
     * checkbox's name tells the service and its id the service's place in the list.
     *
     * @return one row per service, ordered by name
     */
    List<ServiceRow> ofEveryService() {
        List<ServiceRow> services = new ArrayList<>();
        for (MucService service : backend.services()) {
            services.add(new ServiceRow(service, rows(service.name(), service.name(), "s" + services.size())));
        }
        return services;
    }

    private List<SwitchRow> rows(String serviceName, String fieldService, String idPrefix) {
        List<SwitchRow> rows = new ArrayList<>();
        for (Switch which : Switch.values()) {
            String key = SwitchField.key(which);
            boolean on = backend.isOn(which, serviceName);
            rows.add(new SwitchRow(SwitchField.name(which, fieldService), idPrefix == null ? key : idPrefix + "-" + key,
                    on, texts.html("switch." + key + ".label"), texts.html("switch." + key + ".explanation"),
                    texts.html(on ? "switch.state.on" : "switch.state.off")));
        }
        return rows;
    }
}
