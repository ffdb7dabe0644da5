package org.igniterealtime.openfire.plugin.mucderegister.it;

import static org.igniterealtime.openfire.plugin.mucderegister.it.Muc.answer;
import static org.igniterealtime.openfire.plugin.mucderegister.it.Muc.hasStatus;
import static org.igniterealtime.openfire.plugin.mucderegister.it.Muc.settle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.dom4j.Element;
import org.igniterealtime.openfire.plugin.mucderegister.admin.AdminPageClient;
import org.igniterealtime.openfire.plugin.mucderegister.admin.AdminPageClient.Page;
import org.igniterealtime.openfire.plugin.mucderegister.admin.AdminPageServer;
import org.igniterealtime.openfire.plugin.mucderegister.testserver.OpenfireServer;
import org.igniterealtime.openfire.plugin.mucderegister.testserver.RunningServer;
import org.igniterealtime.openfire.plugin.mucderegister.xmpp.XmppClient;
import org.jivesoftware.openfire.muc.spi.MUCPersistenceManager;
import org.jivesoftware.openfire.security.AuditWriteOnlyException;
import org.jivesoftware.openfire.security.SecurityAuditEvent;
import org.jivesoftware.openfire.security.SecurityAuditManager;
import org.jivesoftware.util.JiveGlobals;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The precompiled admin pages, as Openfire's {@code PluginServlet} serves them from the
 * installed jar in a real servlet container (see {@link AdminPageServer}): they render, a POST
 * with the CSRF token changes a switch at once and the next request to the room behaves
 * accordingly, a POST without the right token changes nothing, and markup is escaped.
 */
@ExtendWith(OpenfireServer.class)
class AdminPageIT {

    private static final String DEREGISTRATION = "mucderegister.deregistration.enabled";
    private static final String ANNOUNCEMENTS = "mucderegister.announcements.enabled";

    private RunningServer server;
    private AdminPageServer pages;
    private AdminPageClient browser;

    @BeforeEach
    void start(RunningServer server) throws Exception {
        this.server = server;
        this.pages = AdminPageServer.start(0);
        this.browser = new AdminPageClient();
    }

    @AfterEach
    void restoreDefaults() {
        server.deleteMucServiceProperty(DEREGISTRATION);
        server.deleteMucServiceProperty(ANNOUNCEMENTS);
    }

    @Test
    void theServicePageRendersTheSwitchesStatusAndCounters() throws IOException {
        Page page = browser.get(pages.servicePage(RunningServer.MUC_SERVICE));

        assertEquals(200, page.status(), page.body());
        String body = page.body();
        assertEquals("Deregistration settings of conference", page.title());
        assertTrue(body.contains("<meta name=\"subPageID\" content=\"mucderegister-service\"/>"), body);
        assertTrue(body.contains("<meta name=\"extraParams\" content=\"mucname=conference\"/>"), body);
        assertEquals("Eject members who deregister from members-only rooms, and apply the fixes for older Openfire"
                + " releases", page.textOf("deregistration-label"), "the switch says what else it governs");
        assertEquals("Announce affiliation changes of non-occupants", page.textOf("announcements-label"));
        assertTrue(page.isChecked("deregistration") && page.isChecked("announcements"), "both on by default");
        assertFalse(body.contains("-state\""), "no On/Off beside a checkbox that may have been changed: " + body);
        assertEquals(server.server().getServerInfo().getVersion().getVersionString(),
                page.textOf("mucderegister-openfire-version"));
        assertTrue(page.textOf("mucderegister-bridge").startsWith("Complete"), page.textOf("mucderegister-bridge"));
        assertNotNull(page.textOf("mucderegister-requests-handled"));
        assertNotNull(page.textOf("mucderegister-sessions-ejected"));
        assertNotNull(page.textOf("mucderegister-errors-returned"));
        String token = page.field("csrf");
        assertNotNull(token, "hidden csrf field");
        assertEquals(token, browser.cookie("csrf"), "the csrf cookie carries the form's token");
        assertFalse(body.contains("???"), "a text is missing from the bundle:\n" + body);
        assertTrue(body.contains("Openfire's own behaviour for both."), "apostrophes from the bundle: " + body);
        assertFalse(body.contains("''"), body);
        assertNull(page.textOf("mucderegister-error"), body);
        assertNull(page.textOf("mucderegister-success"), body);
    }

