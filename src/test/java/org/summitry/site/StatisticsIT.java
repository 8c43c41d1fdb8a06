package org.summitry.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
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
import org.openqa.selenium.chrome.ChromeDriver;
import org.summitry.testing.Browser;
import org.summitry.testing.HtmlChecker;

/**
 * The statistics page on the real WAR with the demo content: valid HTML in every language and with
 * filters, clean of axe-core's accessibility violations, narrowed by plain links, its tables as CSV
 * files, and a helpful 400 for a filter that names nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StatisticsIT {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @ArquillianResource URL deployed;

  URL base;

  @BeforeEach
  void onLoopback() throws java.net.MalformedURLException {
    base = new URL("http", "127.0.0.1", deployed.getPort(), deployed.getPath());
  }

  @Deployment(testable = false)
  static WebArchive war() {
    return ShrinkWrap.createFromZipFile(
        WebArchive.class, new File(System.getProperty("summitry.war")));
  }

  @Test
  void statisticsCountTheDemoGiftsAndAreValidHtmlInEveryLanguage() throws Exception {
    String page = get("statistics").body();
    assertTrue(page.contains("<svg"), "a chart of gifts per year");
    assertTrue(
        java.util.regex.Pattern.compile("href=\"[^\"]*/statistics\\?country=ru\"")
            .matcher(page)
            .find(),
        "Russia narrows the statistics");
    assertTrue(
        java.util.regex.Pattern.compile(
                "<a class=\"chart-link\" href=\"[^\"]*/statistics\\?country=ru\"><title>"
                    + "Russia: \\d+ given, \\d+ received</title>")
            .matcher(page)
            .find(),
        "Russia's pair of bars narrows the statistics and says what it counts");
    assertTrue(
        page.contains("id=\"categories-chart-title\">Gifts per category</title>"),
        "a bar chart over the categories");
    assertTrue(page.contains("/statistics/by-country.csv"), "the table as CSV");
    List<String> failures = new ArrayList<>();
    for (String path :
        List.of(
            "statistics",
            "statistics?country=ru&year=2024",
            "statistics?country=kp&convert=usd",
            "statistics?year=1066",
            "ko/statistics",
            "ru/statistics?country=kp")) {
      HttpResponse<String> response = get(path);
      assertEquals(200, response.statusCode(), "status of /" + path);
      for (String error : HtmlChecker.errors(response.body())) {
        failures.add("/" + path + ": " + error);
      }
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
    String narrowed = get("statistics?country=ru&year=2024").body();
    assertTrue(narrowed.contains("Country: Russia"), "the chosen filter is shown to be removed");
    assertTrue(get("statistics?year=1066").body().contains("No published gifts match"));
  }

  @Test
  void everyTableDownloadsAsCsvWithTheSameFilters() throws Exception {
    HttpResponse<String> countries = get("statistics/by-country.csv");
    assertEquals(200, countries.statusCode());
    assertTrue(countries.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
    assertEquals(
        "attachment; filename=\"summitry-gifts-by-country.csv\"",
        countries.headers().firstValue("Content-Disposition").orElse(""));
    String[] lines = countries.body().split("\r\n");
    assertTrue(lines[0].startsWith("country_code,country,given,received"), lines[0]);
    String russia =
        List.of(lines).stream().filter(l -> l.startsWith("RU,")).findFirst().orElseThrow();
    long given = Long.parseLong(russia.split(",")[2]);
    String years = get("statistics/by-year.csv?country=ru").body();
    assertTrue(years.startsWith("year,gifts"), years);
    String kinds = get("statistics/by-category.csv?country=ru&year=2024").body();
    assertTrue(kinds.startsWith("category,category_name,gifts"), kinds);
    String people = get("statistics/by-person.csv").body();
    assertTrue(people.startsWith("person,name,given,received"), people);
    assertTrue(given > 0, "Russia gave gifts: " + russia);
  }

  @Test
  void theDemoValuesConvertIntoWonWithTheFederalReservesRateOfEachYear() throws Exception {
    String page = get("statistics?convert=krw").body();
    assertTrue(page.contains("USD</span> 19,591.99"), "the U.S. register's six values, summed");
    // 580 × 1,129.0435 (2017) + 3,390 × 1,099.2926 (2018) + 1,339.99 × 1,165.8016 (2019)
    // + 14,282 × 1,144.8911 (2021); the latest rate alone would give 22,430,694.98.
    assertTrue(page.contains("≈ KRW 22,294,944.32"), "each year converted with its own rate");
    assertTrue(page.contains("1 USD = 1,099.2926 KRW on 2018-01-01"), "the rate of 2018 is named");
    assertTrue(page.contains("Converts the gifts of 2018."), "with the years it converted");
    assertTrue(
        page.contains("https://www.federalreserve.gov/releases/g5a/20210104/"), "and its source");
    String years = get("statistics/by-year.csv?convert=krw").body();
    assertTrue(years.contains("\r\n2018,3,3390.00,3726601.91,\r\n"), years);
    assertTrue(years.contains("\r\n2021,2,14282.00,16351334.69,\r\n"), years);
    for (String path : List.of("statistics?convert=krw", "ko/statistics?convert=krw")) {
      List<String> errors = HtmlChecker.errors(get(path).body());
      assertTrue(errors.isEmpty(), "/" + path + ": " + String.join("\n", errors));
    }
  }

  @Test
  void aFilterThatNamesNothingIsRefusedWithAReason() throws Exception {
    HttpResponse<String> country = get("statistics?country=zz");
    assertEquals(400, country.statusCode());
    assertTrue(country.body().contains("There is no country with the code"), country.body());
    assertEquals(400, get("statistics?year=abc").statusCode());
    assertEquals(400, get("statistics?convert=dollars").statusCode());
    assertEquals(400, get("statistics/by-year.csv?category=nothing-such").statusCode());
  }

  @Test
  void theStatisticsPageHasNoAxeViolations() throws Exception {
    ChromeDriver browser = Browser.start();
    try {
      for (String path :
          List.of("statistics", "statistics?country=ru&year=2024", "statistics?convert=krw")) {
        browser.get(base + path);
        Results results = new AxeBuilder().analyze(browser);
        List<Rule> violations = results.getViolations();
        assertTrue(
            violations.isEmpty(),
            "/"
                + path
                + ": "
                + violations.stream()
                    .map(v -> v.getId() + " " + v.getNodes().size() + "× " + v.getHelp())
                    .collect(Collectors.joining("; ")));
      }
    } finally {
      browser.quit();
    }
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html").build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
