package org.threadlab.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The home page in a real browser (Debian's chromium driven by Playwright), as a student sees
 * it: the thread-pool island computes the seed's tables through the kernel, a bad limit shows
 * the server's sentence, and the node facts fill in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HomePageBrowserTests {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void launchChromium() {
        if (!Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException("browser tests need Debian's chromium at " + CHROMIUM
                    + "; install it with: apt-get update && apt-get install -y chromium");
        }
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    @AfterAll
    static void closeChromium() {
        if (playwright != null) {
            playwright.close();
        }
    }

    @Test
    void poolFormShowsBothSeedTablesAndExplainsABadLimit() {
        Page page = browser.newPage();
        page.navigate("http://localhost:" + port + "/");
        Locator rows = page.locator("#pool-rows tr");
        assertThat(rows).hasCount(29);
        assertThat(rows.nth(0)).hasText(Pattern.compile("Initial\\s*0\\s*1\\s*1"));
        assertThat(rows.nth(24)).hasText(Pattern.compile("hi_water trip\\s*2\\s*7\\s*9"));

        page.fill("input[name=loWater]", "9");
        page.click("#pool-demo button[type=submit]");
        assertThat(page.locator("#pool-status")).hasText("lo_water (9) must not exceed hi_water (7)");
        assertThat(rows).hasCount(0);

        page.fill("input[name=loWater]", "3");
        page.fill("input[name=events]", "unblock*3");
        page.click("#pool-demo button[type=submit]");
        assertThat(rows).hasCount(7); // Initial, trip, Unblock, trip, Unblock, Unblock, trip
        page.close();
    }

    @Test
    void nodeFactsComeFromTheSystemApi() {
        Page page = browser.newPage();
        page.navigate("http://localhost:" + port + "/");
        assertThat(page.locator("#system-info")).containsText("Schema version");
        assertThat(page.locator("#system-info")).containsText("H2");
        page.close();
    }
}