    @Test
    void thePageSpeaksTheLanguageChosenForOpenfire() throws IOException {
        Locale before = JiveGlobals.getLocale();
        JiveGlobals.setLocale(Locale.GERMAN);
        try {
            Page page = browser.get(pages.servicePage(RunningServer.MUC_SERVICE));

            assertEquals("Einstellungen zur Abmeldung f\u00fcr conference", page.title());
            assertTrue(page.body().contains("Mitglieder, die sich abmelden, aus R\u00e4umen nur f\u00fcr Mitglieder entfernen"),
                    page.body());
            assertTrue(page.body().contains("value=\"Einstellungen speichern\""), page.body());
            assertTrue(page.textOf("mucderegister-bridge").startsWith("Vollst\u00e4ndig"), page.body());
            Page overview = browser.get(pages.overviewPage());
            assertEquals("MUC-Abmeldung: alle Gruppenchat-Dienste", overview.title());
            assertEquals("An", overview.textOf("conference-deregistration"));
        } finally {
            JiveGlobals.setLocale(before);
        }
    }

    @Test
    void theOverviewListsEveryServiceWithTheSavedStateOfItsSwitchesAndALinkToItsPage() throws IOException {
        saveServicePage(true, false);

        Page page = browser.get(pages.overviewPage());

        assertEquals(200, page.status(), page.body());
        assertTrue(page.body().contains("<meta name=\"pageID\" content=\"mucderegister-overview\"/>"), page.body());
        assertTrue(page.body().contains("<a href=\"mucderegister-service.jsp?mucname=conference\">conference</a>"),
                page.body());
        assertEquals("On", page.textOf("conference-deregistration"));
        assertEquals("Off", page.textOf("conference-announcements"));
        assertFalse(page.body().contains("<form"), "switches change on the service's page only: " + page.body());
        assertTrue(page.textOf("mucderegister-bridge").startsWith("Complete"), page.body());
    }

    @Test
    void aPostWithTheTokenSwitchesAtOnceAndTheNextRequestBehavesAccordingly() throws Exception {
        try (XmppClient romeo = server.login("user", "adminpage");
                XmppClient juliet = server.login("user2", "adminpage")) {
            Muc muc = new Muc(server);
            long handledBefore = requestsHandled();

            // Off: Openfire 4.2's own answer, whose unavailable presence lacks the 110.
            Page saved = saveServicePage(false, true);
            assertEquals(302, saved.status(), saved.body());
            assertEquals(AdminPageServer.SERVICE_PAGE + "?mucname=conference&success=true",
                    saved.location().substring(saved.location().lastIndexOf('/') + 1));
            assertEquals("false", MUCPersistenceManager.getProperty(RunningServer.MUC_SERVICE, DEREGISTRATION));
            Element own = deregisterFromMembersOnlyRoom(muc, romeo, juliet);
            assertTrue(hasStatus(own, "321"), own.asXML());
            assertFalse(hasStatus(own, "110"), "Openfire's own presence, not the plugin's: " + own.asXML());
            assertEquals(handledBefore, requestsHandled(), "the plugin took a request while switched off");

            // On again: the plugin answers, with the 110.
            saveServicePage(true, true);
            own = deregisterFromMembersOnlyRoom(muc, romeo, juliet);
            assertTrue(hasStatus(own, "321") && hasStatus(own, "110"), "the plugin's presence: " + own.asXML());
            assertEquals(handledBefore + 1, requestsHandled(), "the plugin took the request");
        }
    }

