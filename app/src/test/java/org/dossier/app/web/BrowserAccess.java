package org.dossier.app.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium from Debian's packages (chromium, chromium-driver), which .ci/run installs.
 * Outside CI a machine without them skips the browser tests; in CI their absence is a failure.
 */
public final class BrowserAccess {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private BrowserAccess() {
    }

    public static ChromeDriver start() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        String missing = "chromium and chromium-driver are not installed (apt-get install chromium chromium-driver)";
        if (!present && !ci) {
            Assumptions.abort(missing);
        }
        if (!present) {
            throw new IllegalStateException("CI=true and the browser tests cannot run: " + missing);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // Without the background-networking flags Chromium keeps dialling out, which this sandbox refuses.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,900");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver;
        try {
            driver = new ChromeDriver(service, options);
        } catch (RuntimeException e) {
            // Under CI a browser that cannot start fails the run with its reason; it never skips.
            throw new IllegalStateException("headless chromium did not start: " + e.getMessage(), e);
        }
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }
}
