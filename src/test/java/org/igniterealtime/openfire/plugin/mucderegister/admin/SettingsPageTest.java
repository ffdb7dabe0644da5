package org.igniterealtime.openfire.plugin.mucderegister.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.igniterealtime.openfire.plugin.mucderegister.deregistration.DeregistrationCounters;
import org.igniterealtime.openfire.plugin.mucderegister.settings.Switch;
import org.junit.jupiter.api.Test;

class SettingsPageTest {

    /** Switches in memory, on by default, like the per-service properties. */
    private static final class FakeBackend implements AdminBackend {
        final Map<String, MucService> services = new LinkedHashMap<>();
        final Map<String, Map<Switch, Boolean>> values = new HashMap<>();
        PluginStatus status = new PluginStatus(true, null, counters(1234, 5, 6));

        private static DeregistrationCounters counters(long handled, long ejected, long errors) {
            DeregistrationCounters counters = mock(DeregistrationCounters.class);
            when(counters.requestsHandled()).thenReturn(handled);
            when(counters.sessionsEjected()).thenReturn(ejected);
            when(counters.errorsReturned()).thenReturn(errors);
            return counters;
        }

        FakeBackend with(String name, String description) {
            services.put(name, new MucService(name, description));
            return this;
        }

        @Override
        public List<MucService> services() {
            return new ArrayList<>(services.values());
        }

        @Override
        public MucService service(String serviceName) {
            return services.get(serviceName);
        }

        @Override
        public boolean isOn(Switch which, String serviceName) {
            return values.getOrDefault(serviceName, Map.of()).getOrDefault(which, true);
        }

        @Override
        public void set(Switch which, String serviceName, boolean on) {
            values.computeIfAbsent(serviceName, k -> new EnumMap<>(Switch.class)).put(which, on);
        }

        @Override
        public String openfireVersion() {
            return "4.2.0";
        }

        @Override
        public PluginStatus pluginStatus() {
            return status;
        }
    }

    private final FakeBackend backend = new FakeBackend().with("conference", "Public rooms").with("team", "<b>Team</b>");
    private final List<String> audit = new ArrayList<>();
    private final Texts texts = new Texts(key -> "[" + key + "]{0}", Locale.ENGLISH);
    private final List<Cookie> setCookies = new ArrayList<>();
    private String redirect;

    private SettingsPage page(boolean overview) {
        return new SettingsPage(overview, backend, (summary, details) -> audit.add(summary), texts, new CsrfGuard());
    }

    private HttpServletRequest request(String method, Map<String, String[]> parameters, String csrfCookie) {
        HttpServletRequest request = mock(HttpServletRequest.class);
        when(request.getMethod()).thenReturn(method);
        when(request.getContextPath()).thenReturn("");
        when(request.getParameter(anyString())).thenAnswer(i -> {
            String[] values = parameters.get(i.<String>getArgument(0));
            return values == null ? null : values[0];
        });
        when(request.getParameterValues(anyString())).thenAnswer(i -> parameters.get(i.<String>getArgument(0)));
        when(request.getCookies()).thenReturn(csrfCookie == null ? null : new Cookie[] {new Cookie("csrf", csrfCookie)});
        return request;
    }

    private HttpServletResponse response() throws IOException {
        HttpServletResponse response = mock(HttpServletResponse.class);
        doAnswer(i -> setCookies.add(i.getArgument(0))).when(response).addCookie(any());
        doAnswer(i -> redirect = i.getArgument(0)).when(response).sendRedirect(anyString());
        return response;
    }