    @Test
    void afterASaveThePageShowsSuccessAndTheNewStateAndTheAuditLogHasTheChangeOnly() throws Exception {
        int before = auditEvents().size();

        Page saved = saveServicePage(true, false);
        Page after = browser.get(URI.create(pages.servicePage("conference").resolve(saved.location()).toString()));

        assertEquals(200, after.status());
        assertEquals("Settings saved. They apply at once.", after.textOf("mucderegister-success"));
        assertTrue(after.isChecked("deregistration"));
        assertFalse(after.isChecked("announcements"));
        List<SecurityAuditEvent> events = auditEvents();
        assertEquals(before + 1, events.size(), "one entry for the one switch that changed");
        assertTrue(events.get(0).getSummary().contains(ANNOUNCEMENTS + " to false")
                && events.get(0).getSummary().contains("conference"), events.get(0).getSummary());
    }

    @Test
    void savingWithoutAChangeChangesAndLogsNothing() throws Exception {
        int before = auditEvents().size();

        Page saved = saveServicePage(true, true);

        assertEquals(302, saved.status(), saved.body());
        assertEquals(before, auditEvents().size(), "logged a change that was none");
        assertNull(MUCPersistenceManager.getProperty(RunningServer.MUC_SERVICE, DEREGISTRATION), "stored");
        assertNull(MUCPersistenceManager.getProperty(RunningServer.MUC_SERVICE, ANNOUNCEMENTS), "stored");
    }

    @Test
    void aGetWithTheFormsFieldsChangesNothing() throws IOException {
        String token = browser.get(pages.servicePage("conference")).field("csrf");

        Page page = browser.get(URI.create(pages.servicePage("conference") + "&csrf=" + token + "&save=save"));

        assertEquals(200, page.status(), page.body());
        assertNull(page.textOf("mucderegister-success"), page.body());
        // Saved, it would have turned both off: a browser posts no field for an unticked checkbox.
        assertNull(MUCPersistenceManager.getProperty(RunningServer.MUC_SERVICE, DEREGISTRATION), "a GET saved the form");
        assertNull(MUCPersistenceManager.getProperty(RunningServer.MUC_SERVICE, ANNOUNCEMENTS), "a GET saved the form");
    }

    @Test
    void aPostWithTheTokenForAnUnknownServiceChangesNothing() throws IOException {
        String token = browser.get(pages.servicePage("conference")).field("csrf");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("csrf", token);
        form.put("mucname", "nosuchservice");

        Page page = browser.post(pages.servicePage("nosuchservice"), form);

        assertEquals(200, page.status(), page.body());
        assertEquals("There is no group chat service named nosuchservice.", page.textOf("mucderegister-error"));
        assertNull(page.field("mucname"), "no form for an unknown service");
        assertNull(MUCPersistenceManager.getProperty("nosuchservice", DEREGISTRATION), "stored for no service");
    }

    @Test
    void aPostWithoutTheTokenChangesNothing() throws IOException {
        browser.get(pages.servicePage("conference")); // the cookie is set, but the field is missing
        Map<String, String> form = new LinkedHashMap<>();
        form.put("mucname", "conference");

        Page page = browser.post(pages.servicePage("conference"), form);

        assertRejected(page);
    }

    @Test
    void aPostWithAWrongTokenChangesNothing() throws IOException {
        browser.get(pages.servicePage("conference"));
        Map<String, String> form = new LinkedHashMap<>();
        form.put("csrf", "forged" + browser.cookie("csrf"));
        form.put("mucname", "conference");

        Page page = browser.post(pages.servicePage("conference"), form);

        assertRejected(page);
    }

    @Test
    void aPostWithATokenButNoCookieChangesNothing() throws IOException {
        String token = browser.get(pages.servicePage("conference")).field("csrf");
        AdminPageClient stranger = new AdminPageClient(); // another site's forged form: no cookie
        Map<String, String> form = new LinkedHashMap<>();
        form.put("csrf", token);
        form.put("mucname", "conference");

        Page page = stranger.post(pages.servicePage("conference"), form);

        assertRejected(page);
    }

    @Test
    void markupInAServiceDescriptionIsEscaped() throws Exception {
        String markup = "<script>alert('x')</script> & <b>bold</b>";
        server.server().getMultiUserChatManager().createMultiUserChatService("escapetest", markup, false);
        try {
            Page page = browser.get(pages.overviewPage());

            assertEquals(200, page.status());
            assertFalse(page.body().contains("<script>alert"), page.body());
            assertFalse(page.body().contains("<b>bold"), page.body());
            assertTrue(page.body().contains("<td>&lt;script&gt;alert(&#039;x&#039;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;</td>"),
                    page.body());
            assertEquals("On", page.textOf("escapetest-deregistration"), "listed with its switches");
        } finally {
            server.server().getMultiUserChatManager().removeMultiUserChatService("escapetest");
        }
    }

