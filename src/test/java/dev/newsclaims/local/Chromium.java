package dev.newsclaims.local;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The browser of the page's tests: Debian's {@code chromium} driven through {@code chromium-driver}, both
 * found on the machine (never downloaded: with the driver and the browser named, Selenium Manager is not
 * asked). Paths: {@code -Dchromium.binary}, {@code -Dchromium.driver}. When they are missing the tests are
 * skipped with a message saying what to install, except where a browser is required (CI sets
 * {@code NEWSCLAIMS_REQUIRE_BROWSER=1}, or {@code CI}): there the build fails. A browser that is installed
 * but does not start always fails the build.
 */
public final class Chromium {

    public static final String INSTALL = "apt-get install chromium chromium-driver";

    private Chromium() {}

    public static WebDriver start(Path profileDir) {
        File binary = new File(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        File driver = new File(System.getProperty("chromium.driver", "/usr/bin/chromedriver"));
        if (!binary.canExecute() || !driver.canExecute()) {
            String message = "The page's browser tests need Chromium and its driver (" + binary + ", " + driver + "): " + INSTALL
                    + ", or name them with -Dchromium.binary and -Dchromium.driver.";
            if (required()) {
                throw new IllegalStateException(message + " A browser is required here (NEWSCLAIMS_REQUIRE_BROWSER or CI is set).");
            }
            // Printed as well: a class skipped before its first test shows no reason in Maven's summary.
            System.out.println("SKIPPED (no browser): " + message);
            Assumptions.abort("Skipped: " + message);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profileDir.toAbsolutePath(), "--window-size=1280,900");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver).usingAnyFreePort()
                .withTimeout(Duration.ofSeconds(60)).build();
        try {
            return new ChromeDriver(service, options);
        } catch (RuntimeException e) {
            throw new IllegalStateException("Chromium is installed (" + binary + ") but did not start under " + driver + ": "
                    + e.getMessage(), e);
        }
    }

    public static Path freshProfile() throws java.io.IOException {
        return Files.createTempDirectory("chromium-profile");
    }

    private static boolean required() {
        String flag = System.getenv("NEWSCLAIMS_REQUIRE_BROWSER");
        String ci = System.getenv("CI");
        return flag != null && !flag.isBlank() && !flag.equals("0") || ci != null && !ci.isBlank() && !ci.equals("false");
    }
}
