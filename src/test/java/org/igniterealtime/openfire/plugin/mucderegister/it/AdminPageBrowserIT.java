package org.igniterealtime.openfire.plugin.mucderegister.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Comparator;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import org.igniterealtime.openfire.plugin.mucderegister.admin.AdminPageServer;
import org.igniterealtime.openfire.plugin.mucderegister.testserver.OpenfireServer;
import org.igniterealtime.openfire.plugin.mucderegister.testserver.ProjectPaths;
import org.igniterealtime.openfire.plugin.mucderegister.testserver.RunningServer;
import org.jivesoftware.openfire.muc.spi.MUCPersistenceManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The admin pages in a real browser: Debian's headless Chromium, driven by Selenium through the
 * system's chromedriver (given by path, so Selenium Manager never runs or downloads anything).
 * A switch can be clicked and saved, the saved state shows after a reload and on the overview,
 * whose link leads to the service's page. Screenshots are kept under {@code target/admin-page/}.
 * Skipped when Chromium or chromedriver is missing, except on CI ({@code CI=true}), where that
 * fails.
 */
@ExtendWith(OpenfireServer.class)
class AdminPageBrowserIT {

    private static final String ANNOUNCEMENTS = "mucderegister.announcements.enabled";
    private static final String[] BROWSERS = {"/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"};
    private static final String[] DRIVERS = {"/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"};
    /**
     * Silenced, and held so that stays: the test uses no DevTools, so a Chromium newer than
     * Selenium's DevTools bindings, which it warns about at start, does not matter.
     */
    private static final Logger DEVTOOLS_LOG = quiet(Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder"));

    private RunningServer server;
    private AdminPageServer pages;
    private Path artefacts;
    private Path profile;
    private WebDriver browser;

    @BeforeEach
    void start(RunningServer server) throws Exception {
        this.server = server;
        this.pages = AdminPageServer.start(0);
        this.artefacts = Files.createDirectories(ProjectPaths.buildDirectory().resolve("admin-page"));
        this.profile = Files.createTempDirectory("mucderegister-chromium-");
        this.browser = headlessChromium(profile, artefacts.resolve("chromedriver.log"));
    }

    @AfterEach
    void stop() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        }
        server.deleteMucServiceProperty(ANNOUNCEMENTS);
    }

    @Test
    void aSwitchClickedAndSavedStaysSavedAfterAReloadAndShowsOnTheOverview() throws Exception {
        browser.get(pages.servicePage(RunningServer.MUC_SERVICE).toString());
        assertEquals("Deregistration settings of conference", browser.getTitle());
        assertTrue(byId("deregistration-label").getText().contains("fixes for older Openfire releases"),
                "the switch says what it also governs: " + byId("deregistration-label").getText());
        WebElement announcements = byId("announcements");
        assertTrue(announcements.isSelected(), "on by default");
        screenshot("admin-page-before.png");

        announcements.click();
        assertFalse(announcements.isSelected(), "the click unticked the switch");
        byId("mucderegister-save").click();

        assertEquals("Settings saved. They apply at once.", byId("mucderegister-success").getText());
        assertTrue(browser.getCurrentUrl().endsWith("mucderegister-service.jsp?mucname=conference&success=true"),
                "post/redirect/get: " + browser.getCurrentUrl());
        assertEquals("false", MUCPersistenceManager.getProperty(RunningServer.MUC_SERVICE, ANNOUNCEMENTS));

        browser.navigate().refresh();
        assertFalse(byId("announcements").isSelected(), "the saved state after a reload");
        assertTrue(byId("deregistration").isSelected(), "the other switch kept its value");
        assertEquals("false", MUCPersistenceManager.getProperty(RunningServer.MUC_SERVICE, ANNOUNCEMENTS),
                "the reload sent nothing");
        screenshot("admin-page.png");

        browser.get(pages.overviewPage().toString());
        assertEquals("Off", byId("conference-announcements").getText(), "the overview shows the saved state");
        assertEquals("On", byId("conference-deregistration").getText());
        screenshot("admin-overview.png");
        browser.findElement(By.linkText("conference")).click();
        assertEquals("Deregistration settings of conference", browser.getTitle());
        assertFalse(byId("announcements").isSelected(), "the overview's link leads to the service's page");
    }

    private WebElement byId(String id) {
        return browser.findElement(By.id(id));
    }

    private void screenshot(String name) throws IOException {
        Files.write(artefacts.resolve(name), ((ChromeDriver) browser).getScreenshotAs(OutputType.BYTES));
    }

    /** Chromium with a fresh profile and nothing that reaches out to the network. */
    private static WebDriver headlessChromium(Path profile, Path driverLog) {
        Path binary = firstExecutable(System.getenv("CHROMIUM"), BROWSERS);
        Path driver = firstExecutable(System.getenv("CHROMEDRIVER"), DRIVERS);
        if (binary == null || driver == null) {
            String message = "No Chromium with chromedriver (apt-get install chromium chromium-driver; or set CHROMIUM"
                    + " and CHROMEDRIVER): the browser check of the admin pages did not run";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(message);
            }
            Assumptions.abort(message);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1000,900",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driver.toFile())
                .usingAnyFreePort()
                .withLogFile(driverLog.toFile())
                .build();
        ChromeDriver chromium = new ChromeDriver(service, options);
        chromium.manage().timeouts().implicitlyWait(Duration.ofSeconds(20));
        return chromium;
    }

    private static Logger quiet(Logger logger) {
        logger.setLevel(Level.SEVERE);
        return logger;
    }

    private static Path firstExecutable(String preferred, String[] candidates) {
        if (preferred != null && !preferred.isEmpty()) {
            return Files.isExecutable(Paths.get(preferred)) ? Paths.get(preferred) : null;
        }
        return Stream.of(candidates).map(Paths::get).filter(Files::isExecutable).findFirst().orElse(null);
    }
}
