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
        for (String path : List.of("/", "/stories/s-0001", "/articles/a-0001", "/entities/e-ferreira", "/search?q=harbour")) {
            browser.get(url(path));
            assertThat(browser.findElements(By.tagName("script"))).as(path).isEmpty();
            assertThat(browser.findElements(By.cssSelector("img"))).as(path).isEmpty();
            assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        }
    }

    @Test
    void storyPageDrawsItsTimelineAsAPictureWithOneMarkPerDateLeftToRight() throws Exception {
        browser.get(url("/stories/s-0001"));
        WebElement chart = browser.findElement(By.cssSelector("svg.timeline-chart"));
        assertThat(chart.isDisplayed()).isTrue();
        assertThat(chart.getRect().getWidth()).isGreaterThan(200);
        assertThat(chart.getRect().getHeight()).isGreaterThan(20);
        assertThat(chart.getAttribute("aria-label")).isNotBlank();

        List<WebElement> marks = chart.findElements(By.cssSelector("g.event .mark"));
        assertThat(marks).hasSize(WebFixture.TIMELINE.size());
        // The month bar of February lies left of the day in March, as the dates are ordered.
        double previous = -1;
        for (WebElement m : marks) {
            double centre = m.getRect().getX() + m.getRect().getWidth() / 2.0;
            assertThat(centre).isGreaterThan(previous);
            assertThat(m.getRect().getWidth()).isPositive();
            previous = centre;
        }
        // The hostile label is drawn as text.
        assertThat(chart.findElements(By.cssSelector("text")).stream().map(WebElement::getText))
                .anySatisfy(t -> assertThat(t).contains("<script>"));
        assertThat(browser.findElements(By.cssSelector("svg.chart"))).hasSizeGreaterThanOrEqualTo(3);
        java.nio.file.Path shot = java.nio.file.Path.of("target", "screenshots", "story.png");
        java.nio.file.Files.createDirectories(shot.getParent());
        java.nio.file.Files.write(shot, browser.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
    }

    @Test
    void onAPhoneLinksAndControlsAreTallEnoughToTap() {
        org.openqa.selenium.Dimension laptop = browser.manage().window().getSize();
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        try {
            for (String path : List.of("/stories/s-0001", "/")) {
                browser.get(url(path));
                List<WebElement> targets = browser.findElements(By.cssSelector(
                        "header nav a, a.cite, ol.sources a, ul.entities a, ul.stories a, button, input"));
                assertThat(targets).as(path).isNotEmpty();
                for (WebElement t : targets) {
                    assertThat(t.getRect().getHeight()).as(path + " " + t.getText()).isGreaterThanOrEqualTo(44);
                }
            }
        } finally {
            browser.manage().window().setSize(laptop);
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
