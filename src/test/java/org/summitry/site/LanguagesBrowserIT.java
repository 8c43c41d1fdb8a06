package org.summitry.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.chrome.ChromeDriver;
import org.summitry.testing.Browser;

/**
 * Every public page type in Korean and Russian, in Chromium, checked by axe-core (WCAG 2.2 A/AA
 * rules, the same as the English pages): no violation in either language.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LanguagesBrowserIT {

  private static final List<String> PAGES =
      List.of(
          "",
          "summits",
          "summits/putin-kim-summit-pyongyang-2024",
          "gifts",
          "gifts/aurus-limousine-2024",
          "people/kim-jong-un",
          "countries/kp",
          "photos",
          "search?q=aurus",
          "sources",
          "map",
          "statistics",
          "stories",
          "stories/pyongyang-june-2024-a-limousine-for-a-pair-of-dogs",
          "timeline",
          "flows",
          "no-such-page");

  @ArquillianResource URL deployed;

  URL base;

  @BeforeEach
  void onLoopback() throws MalformedURLException {
    base = new URL("http", "127.0.0.1", deployed.getPort(), deployed.getPath());
  }

  @Deployment(testable = false)
  static WebArchive war() {
    return ShrinkWrap.createFromZipFile(
        WebArchive.class, new File(System.getProperty("summitry.war")));
  }

  @Test
  void everyPublicPageTypeIsCleanOfAxeViolationsInKoreanAndRussian() {
    ChromeDriver browser = Browser.start();
    try {
      List<String> found = new ArrayList<>();
      for (String language : List.of("ko", "ru")) {
        List<String> paths = new ArrayList<>(PAGES);
        browser.get(base + language + "/photos");
        paths.add("photos/" + first(browser.getPageSource(), "/photos/(\\d+)\""));
        browser.get(base + language + "/sources");
        paths.add("sources/" + first(browser.getPageSource(), "/sources/(\\d+)\""));
        // The container's own error page, a static file chosen by the remembered language.
        browser.manage().addCookie(new Cookie("summitry-lang", language, "/"));
        paths.add("../error-page");
        for (String path : paths) {
          browser.get(base + language + "/" + path);
          assertTrue(
              browser.getPageSource().contains("<html lang=\"" + language + "\""),
              "/" + language + "/" + path + " is in its language");
          Results results = new AxeBuilder().analyze(browser);
          for (Rule violation : results.getViolations()) {
            found.add(
                "/"
                    + language
                    + "/"
                    + path
                    + ": "
                    + violation.getId()
                    + " "
                    + violation.getNodes().stream()
                        .map(node -> String.valueOf(node.getTarget()))
                        .collect(Collectors.joining(", ")));
          }
        }
      }
      browser.manage().deleteCookieNamed("summitry-lang");
      assertEquals(List.of(), found);
    } finally {
      browser.quit();
    }
  }

  private static String first(String page, String pattern) {
    Matcher link = Pattern.compile(pattern).matcher(page);
    assertTrue(link.find(), "a link matching " + pattern);
    return link.group(1);
  }
}
