package org.newsstream.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsstream.avro.RawArticle;
import org.newsstream.ingest.ArticlePublisher;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in a real browser (Debian's chromium through chromedriver): after the samples, the map shows the seed
 * article's places and the panel of quoted speakers has Kim Jong Un and Vladimir Putin; an article published while the
 * page is open appears without a reload. Saves target/dashboard.png.
 */
class DashboardBrowserIT {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @Test
    void theDashboardShowsWhatWasFoundAndUpdatesLive() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "no browser: install Debian's chromium and chromium-driver (.ci/run does) to run the dashboard's browser test");
        try (TempStack temp = TempStack.start("newsstream-dashboard")) {
            String url = temp.stack().dashboardUrl();
            ViewsApi api = new ViewsApi(url.replaceAll("/$", ""));
            DemoCommand.publishSamples(temp.stack().bootstrapServers(), temp.stack().registryUrl());
            String seedId = LiveViewsIT.seedId();
            JsonNode seed = api.await("/api/articles/" + seedId, n -> n.path("places").size() > 0, Duration.ofSeconds(90));
            api.await("/api/speakers?limit=15", l -> ViewsApi.names(l).containsAll(Set.of("Kim Jong Un", "Vladimir Putin")),
                    Duration.ofSeconds(60));

            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1400,1300");
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
            ChromeDriver browser = new ChromeDriver(service, options);
            try {
                browser.get(url);
                WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));

                // The quoted speakers panel.
                wait.until(b -> names(b, "#speakers li[data-name]", "data-name")
                        .containsAll(Set.of("Kim Jong Un", "Vladimir Putin")));

                // The map: a marker for each of the seed article's places, drawn over the country shapes.
                Set<String> seedPlaces = new HashSet<>();
                seed.path("places").forEach(p -> seedPlaces.add(p.path("name").asText()));
                wait.until(b -> names(b, "#map circle.place", "data-name").containsAll(seedPlaces));
                assertTrue(browser.findElements(By.cssSelector("#map path.land")).size() > 100, "the countries are drawn");

                // Live: the page is not reloaded, and a new article's speaker and quote appear.
                ((JavascriptExecutor) browser).executeScript("window.__sameDocument = true;");
                wait.until(b -> b.findElement(By.id("live")).getAttribute("class").contains("on"));
                try (ArticlePublisher publisher = new ArticlePublisher(temp.stack().bootstrapServers(), temp.stack().registryUrl(), Map.of())) {
                    publisher.publish(RawArticle.newBuilder().setId("browser-live-1").setSource("browser-it").setTitle("Harbour reopens")
                            .setBody("ROTTERDAM - \"The harbour is open again, and the ferries run on time,\" said port director "
                                    + "Anouk de Vries on Tuesday.\n\n\"Nobody lost a single container,\" de Vries added.")
                            .setLanguage("en").setIngestedAt(Instant.now()).setMetadata(Map.of()).build());
                    publisher.flush();
                }
                wait.until(b -> names(b, "#latest-quotes li[data-speaker]", "data-speaker")
                        .contains("Anouk de Vries"));
                assertEquals(Boolean.TRUE, ((JavascriptExecutor) browser).executeScript("return window.__sameDocument === true;"),
                        "updated in place, without a reload");
                assertTrue(browser.findElement(By.id("live-text")).getText().contains("Harbour reopens"));

                screenshot(browser, "dashboard.png");

                // The article view marks what was found.
                browser.findElement(By.cssSelector("#latest-quotes li[data-speaker='Anouk de Vries'] .link")).click(); // its headline
                wait.until(b -> !b.findElements(By.cssSelector("#article-body .hl-quote")).isEmpty());
                assertTrue(browser.findElement(By.id("article-title")).getText().contains("Harbour reopens"));
                Thread.sleep(800); // the smooth scroll to the article
                screenshot(browser, "dashboard-article.png");
            } finally {
                browser.quit();
            }
        }
    }

    private static void screenshot(ChromeDriver browser, String name) throws java.io.IOException {
        Path shot = Path.of("target", name);
        Files.createDirectories(shot.getParent());
        Files.write(shot, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        System.out.println("DashboardBrowserIT: screenshot " + shot.toAbsolutePath());
    }

    /** Read in one script, since the panels are redrawn under the test's feet as articles come in. */
    @SuppressWarnings("unchecked")
    private static Set<String> names(org.openqa.selenium.WebDriver browser, String selector, String attribute) {
        return new HashSet<>((java.util.List<String>) ((JavascriptExecutor) browser).executeScript(
                "return Array.from(document.querySelectorAll(arguments[0])).map(e => e.getAttribute(arguments[1]));",
                selector, attribute));
    }
}
