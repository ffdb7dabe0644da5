package org.igniterealtime.openfire.plugin.mucderegister.admin;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.igniterealtime.openfire.plugin.mucderegister.admin.AdminBackend.MucService;
import org.igniterealtime.openfire.plugin.mucderegister.admin.AdminBackend.PluginStatus;
import org.igniterealtime.openfire.plugin.mucderegister.settings.Switch;
import org.jivesoftware.util.WebManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Handles one request to an admin page and holds what the page shows. Both pages, the one per
 * MUC service ({@value #SERVICE_PAGE}) and the overview of every service
 * ({@value #OVERVIEW_PAGE}), work the same way:
 * <ol>
 * <li>a GET shows the switches with their current values, a fresh CSRF token and, after a
 * save, a success message;</li>
 * <li>a POST whose CSRF token matches applies the submitted switches at once, records each
 * change in the audit log and redirects to the GET (post/redirect/get); any other POST changes
 * nothing and shows the page with an error.</li>
 * </ol>
 * Every {@code ...Html} method returns text already escaped for HTML, so the JSPs only print.
 */
public final class SettingsPage {

    /** The page of one MUC service, in the service's sidebar. */
    public static final String SERVICE_PAGE = "mucderegister-service.jsp";

    /** The page that lists every MUC service, in the group chat settings. */
    public static final String OVERVIEW_PAGE = "mucderegister-overview.jsp";

    /** The query parameter naming the MUC service, as on Openfire's own service pages. */
    public static final String SERVICE_PARAMETER = "mucname";

    /** On the overview: one hidden field per service the form shows. */
    public static final String LISTED_PARAMETER = "service";

    /** Set on the redirect after a save. */
    public static final String SUCCESS_PARAMETER = "success";

    private static final Logger Log = LoggerFactory.getLogger(SettingsPage.class);

    private enum Kind { SERVICE, OVERVIEW }

    private final Kind kind;
    private final AdminBackend backend;
    private final AuditLog audit;
    private final Texts texts;
    private final CsrfGuard csrf;

    private String redirect;
    private String requestedService;
    private MucService service;
    private String errorHtml;
    private String successHtml;
    private String csrfToken = "";
    private PluginStatus status;
    private String openfireVersion;

    SettingsPage(boolean overview, AdminBackend backend, AuditLog audit, Texts texts, CsrfGuard csrf) {
        this.kind = overview ? Kind.OVERVIEW : Kind.SERVICE;
        this.backend = backend;
        this.audit = audit;
        this.texts = texts;
        this.csrf = csrf;
    }

    /**
     * Handles a request to the page of one MUC service (named by {@value #SERVICE_PARAMETER}).
     * When {@link #isRedirect()} is true afterwards, the response is complete and the page must
     * write nothing.
     *
     * @param request the request
     * @param response the response
     * @param webManager the page's initialised {@code WebManager}, for the audit log
     * @return the page's content
     * @throws IOException if the redirect cannot be sent
     */
    public static SettingsPage service(HttpServletRequest request, HttpServletResponse response,
            WebManager webManager) throws IOException {
        return openfire(false, webManager).handle(request, response);
    }

    /**
     * Handles a request to the overview of every MUC service; see {@link #service}.
     *
     * @param request the request
     * @param response the response
     * @param webManager the page's initialised {@code WebManager}, for the audit log
     * @return the page's content
     * @throws IOException if the redirect cannot be sent
     */
    public static SettingsPage overview(HttpServletRequest request, HttpServletResponse response,
            WebManager webManager) throws IOException {
        return openfire(true, webManager).handle(request, response);
    }

    private static SettingsPage openfire(boolean overview, final WebManager webManager) {
        AuditLog audit = new AuditLog() {
            @Override
            public void record(String summary, String details) {
                webManager.logEvent(summary, details);
            }
        };
        return new SettingsPage(overview, new OpenfireAdminBackend(), audit, Texts.fromOpenfire(), new CsrfGuard());
    }

    SettingsPage handle(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getCharacterEncoding() == null) {
            request.setCharacterEncoding("UTF-8");
        }
        if (kind == Kind.SERVICE) {
            requestedService = trimmed(request.getParameter(SERVICE_PARAMETER));
            service = backend.service(requestedService);
        }
        if ("POST".equalsIgnoreCase(request.getMethod())) {
            if (!csrf.accepts(request)) {
                errorHtml = texts.html("message.csrf");
            } else if (kind == Kind.OVERVIEW || service != null) {
                apply(request);
                redirect = kind == Kind.OVERVIEW
                        ? OVERVIEW_PAGE + "?" + SUCCESS_PARAMETER + "=true"
                        : SERVICE_PAGE + "?" + SERVICE_PARAMETER + "=" + Html.urlParameter(service.name())
                                + "&" + SUCCESS_PARAMETER + "=true";
                response.sendRedirect(redirect);
                return this;
            }
        } else if ("true".equals(request.getParameter(SUCCESS_PARAMETER))) {
            successHtml = texts.html("message.saved");
        }
        if (kind == Kind.SERVICE && service == null && errorHtml == null) {
            errorHtml = requestedService.isEmpty()
                    ? texts.html("message.no-service")
                    : texts.html("message.unknown-service", requestedService);
        }
        status = backend.pluginStatus();
        openfireVersion = backend.openfireVersion();
        csrfToken = csrf.issue(request, response);
        return this;
    }

    private void apply(HttpServletRequest request) {
        if (kind == Kind.SERVICE) {
            for (Switch which : Switch.values()) {
                apply(which, service.name(), "true".equals(request.getParameter(fieldName(which, null))));
            }
            return;
        }
        Set<String> listed = new LinkedHashSet<>();
        String[] values = request.getParameterValues(LISTED_PARAMETER);
        if (values != null) {
            for (String value : values) {
                listed.add(trimmed(value));
            }
        }
        for (String name : listed) {
            if (backend.service(name) == null) {
                continue; // deleted meanwhile, or never there
            }
            for (Switch which : Switch.values()) {
                apply(which, name, "true".equals(request.getParameter(fieldName(which, name))));
            }
        }
    }

    private void apply(Switch which, String serviceName, boolean on) {
        if (backend.isOn(which, serviceName) == on) {
            return;
        }
        backend.set(which, serviceName, on);
        String summary = "MUC deregistration plugin: set " + which.property() + " to " + on
                + " for MUC service " + serviceName;
        try {
            audit.record(summary, "service: " + serviceName + "\nproperty: " + which.property() + "\nvalue: " + on);
        } catch (RuntimeException e) {
            // The change stands; Openfire's audit log just could not take it (no admin user?).
            Log.warn("Could not record in the audit log: " + summary, e);
        }
    }

    /**
     * Whether the response is a redirect, after a successful save; then the page writes nothing.
     *
     * @return true after a save
     */
    public boolean isRedirect() {
        return redirect != null;
    }

    /**
     * Where a save redirects to.
     *
     * @return the relative URL, or null when there was no redirect
     */
    public String redirectTarget() {
        return redirect;
    }

    /**
     * A text of the plugin's bundle.
     *
     * @param key the key
     * @return HTML
     */
    public String text(String key) {
        return texts.html(key);
    }

    /** @return the page's title, as HTML */
    public String titleHtml() {
        return kind == Kind.OVERVIEW
                ? texts.html("page.overview.title")
                : service == null ? texts.html("page.service.title") : texts.html("page.service.heading", service.name());
    }

    /**
     * Whether the page shows an existing MUC service (the service page) or every service (the
     * overview).
     *
     * @return false on a service page for a missing or unknown service
     */
    public boolean hasContent() {
        return kind == Kind.OVERVIEW || service != null;
    }

    /** @return the heading of the service page's switches, naming the service, as HTML */
    public String switchesHeadingHtml() {
        return service == null ? texts.html("section.switches") : texts.html("section.service-switches", service.name());
    }

    /** @return the service's name, as HTML; empty on the overview or for an unknown service */
    public String serviceNameHtml() {
        return service == null ? "" : Html.escape(service.name());
    }

    /**
     * The {@code extraParams} for Openfire's per-service sidebar, so its links keep the service.
     *
     * @return {@code mucname=...}, URL-encoded and escaped as an attribute value
     */
    public String extraParamsHtml() {
        String name = service != null ? service.name() : requestedService == null ? "" : requestedService;
        return Html.escape(SERVICE_PARAMETER + "=" + Html.urlParameter(name));
    }

    /** @return the CSRF token for the form's hidden field, as HTML */
    public String csrfHtml() {
        return Html.escape(csrfToken);
    }

    /** @return the success message, as HTML, or null */
    public String successHtml() {
        return successHtml;
    }

    /** @return the error message, as HTML, or null */
    public String errorHtml() {
        return errorHtml;
    }

    /** @return the Openfire version, as HTML */
    public String openfireVersionHtml() {
        return Html.escape(openfireVersion);
    }

    /** @return whether the plugin is loaded */
    public boolean pluginRunning() {
        return status != null && status.running();
    }

    /** @return whether the plugin adapted fully to this Openfire release */
    public boolean bridgeResolved() {
        return pluginRunning() && status.bridgeProblem() == null;
    }

    /**
     * What the page says about the plugin's adaptation to this Openfire release.
     *
     * @return HTML: a confirmation, or the warning that the plugin fell back to Openfire's own
     *     behaviour with the reason
     */
    public String bridgeHtml() {
        if (!pluginRunning()) {
            return texts.html("status.not-running");
        }
        return status.bridgeProblem() == null
                ? texts.html("status.bridge.resolved")
                : texts.html("status.bridge.fallback", status.bridgeProblem());
    }

    /** @return whether the plugin counts what it does (false when it fell back) */
    public boolean counting() {
        return pluginRunning() && status.counting();
    }

    /** @return requests taken over since start, as HTML */
    public String requestsHandledHtml() {
        return Html.escape(texts.number(counting() ? status.requestsHandled() : 0));
    }

    /** @return sessions ejected since start, as HTML */
    public String sessionsEjectedHtml() {
        return Html.escape(texts.number(counting() ? status.sessionsEjected() : 0));
    }

    /** @return errors returned since start, as HTML */
    public String errorsReturnedHtml() {
        return Html.escape(texts.number(counting() ? status.errorsReturned() : 0));
    }

    /**
     * The switches of the page's service.
     *
     * @return one row per switch; empty on the overview or for an unknown service
     */
    public List<SwitchRow> switches() {
        if (kind != Kind.SERVICE || service == null) {
            return Collections.emptyList();
        }
        return rows(service.name(), null, null);
    }

    /**
     * Every MUC service with its switches, for the overview.
     *
     * @return one row per service, ordered by name; empty on a service page
     */
    public List<ServiceRow> services() {
        if (kind != Kind.OVERVIEW) {
            return Collections.emptyList();
        }
        List<ServiceRow> rows = new ArrayList<>();
        int index = 0;
        for (MucService each : backend.services()) {
            rows.add(new ServiceRow(each, rows(each.name(), each.name(), "s" + index++)));
        }
        return rows;
    }

    private List<SwitchRow> rows(String serviceName, String fieldSuffix, String idPrefix) {
        List<SwitchRow> rows = new ArrayList<>();
        for (Switch which : Switch.values()) {
            String key = key(which);
            boolean on = backend.isOn(which, serviceName);
            rows.add(new SwitchRow(fieldName(which, fieldSuffix),
                    idPrefix == null ? key : idPrefix + "-" + key, on,
                    texts.html("switch." + key + ".label"), texts.html("switch." + key + ".explanation"),
                    texts.html(on ? "switch.state.on" : "switch.state.off")));
        }
        return rows;
    }

    /**
     * The form field of a switch: its lower-case name on a service page, {@code name@service}
     * on the overview.
     */
    static String fieldName(Switch which, String serviceName) {
        return serviceName == null ? key(which) : key(which) + "@" + serviceName;
    }

    private static String key(Switch which) {
        return which.name().toLowerCase(Locale.ROOT);
    }

    private static String trimmed(String value) {
        return value == null ? "" : value.trim();
    }

    /** One switch as a page shows it: a checkbox, its label, explanation and current value. */
    public static final class SwitchRow {
        private final String field;
        private final String id;
        private final boolean on;
        private final String labelHtml;
        private final String explanationHtml;
        private final String stateHtml;

        SwitchRow(String field, String id, boolean on, String labelHtml, String explanationHtml, String stateHtml) {
            this.field = field;
            this.id = id;
            this.on = on;
            this.labelHtml = labelHtml;
            this.explanationHtml = explanationHtml;
            this.stateHtml = stateHtml;
        }

        /** @return the checkbox's name, as HTML */
        public String fieldHtml() {
            return Html.escape(field);
        }

        /** @return the checkbox's element id, as HTML */
        public String idHtml() {
            return Html.escape(id);
        }

        /** @return whether the switch is on now */
        public boolean on() {
            return on;
        }

        /** @return {@code " checked"} when on, else empty: for the checkbox */
        public String checkedAttribute() {
            return on ? " checked" : "";
        }

        /** @return what the switch does, in a few words, as HTML */
        public String labelHtml() {
            return labelHtml;
        }

        /** @return what the switch does, in one line, as HTML */
        public String explanationHtml() {
            return explanationHtml;
        }

        /** @return the current value in words (On/Off), as HTML */
        public String stateHtml() {
            return stateHtml;
        }
    }

    /** One MUC service on the overview. */
    public static final class ServiceRow {
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
            return Html.escape(SERVICE_PAGE + "?" + SERVICE_PARAMETER + "=" + Html.urlParameter(service.name()));
        }

        /** @return the service's switches */
        public List<SwitchRow> switches() {
            return switches;
        }
    }
}
