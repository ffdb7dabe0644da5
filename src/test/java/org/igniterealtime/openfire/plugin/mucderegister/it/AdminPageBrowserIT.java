package org.igniterealtime.openfire.plugin.mucderegister.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;

import org.igniterealtime.openfire.plugin.mucderegister.admin.AdminPageServer;
import org.igniterealtime.openfire.plugin.mucderegister.admin.HeadlessChromium;
import org.igniterealtime.openfire.plugin.mucderegister.testserver.OpenfireServer;
import org.igniterealtime.openfire.plugin.mucderegister.testserver.ProjectPaths;
import org.igniterealtime.openfire.plugin.mucderegister.testserver.RunningServer;
import org.jivesoftware.openfire.muc.spi.MUCPersistenceManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The service page in a real browser (headless Chromium): it renders, a switch can be clicked
 * and saved, and the saved state shows after a reload. Screenshots are kept under
 * {@code target/admin-page/}. Skipped when Chromium or chromedriver is missing, except on CI
 * ({@code CI=true}), where that fails.
 */
@ExtendWith(OpenfireServer.class)
class AdminPageBrowserIT {

    private static final String ANNOUNCEMENTS = "mucderegister.announcements.enabled";

    private RunningServer server;
    private AdminPageServer pages;
    private Path artefacts;

    @BeforeEach
    void start(RunningServer server) throws Exception {
        this.server = server;
        this.pages = AdminPageServer.start(0);
        this.artefacts = ProjectPaths.buildDirectory().resolve("admin-page");
    }

    @AfterEach
    void restoreDefaults() {
        server.deleteMucServiceProperty(ANNOUNCEMENTS);
    }

    @Test
    void aSwitchClickedAndSavedStaysSavedAfterAReload() throws Exception {
        String[] chromium = HeadlessChromium.find();
        if (chromium == null) {
            String message = "No Chromium with chromedriver (apt-get install chromium chromium-driver; or set CHROMIUM"
                    + " and CHROMEDRIVER): the browser check of the admin page did not run";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(message);
            }
            Assumptions.abort(message);
        }
        try (HeadlessChromium browser = HeadlessChromium.start(chromium, artefacts)) {
            browser.open(pages.servicePage(RunningServer.MUC_SERVICE));
            String announcements = browser.find("#announcements");
            assertTrue(browser.isSelected(announcements), "on by default");
            assertEquals("On", browser.text(browser.find("#announcements-state")));
            browser.screenshot(artefacts.resolve("admin-page-before.png"));

            browser.click(announcements);
            assertFalse(browser.isSelected(announcements), "the click unticked the switch");
            browser.click(browser.find("#mucderegister-save"));

            String success = browser.find("#mucderegister-success");
            assertEquals("Settings saved. They apply at once.", browser.text(success));
            assertTrue(browser.currentUrl().endsWith("mucderegister-service.jsp?mucname=conference&success=true"),
                    "post/redirect/get: " + browser.currentUrl());
            assertEquals("false", MUCPersistenceManager.getProperty(RunningServer.MUC_SERVICE, ANNOUNCEMENTS));

            browser.reload();
            assertFalse(browser.isSelected(browser.find("#announcements")), "the saved state after a reload");
            assertEquals("Off", browser.text(browser.find("#announcements-state")));
            assertTrue(browser.isSelected(browser.find("#deregistration")), "the other switch kept its value");
            assertEquals("false", MUCPersistenceManager.getProperty(RunningServer.MUC_SERVICE, ANNOUNCEMENTS),
                    "the reload sent nothing");
            browser.screenshot(artefacts.resolve("admin-page.png"));

            browser.open(pages.overviewPage());
            browser.find("#mucderegister-form");
            browser.screenshot(artefacts.resolve("admin-overview.png"));
        }
    }
}
