package org.summitry.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.summitry.testing.Browser;
import org.summitry.testing.PayaraMicroProcess;

/**
 * The map as a visitor uses it in a browser: axe-core (shipped with the tests, nothing fetched)
 * finds no WCAG 2.2 A/AA violation on /map or a zoomed region, the markers are reached with the
 * keyboard, and a region link zooms without reloading the page.
 */
class MapBrowserIT {

  private static PayaraMicroProcess app;
  private static ChromeDriver visitor;

  @BeforeAll
  static void start() throws Exception {
    visitor = Browser.start();
    Path data =
        Files.createDirectories(Path.of("target", "map-" + UUID.randomUUID()).toAbsolutePath());
    app = PayaraMicroProcess.start("map-browser", Map.of("SUMMITRY_DATA_DIR", data.toString()));
  }

  @AfterAll
  static void stop() {
    if (visitor != null) {
      visitor.quit();
    }
    if (app != null) {
      app.close();
    }
  }

  @Test
  void theMapHasNoAccessibilityViolations() throws IOException {
    for (String path :
        List.of("map", "map?region=east-asia", "summits/putin-kim-summit-pyongyang-2024")) {
      visitor.get(app.uri(path).toString());
      assertEquals(List.of(), violations(), "axe on /" + path);
    }
  }

  @Test
  void markersAreReachedWithTheKeyboardAndARegionZoomsInPlace() {
    visitor.get(app.uri("map").toString());
    WebElement body = visitor.findElement(By.tagName("body"));
    boolean reached = false;
    for (int i = 0; i < 40 && !reached; i++) {
      body = visitor.switchTo().activeElement();
      body.sendKeys(Keys.TAB);
      WebElement focused = visitor.switchTo().activeElement();
      reached =
          focused.getAttribute("class") != null
              && focused.getAttribute("class").contains("map-marker");
    }
    assertTrue(reached, "a marker takes the focus by Tab");

    visitor.executeScript("window.stillHere = true;");
    visitor.findElement(By.linkText("East Asia")).click();
    new WebDriverWait(visitor, Duration.ofSeconds(10))
        .until(d -> d.getCurrentUrl().endsWith("region=east-asia"));
    new WebDriverWait(visitor, Duration.ofSeconds(10))
        .until(
            d -> d.findElement(By.id("map-list-heading")).getText().equals("Summits in East Asia"));
    assertEquals(
        Boolean.TRUE, visitor.executeScript("return window.stillHere === true;"), "no reload");
    String viewBox =
        visitor.findElement(By.cssSelector("svg.world-map")).getDomAttribute("viewBox");
    assertTrue(viewBox != null && !viewBox.startsWith("0 0 1000"), "zoomed: " + viewBox);
  }

  @SuppressWarnings("unchecked")
  private static List<String> violations() throws IOException {
    String axe;
    try (InputStream in = MapBrowserIT.class.getResourceAsStream("/axe/axe.min.js")) {
      axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    visitor.executeScript(axe);
    Object result =
        visitor.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values:"
                + " ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}})"
                + ".then(r => done(r.violations.map(v => v.id + ': ' + v.nodes.map(n =>"
                + " n.target.join(' ')).join(', '))))"
                + ".catch(e => done(['axe failed: ' + e]));");
    return (List<String>) result;
  }
}