    @Test
    void markupInAnUnknownServiceNameIsEscaped() throws IOException {
        Page page = browser.get(pages.servicePage("<img src=x onerror=alert(1)>\"'"));

        assertEquals(200, page.status());
        assertFalse(page.body().contains("<img src=x"), page.body());
        assertEquals("There is no group chat service named &lt;img src=x onerror=alert(1)&gt;&#034;&#039;.",
                page.textOf("mucderegister-error"));
        assertTrue(page.body().contains("<meta name=\"extraParams\" content=\"mucname=%3Cimg+src%3Dx+onerror%3Dalert%281%29%3E%22%27\"/>"),
                "the sidebar's links keep the name, URL-encoded: " + page.body());
        assertEquals("Deregistration settings", page.title());
        assertNull(page.field("mucname"), "no form for an unknown service");
    }

    @Test
    void afterAPluginReloadOpenfireRegistersThePagesItself() throws IOException {
        try {
            server.unloadPlugin();
            assertEquals(404, browser.get(pages.servicePage(RunningServer.MUC_SERVICE)).status(), "unregistered");
        } finally {
            server.installPlugin();
        }
        // What happens when this server runs before the plugin loads: Openfire's own registration.
        Page page = browser.get(pages.servicePage(RunningServer.MUC_SERVICE));
        assertEquals(200, page.status(), page.body());
        assertTrue(page.textOf("mucderegister-bridge").startsWith("Complete"), page.body());
    }

    private void assertRejected(Page page) {
        assertEquals(200, page.status(), page.body());
        assertNotNull(page.textOf("mucderegister-error"), page.body());
        assertTrue(page.textOf("mucderegister-error").startsWith("The form was out of date"), page.body());
        assertNull(MUCPersistenceManager.getProperty(RunningServer.MUC_SERVICE, DEREGISTRATION), "changed");
        assertNull(MUCPersistenceManager.getProperty(RunningServer.MUC_SERVICE, ANNOUNCEMENTS), "changed");
        assertTrue(page.isChecked("deregistration") && page.isChecked("announcements"), "the page shows no change");
    }

    /** Loads the service page and submits its form with the switches set as given. */
    private Page saveServicePage(boolean deregistration, boolean announcements) throws IOException {
        Page page = browser.get(pages.servicePage("conference"));
        Map<String, String> form = new LinkedHashMap<>();
        form.put("csrf", page.field("csrf"));
        form.put("mucname", page.field("mucname"));
        if (deregistration) {
            form.put("deregistration", "true");
        }
        if (announcements) {
            form.put("announcements", "true");
        }
        return browser.post(pages.servicePage("conference"), form);
    }

    /** The admin's audit log entries, newest first. */
    private static List<SecurityAuditEvent> auditEvents() throws AuditWriteOnlyException {
        return SecurityAuditManager.getInstance().getEvents(AdminPageServer.ADMIN, 0, 10000, null, null);
    }

    /** The counter as the page shows it. */
    private long requestsHandled() throws IOException {
        String shown = browser.get(pages.servicePage("conference")).textOf("mucderegister-requests-handled");
        return Long.parseLong(shown.replaceAll("[^0-9]", ""));
    }

    /** Juliet, a present member of a new members-only room, deregisters; her own unavailable presence. */
    private static Element deregisterFromMembersOnlyRoom(Muc muc, XmppClient romeo, XmppClient juliet) throws IOException {
        String room = muc.membersOnlyRoomWithMemberPresent(romeo, juliet);

        String id = muc.deregister(juliet, room);

        Element own = muc.unavailableFrom(juliet, room, "Juliet");
        assertEquals("result", answer(juliet, id).attributeValue("type"));
        settle(romeo, juliet);
        return own;
    }
}
