package org.igniterealtime.openfire.plugin.mucderegister.admin;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Set;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.igniterealtime.openfire.plugin.mucderegister.admin.AdminBackend.MucService;
import org.igniterealtime.openfire.plugin.mucderegister.settings.Switch;

/**
 * The switches form of a settings page as it comes back. A POST whose CSRF token matches sets
 * every switch the form shows to its posted value and is answered with a redirect to the page,
 * which then tells of the save (post/redirect/get); any other POST changes nothing.
 */
final class SettingsForm {

    /** What came of a request. */
    enum Outcome {
        /** Nothing was saved: a GET, or a POST for a service that does not exist. */
        UNCHANGED,
        /** A POST without the matching CSRF token: nothing was saved. */
        REJECTED,
        /** A POST was saved and the response is a redirect to the page. */
        SAVED,
        /** The GET that a save redirected to. */
        SHOWN_AFTER_SAVE
    }

    private static final String SAVED_QUERY = SettingsPage.SUCCESS_PARAMETER + "=true";

    private final AdminBackend backend;
    private final AuditedSwitches switches;
    private final CsrfGuard csrf;

    SettingsForm(AdminBackend backend, AuditLog audit, CsrfGuard csrf) {
        this.backend = backend;
        this.switches = new AuditedSwitches(backend, audit);
        this.csrf = csrf;
    }

    /**
     * Handles a request to the page of one MUC service.
     *
     * @param request the request
     * @param response the response, redirected after a save
     * @param service the page's service, or null if there is none of the requested name
     * @return what came of it
     * @throws IOException if the redirect cannot be sent
     */
    Outcome submitService(HttpServletRequest request, HttpServletResponse response, MucService service)
            throws IOException {
        Outcome outcome = outcome(request, service != null);
        if (outcome == Outcome.SAVED) {
            setPosted(request, service.name(), null);
            response.sendRedirect(SettingsPage.servicePageUrl(service.name()) + "&" + SAVED_QUERY);
        }
        return outcome;
    }

    /**
     * Handles a request to the overview; a save covers every service the form listed that
     * still exists.
     *
     * @param request the request
     * @param response the response, redirected after a save
     * @return what came of it
     * @throws IOException if the redirect cannot be sent
     */
    Outcome submitOverview(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Outcome outcome = outcome(request, true);
        if (outcome == Outcome.SAVED) {
            for (String name : listedServices(request)) {
                if (backend.service(name) != null) { // else deleted meanwhile, or never there
                    setPosted(request, name, name);
                }
            }
            response.sendRedirect(SettingsPage.OVERVIEW_PAGE + "?" + SAVED_QUERY);
        }
        return outcome;
    }

    private Outcome outcome(HttpServletRequest request, boolean canSave) {
        if (!"POST".equalsIgnoreCase(request.getMethod())) {
            return "true".equals(request.getParameter(SettingsPage.SUCCESS_PARAMETER))
                    ? Outcome.SHOWN_AFTER_SAVE : Outcome.UNCHANGED;
        }
        if (!csrf.accepts(request)) {
            return Outcome.REJECTED;
        }
        return canSave ? Outcome.SAVED : Outcome.UNCHANGED;
    }

    /** Sets every switch of a service as posted: a browser posts no field for an unticked checkbox. */
    private void setPosted(HttpServletRequest request, String serviceName, String fieldService) {
        for (Switch which : Switch.values()) {
            boolean on = "true".equals(request.getParameter(SwitchField.name(which, fieldService)));
            switches.set(which, serviceName, on);
        }
    }

    private static Set<String> listedServices(HttpServletRequest request) {
        Set<String> listed = new LinkedHashSet<>();
        String[] values = request.getParameterValues(SettingsPage.LISTED_PARAMETER);
        if (values != null) {
            for (String value : values) {
                listed.add(value.trim());
            }
        }
        return listed;
    }
}