    private static Map<String, String[]> params(String... pairs) {
        Map<String, String[]> map = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.merge(pairs[i], new String[] {pairs[i + 1]}, (a, b) -> {
                String[] both = new String[a.length + b.length];
                System.arraycopy(a, 0, both, 0, a.length);
                System.arraycopy(b, 0, both, a.length, b.length);
                return both;
            });
        }
        return map;
    }

    @Test
    void aGetShowsTheSwitchesOfTheServiceAndSetsAFreshTokenInCookieAndField() throws IOException {
        backend.set(Switch.ANNOUNCEMENTS, "conference", false);

        SettingsPage page = page(false).handle(request("GET", params("mucname", "conference"), null), response());

        assertFalse(page.isRedirect());
        List<SwitchRow> rows = page.switches();
        assertEquals(2, rows.size());
        assertEquals("deregistration", rows.get(0).fieldHtml());
        assertEquals(" checked", rows.get(0).checkedAttribute());
        assertEquals("[switch.state.on]{0}", rows.get(0).stateHtml());
        assertEquals("", rows.get(1).checkedAttribute());
        assertEquals("[switch.state.off]{0}", rows.get(1).stateHtml());
        assertEquals(1, setCookies.size());
        assertEquals("csrf", setCookies.get(0).getName());
        assertEquals("/", setCookies.get(0).getPath());
        assertEquals(setCookies.get(0).getValue(), page.csrfHtml());
        assertEquals("mucname=conference", page.extraParamsHtml());
        assertEquals("[page.service.heading]conference", page.titleHtml());
        assertNull(page.errorHtml());
        assertNull(page.successHtml());
    }

    @Test
    void aPostWithTheMatchingTokenAppliesRecordsAndRedirects() throws IOException {
        SettingsPage page = page(false).handle(
                request("POST", params("mucname", "conference", "csrf", "t0k3n", "announcements", "true"), "t0k3n"),
                response());

        assertTrue(page.isRedirect());
        assertEquals("mucderegister-service.jsp?mucname=conference&success=true", redirect);
        assertFalse(backend.isOn(Switch.DEREGISTRATION, "conference"));
        assertTrue(backend.isOn(Switch.ANNOUNCEMENTS, "conference"));
        assertEquals(List.of("MUC deregistration plugin: set mucderegister.deregistration.enabled to false"
                + " for MUC service conference"), audit, "only the change is recorded");
    }

    @Test
    void aPostWithoutTheMatchingTokenChangesNothing() throws IOException {
        for (Map<String, String[]> form : List.of(params("mucname", "conference"),
                params("mucname", "conference", "csrf", "other"), params("mucname", "conference", "csrf", ""))) {
            SettingsPage page = page(false).handle(request("POST", form, "t0k3n"), response());

            assertFalse(page.isRedirect());
            assertEquals("[message.csrf]{0}", page.errorHtml());
        }
        SettingsPage noCookie = page(false).handle(
                request("POST", params("mucname", "conference", "csrf", "t0k3n"), null), response());
        assertEquals("[message.csrf]{0}", noCookie.errorHtml());
        assertTrue(backend.values.isEmpty(), "nothing changed");
        assertTrue(audit.isEmpty());
        assertNull(redirect);
    }

    @Test
    void theSuccessMessageComesAfterTheRedirect() throws IOException {
        SettingsPage page = page(false).handle(request("GET", params("mucname", "conference", "success", "true"), null), response());

        assertEquals("[message.saved]{0}", page.successHtml());
    }

    @Test
    void anUnknownServiceIsNamedEscapedAndGetsNoForm() throws IOException {
        SettingsPage page = page(false).handle(request("GET", params("mucname", "<script>x</script>"), null), response());

        assertFalse(page.hasContent());
        assertEquals("[message.unknown-service]&lt;script&gt;x&lt;/script&gt;", page.errorHtml());
        assertTrue(page.switches().isEmpty());
        assertEquals("mucname=%3Cscript%3Ex%3C%2Fscript%3E", page.extraParamsHtml());
    }

    @Test
    void aPostForAnUnknownServiceChangesNothing() throws IOException {
        SettingsPage page = page(false).handle(
                request("POST", params("mucname", "gone", "csrf", "t", "deregistration", "true"), "t"), response());

        assertFalse(page.isRedirect());
        assertEquals("[message.unknown-service]gone", page.errorHtml());
        assertTrue(backend.values.isEmpty());
    }

    @Test
    void theOverviewListsEveryServiceEscaped() throws IOException {
        SettingsPage page = page(true).handle(request("GET", params(), null), response());

        List<ServiceRow> rows = page.services();
        assertEquals(2, rows.size());
        assertEquals("&lt;b&gt;Team&lt;/b&gt;", rows.get(1).descriptionHtml());
        assertEquals("mucderegister-service.jsp?mucname=team", rows.get(1).pageUrlHtml());
        assertEquals("deregistration@team", rows.get(1).switches().get(0).fieldHtml());
        assertEquals("s1-deregistration", rows.get(1).switches().get(0).idHtml());
    }

    @Test
    void theOverviewAppliesEachListedExistingService() throws IOException {
        SettingsPage page = page(true).handle(request("POST", params("csrf", "t",
                "service", "conference", "service", "team", "service", "ghost",
                "deregistration@conference", "true", "announcements@conference", "true",
                "announcements@team", "true", "deregistration@ghost", "true"), "t"), response());

        assertTrue(page.isRedirect());
        assertEquals("mucderegister-overview.jsp?success=true", redirect);
        assertTrue(backend.isOn(Switch.DEREGISTRATION, "conference"));
        assertFalse(backend.isOn(Switch.DEREGISTRATION, "team"));
        assertTrue(backend.isOn(Switch.ANNOUNCEMENTS, "team"));
        assertFalse(backend.values.containsKey("ghost"));
        assertEquals(1, audit.size(), audit.toString());
    }

    @Test
    void aFailingAuditLogDoesNotUndoOrBreakTheChange() throws IOException {
        SettingsPage page = new SettingsPage(false, backend, (s, d) -> {
            throw new NullPointerException("no admin user");
        }, texts, new CsrfGuard()).handle(request("POST", params("mucname", "conference", "csrf", "t"), "t"), response());

        assertTrue(page.isRedirect());
        assertFalse(backend.isOn(Switch.DEREGISTRATION, "conference"));
    }

    @Test
    void theStatusShowsTheFallbackWarningAndNoCounters() throws IOException {
        backend.status = new AdminBackend.PluginStatus(true, "MUCRoom has no method getRole <x>", null);

        SettingsPage page = page(false).handle(request("GET", params("mucname", "conference"), null), response());

        assertFalse(page.bridgeResolved());
        assertEquals("[status.bridge.fallback]MUCRoom has no method getRole &lt;x&gt;", page.bridgeHtml());
        assertFalse(page.counting());
    }

    @Test
    void theStatusShowsCountersInTheLocale() throws IOException {
        SettingsPage page = page(false).handle(request("GET", params("mucname", "conference"), null), response());

        assertTrue(page.bridgeResolved());
        assertEquals("[status.bridge.resolved]{0}", page.bridgeHtml());
        assertEquals("1,234", page.requestsHandledHtml());
        assertEquals("5", page.sessionsEjectedHtml());
        assertEquals("6", page.errorsReturnedHtml());
        assertEquals("4.2.0", page.openfireVersionHtml());
    }

    @Test
    void aGetNeverChangesAnything() throws IOException {
        page(false).handle(request("GET", params("mucname", "conference", "csrf", "t", "deregistration", "false"), "t"), response());

        assertTrue(backend.values.isEmpty());
        assertNull(redirect);
    }

    @Test
    void noAuditWhenNothingChanges() throws IOException {
        page(false).handle(request("POST", params("mucname", "conference", "csrf", "t",
                "deregistration", "true", "announcements", "true"), "t"), response());

        assertTrue(audit.isEmpty());
        assertTrue(page(false).handle(request("GET", params("mucname", "conference"), null), response()).switches()
                .stream().allMatch(SwitchRow::on));
    }
}
