package org.igniterealtime.openfire.plugin.mucderegister.admin;

import java.io.IOException;
import java.util.Collections;
import java.util.List;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.igniterealtime.openfire.plugin.mucderegister.admin.AdminBackend.MucService;
import org.igniterealtime.openfire.plugin.mucderegister.admin.AdminBackend.PluginStatus;
import org.igniterealtime.openfire.plugin.mucderegister.admin.SettingsForm.Outcome;
import org.jivesoftware.util.WebManager;

/**
 * Handles one request to an admin page, its form through {@link SettingsForm}, and holds what
 * the page shows. Both pages, the one per MUC service ({@value #SERVICE_PAGE}) and the overview
 * of every service ({@value #OVERVIEW_PAGE}), work the same way:
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

    private final boolean overview;
    private final AdminBackend backend;
    private final Texts texts;
    private final CsrfGuard csrf;
    private final SettingsForm form;
    private final SwitchRows rows;

    private String requestedService;
    private MucService service;
    private Outcome outcome;
    private String csrfToken = "";
    private PluginStatus status;
    private String openfireVersion;

    SettingsPage(boolean overview, AdminBackend backend, AuditLog audit, Texts texts, CsrfGuard csrf) {
        this.overview = overview;
        this.backend = backend;
        this.texts = texts;
        this.csrf = csrf;
        this.form = new SettingsForm(backend, audit, csrf);
        this.rows = new SwitchRows(backend, texts);
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
            // Before the first parameter is read: browsers post in the page's UTF-8 without saying so.
            request.setCharacterEncoding("UTF-8");
        }
        if (overview) {
            outcome = form.submitOverview(request, response);
        } else {
            requestedService = trimmed(request.getParameter(SERVICE_PARAMETER));
            service = backend.service(requestedService);
            outcome = form.submitService(request, response, service);
        }
        if (!isRedirect()) {
            status = backend.pluginStatus();
            openfireVersion = backend.openfireVersion();
            csrfToken = csrf.issue(request, response);
        }
        return this;
    }

    /**
     * The address of the page of one MUC service.
     *
     * @param serviceName the service's name
     * @return the relative URL, still to be escaped inside HTML
     */
    static String servicePageUrl(String serviceName) {
        return SERVICE_PAGE + "?" + serviceParameter(serviceName);
    }

    private static String serviceParameter(String serviceName) {
        return SERVICE_PARAMETER + "=" + Html.urlParameter(serviceName);
    }

    private static String trimmed(String value) {
        return value == null ? "" : value.trim();
    }

    /**
     * Whether the response is a redirect, after a successful save; then the page writes nothing.
     *
     * @return true after a save
     */
    public boolean isRedirect() {
        return outcome == Outcome.SAVED;
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
        return overview
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
        return overview || service != null;
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
        return Html.escape(serviceParameter(service != null ? service.name() : requestedService));
    }

    /** @return the CSRF token for the form's hidden field, as HTML */
    public String csrfHtml() {
        return Html.escape(csrfToken);
    }

    /** @return the success message, as HTML, or null */
    public String successHtml() {
        return outcome == Outcome.SHOWN_AFTER_SAVE ? texts.html("message.saved") : null;
    }

    /** @return the error message, as HTML, or null */
    public String errorHtml() {
        if (outcome == Outcome.REJECTED) {
            return texts.html("message.csrf");
        }
        if (hasContent()) {
            return null;
        }
        return requestedService.isEmpty()
                ? texts.html("message.no-service")
                : texts.html("message.unknown-service", requestedService);
    }

    /** @return the Openfire version, as HTML */
    public String openfireVersionHtml() {
        return Html.escape(openfireVersion);
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
        return count(counting() ? status.requestsHandled() : 0);
    }

    /** @return sessions ejected since start, as HTML */
    public String sessionsEjectedHtml() {
        return count(counting() ? status.sessionsEjected() : 0);
    }

    /** @return errors returned since start, as HTML */
    public String errorsReturnedHtml() {
        return count(counting() ? status.errorsReturned() : 0);
    }

    private boolean pluginRunning() {
        return status != null && status.running();
    }

    private String count(long number) {
        return Html.escape(texts.number(number));
    }

    /**
     * The switches of the page's service.
     *
     * @return one row per switch; empty on the overview or for an unknown service
     */
    public List<SwitchRow> switches() {
        return overview || service == null ? Collections.<SwitchRow>emptyList() : rows.ofService(service.name());
    }

    /**
     * Every MUC service with its switches, for the overview.
     *
     * @return one row per service, ordered by name; empty on a service page
     */
    public List<ServiceRow> services() {
        return overview ? rows.ofEveryService() : Collections.<ServiceRow>emptyList();
    }
}
