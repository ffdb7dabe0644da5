package org.igniterealtime.openfire.plugin.mucderegister.admin;

import java.util.List;

import org.igniterealtime.openfire.plugin.mucderegister.admin.AdminBackend.MucService;

/** One MUC service on the overview. */
public final class ServiceRow {
    private final MucService service;
    private final List<SwitchRow> switches;

    ServiceRow(MucService service, List<SwitchRow> switches) {
        this.service = service;
        this.switches = switches;
    }

    /** @return the service's name, as HTML (also the value of its hidden field) */
    public String nameHtml() {
        return Html.escape(service.name());
    }

    /** @return the service's description, as HTML */
    public String descriptionHtml() {
        return Html.escape(service.description());
    }

    /** @return the URL of the service's own page, escaped as an attribute value */
    public String pageUrlHtml() {
        return Html.escape(SettingsPage.servicePageUrl(service.name()));
    }

    /** @return the service's switches */
    public List<SwitchRow> switches() {
        return switches;
    }
}
