package org.dossier.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/** The web UI in a real browser, over hand-made data with a hostile article. */
class WebUiBrowserIT {

    @TempDir
    static Path dir;
    static WebServer server;
    static ChromeDriver browser;

    @BeforeAll
    static void start() {
        server = WebServer.start(WebFixture.repository(dir.resolve("index")), "127.0.0.1", 0);
        browser = BrowserAccess.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    @Test
    void hostilePayloadsStayTextAndNoScriptRuns() {
        for (String path : List.of("/", "/stories/s-0001", "/articles/a-0001", "/search?q=harbour")) {
            browser.get(url(path));
            assertThat(browser.findElements(By.tagName("script"))).as(path).isEmpty();
            assertThat(browser.findElements(By.cssSelector("img"))).as(path).isEmpty();
            assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        }
    }

    @Test
    void citationOpensTheArticleWithThePassageHighlighted() {
        browser.get(url("/stories/s-0001"));
        WebElement cite = browser.findElement(By.cssSelector("p.summary a.cite"));
        cite.click();
        WebElement mark = browser.findElement(By.id("hl"));
        assertThat(mark.getText()).isEqualTo("Ministers met in Lisbon on Tuesday.");
        assertThat(browser.getCurrentUrl()).contains("/articles/a-0001");
    }
}
