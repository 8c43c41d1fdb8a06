package org.summitry.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.summitry.charts.boundary.WorldMap;
import org.summitry.testing.Browser;
import org.summitry.testing.PayaraMicroProcess;

/**
 * A curator's day in a real browser: signs in, records a new summit with two gifts, publishes them
 * and finds them on the public site at once, edits twice and restores an earlier revision, meets a
 * colleague's concurrent edit, deletes and restores the summit from the trash, and picks a summit's
 * place by clicking the world map.
 */
class BackOfficeBrowserIT {

  private static final String PASSWORD = "correct horse battery staple";
  private static PayaraMicroProcess app;
  private static ChromeDriver curator;

  @BeforeAll
  static void start() throws Exception {
    curator = Browser.start();
    Path data =
        Files.createDirectories(Path.of("target", "browser-" + UUID.randomUUID()).toAbsolutePath());
    app =
        PayaraMicroProcess.start(
            "browser",
            Map.of("SUMMITRY_DATA_DIR", data.toString(), "SUMMITRY_ADMIN_PASSWORD", PASSWORD));
  }

  @AfterAll
  static void stop() {
    if (curator != null) {
      curator.quit();
    }
    if (app != null) {
      app.close();
    }
  }

  @Test
  void curatorRecordsPublishesEditsRestoresResolvesAConflictAndUsesTheTrash() {
    signIn(curator);

    // A new summit with two participants, as a draft.
    curator.get(url("admin/summits/new"));
    type(curator, "field-title", "Putin–Xi summit in Moscow");
    type(curator, "field-date", "2023-03-20/2023-03-22");
    new WebDriverWait(curator, Duration.ofSeconds(60))
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("preview-date"), "20–22 March 2023"));
    type(curator, "field-venue", "Kremlin");
    type(curator, "field-city", "Moscow");
    new Select(curator.findElement(By.id("field-country"))).selectByValue("RU");
    new Select(curator.findElement(By.id("participant-0"))).selectByValue("vladimir-putin");
    curator.findElements(By.name("role")).get(0).sendKeys("Host");
    WebElement source = curator.findElement(By.cssSelector("input[name=source]"));
    ((JavascriptExecutor) curator)
        .executeScript(
            "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", source);
    source.click();
    submit(curator);
    assertTrue(curator.getCurrentUrl().contains("done=created"), curator.getCurrentUrl());
    assertTrue(status(curator).contains("Draft"));
    snapshot(curator, "summit-created");
    String summitEdit = curator.getCurrentUrl().replaceAll("\\?.*", "");
    String slug = curator.findElement(By.id("field-slug")).getAttribute("value");
    assertEquals("putin-xi-summit-in-moscow", slug);
    assertEquals(
        404, app.get("summits/" + slug).statusCode(), "a draft is invisible to the public");

    // Two gifts exchanged at it.
    String tea =
        createGift(
            "Porcelain tea service",
            "tableware",
            "vladimir-putin",
            "RU",
            "kim-jong-un",
            "KP",
            slug);
    String vase =
        createGift("Lacquered vase", "artwork", "kim-jong-un", "KP", "vladimir-putin", "RU", slug);

    // Publish all three; the public site shows them at once.
    for (String edit : new String[] {summitEdit, tea, vase}) {
      curator.get(edit);
      click(curator, "form[action$='/publish'] button");
      assertTrue(status(curator).contains("Published"));
    }
    String publicPage = app.get("summits/" + slug).body();
    assertTrue(
        publicPage.contains("Porcelain tea service") && publicPage.contains("Lacquered vase"),
        "both gifts on the summit page");
    assertTrue(publicPage.contains("20–22 March 2023"));
    assertTrue(publicPage.contains("CBS News"), "the cited source is listed");

    // Two edits, then the first edit's revision restored.
    editSummary(summitEdit, "First account of the talks.");
    editSummary(summitEdit, "Second account of the talks.");
    assertTrue(app.get("summits/" + slug).body().contains("Second account of the talks."));
    curator.get(summitEdit + "/history");
    assertEquals(
        "History of Putin–Xi summit in Moscow", curator.findElement(By.tagName("h1")).getText());
    WebElement firstEditRow =
        curator.findElements(By.cssSelector("tbody tr")).stream()
            .filter(row -> row.getText().toLowerCase(Locale.ROOT).contains("edited"))
            .reduce((newer, older) -> older)
            .orElseThrow();
    press(curator, firstEditRow.findElement(By.cssSelector("button")));
    assertTrue(curator.getCurrentUrl().contains("done=restored"), curator.getCurrentUrl());
    String restored = app.get("summits/" + slug).body();
    assertTrue(
        restored.contains("First account of the talks.") && !restored.contains("Second account"),
        "the earlier text is back");
    curator.get(summitEdit + "/history");
    assertTrue(curator.getPageSource().contains("Restored a revision"));
    snapshot(curator, "history");
    curator.get(summitEdit + "/diff");
    snapshot(curator, "diff");
    assertTrue(
        curator.findElements(By.cssSelector("tr.changed")).size() >= 1,
        "the comparison marks the changed field");

    // Two people edit at once: the second sees both versions and decides.
    ChromeDriver colleague = Browser.start();
    try {
      signIn(colleague);
      curator.get(summitEdit);
      colleague.get(summitEdit);
      replace(curator, "field-venue", "Kremlin Senate");
      submit(curator);
      assertTrue(curator.getCurrentUrl().contains("done=saved"));
      replace(colleague, "field-venue", "Grand Kremlin Palace");
      submit(colleague);
      snapshot(colleague, "edit-conflict");
      String conflict = colleague.findElement(By.id("conflict")).getText();
      assertTrue(
          conflict.contains("Kremlin Senate") && conflict.contains("Grand Kremlin Palace"),
          conflict);
      assertTrue(
          app.get("summits/" + slug).body().contains("Kremlin Senate"),
          "nothing was overwritten silently");
      submit(colleague);
      assertTrue(
          colleague.getCurrentUrl().contains("done=saved"),
          "saving again after review overwrites deliberately");
      assertTrue(app.get("summits/" + slug).body().contains("Grand Kremlin Palace"));
    } finally {
      colleague.quit();
    }

    // Delete, then restore from the trash with the gifts still linked.
    curator.get(summitEdit);
    click(curator, "form[action$='/trash'] button");
    assertTrue(curator.getCurrentUrl().contains("/admin/trash"));
    assertTrue(curator.getPageSource().contains("Putin–Xi summit in Moscow"));
    assertClean(curator, "the trash");
    snapshot(curator, "trash");
    assertEquals(
        410,
        app.get("summits/" + slug).statusCode(),
        "a trashed summit is gone from the public site, with a tombstone");
    click(curator, "form[action*='/admin/trash/summits/'] button");
    assertTrue(curator.getCurrentUrl().contains("done=restore"));
    String back = app.get("summits/" + slug).body();
    assertTrue(
        back.contains("Porcelain tea service") && back.contains("Lacquered vase"),
        "restored with its links intact");
  }

  @Test
  void visitorBrowsesASummitsPhotosInTheLightboxWithTheKeyboard() {
    ChromeDriver visitor = Browser.start();
    try {
      visitor.get(url("summits/putin-kim-summit-pyongyang-2024"));
      List<WebElement> links = visitor.findElements(By.cssSelector("a[data-lightbox]"));
      assertEquals(3, links.size(), "three photos in the gallery");
      WebElement first = links.get(0);
      ((JavascriptExecutor) visitor).executeScript("arguments[0].focus();", first);
      first.sendKeys(Keys.ENTER);
      WebElement dialog =
          new WebDriverWait(visitor, Duration.ofSeconds(60))
              .until(
                  ExpectedConditions.visibilityOfElementLocated(
                      By.cssSelector("dialog.lightbox[open]")));
      assertEquals(
          "1 of 3",
          dialog.findElement(By.className("lightbox__count")).getAttribute("textContent"));
      new WebDriverWait(visitor, Duration.ofSeconds(60))
          .until(
              d ->
                  (Boolean)
                      ((JavascriptExecutor) d)
                          .executeScript(
                              "var i = document.querySelector('img.lightbox__image');"
                                  + " return i.complete && i.naturalWidth > 0;"));
      snapshot(visitor, "lightbox");
      new Actions(visitor).sendKeys(Keys.ARROW_RIGHT).perform();
      new WebDriverWait(visitor, Duration.ofSeconds(60))
          .until(
              ExpectedConditions.attributeToBe(
                  By.className("lightbox__count"), "textContent", "2 of 3"));
      assertTrue(
          dialog
              .findElement(By.className("lightbox__credit"))
              .getAttribute("textContent")
              .contains("KCNA via REUTERS"));
      new Actions(visitor).sendKeys(Keys.ESCAPE).perform();
      new WebDriverWait(visitor, Duration.ofSeconds(60))
          .until(
              ExpectedConditions.invisibilityOfElementLocated(
                  By.cssSelector("dialog.lightbox[open]")));
      assertEquals(
          first, visitor.switchTo().activeElement(), "focus returns to the photo that was opened");
    } finally {
      visitor.quit();
    }
  }

  @Test
  void curatorPicksASummitsPlaceByClickingTheWorldMapOrTypesIt() {
    ChromeDriver picker = Browser.start();
    try {
      signIn(picker);
      picker.get(url("admin/summits/new"));
      WebElement map = picker.findElement(By.cssSelector("[data-place-picker] svg"));
      picker.executeScript(
          "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", map);
      assertTrue(map.isDisplayed(), "the script shows the map beside the fields");

      // Click where the app's own projection draws Pyongyang on the map as it is laid out.
      double[] view =
          java.util.Arrays.stream(map.getDomAttribute("viewBox").trim().split("\\s+"))
              .mapToDouble(Double::parseDouble)
              .toArray();
      org.openqa.selenium.Rectangle box = map.getRect();
      double scale = Math.min(box.getWidth() / view[2], box.getHeight() / view[3]);
      double[] pyongyang = WorldMap.project(39.0392, 125.7625);
      double x = (box.getWidth() - view[2] * scale) / 2 + (pyongyang[0] - view[0]) * scale;
      double y = (box.getHeight() - view[3] * scale) / 2 + (pyongyang[1] - view[1]) * scale;
      new Actions(picker)
          .moveToElement(
              map,
              (int) Math.round(x - box.getWidth() / 2.0),
              (int) Math.round(y - box.getHeight() / 2.0))
          .click()
          .perform();
      double latitude = number(picker, "field-latitude");
      double longitude = number(picker, "field-longitude");
      double degreePerPixel = 360 / (view[2] * scale);
      assertEquals(39.0392, latitude, 2 * degreePerPixel, "the click fills in the latitude");
      assertEquals(125.7625, longitude, 2 * degreePerPixel, "and the longitude");

      // Typed degrees (as keyboard users keep doing) move the point to where the map draws them.
      replace(picker, "field-latitude", "51.8844");
      replace(picker, "field-longitude", "128.3336 E");
      WebElement marker = picker.findElement(By.cssSelector(".place-picker__marker"));
      double[] vostochny = WorldMap.project(51.8844, 128.3336);
      assertEquals(vostochny[0], Double.parseDouble(marker.getDomAttribute("cx")), 0.1);
      assertEquals(vostochny[1], Double.parseDouble(marker.getDomAttribute("cy")), 0.1);
      assertTrue(marker.isDisplayed());
      snapshot(picker, "summit-place-picker");
      replace(picker, "field-longitude", "east");
      assertFalse(marker.isDisplayed(), "no point for a longitude that is not one");
    } finally {
      picker.quit();
    }
  }

  private static double number(WebDriver driver, String id) {
    return Double.parseDouble(driver.findElement(By.id(id)).getAttribute("value"));
  }

  private String createGift(
      String title,
      String category,
      String giver,
      String giverCountry,
      String recipient,
      String recipientCountry,
      String summit) {
    curator.get(url("admin/gifts/new"));
    type(curator, "field-title", title);
    new Select(curator.findElement(By.id("field-category"))).selectByValue(category);
    new Select(curator.findElement(By.id("field-giver"))).selectByValue(giver);
    new Select(curator.findElement(By.id("field-giverCountry"))).selectByValue(giverCountry);
    new Select(curator.findElement(By.id("field-recipient"))).selectByValue(recipient);
    new Select(curator.findElement(By.id("field-recipientCountry")))
        .selectByValue(recipientCountry);
    new Select(curator.findElement(By.id("field-summit"))).selectByValue(summit);
    type(curator, "field-date", "2023-03-21");
    WebElement source = curator.findElement(By.cssSelector("input[name=source]"));
    ((JavascriptExecutor) curator)
        .executeScript(
            "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", source);
    source.click();
    submit(curator);
    assertTrue(
        curator.getCurrentUrl().contains("done=created"),
        curator.getCurrentUrl() + "\n" + curator.getPageSource());
    return curator.getCurrentUrl().replaceAll("\\?.*", "");
  }

  @Test
  void curatorMergesALikelyDuplicateAndEveryPageOfItIsCleanForAxe() {
    if (!curator.getPageSource().contains("/sign-out")) {
      curator.get(url("admin"));
      if (curator.getCurrentUrl().contains("/sign-in")) {
        signIn(curator);
      }
    }
    String kept = newPerson("Choe Son Hui");
    String merged = newPerson("(?) Choe Son-hui, Minister of Foreign Affairs");
    String keptId = kept.substring(kept.lastIndexOf('/') + 1);
    String mergedId = merged.substring(merged.lastIndexOf('/') + 1);

    curator.get(url("admin/people/duplicates"));
    assertClean(curator, "the duplicates list");
    snapshot(curator, "people-duplicates");
    String link = "a[href='/admin/people/" + mergedId + "/merge?into=" + keptId + "']";
    assertEquals(1, curator.findElements(By.cssSelector(link)).size(), "the pair, the older kept");

    curator.get(merged + "/merge?q=choe");
    assertClean(curator, "the merge picker");
    assertEquals(1, curator.findElements(By.cssSelector(link)).size(), "the picker offers it");
    press(curator, curator.findElement(By.cssSelector(link)));
    assertClean(curator, "the merge confirmation");
    snapshot(curator, "people-merge-confirm");
    assertTrue(curator.getPageSource().contains("No gifts"), curator.getPageSource());
    click(curator, "form.form-actions button[type=submit]");
    assertTrue(curator.getCurrentUrl().contains(kept + "?done=merged"), curator.getCurrentUrl());
    assertTrue(
        curator
            .findElement(By.id("field-aliases"))
            .getAttribute("value")
            .contains("(?) Choe Son-hui, Minister of Foreign Affairs"),
        "the merged name is an alias now");
    curator.get(kept + "/history");
    assertClean(curator, "the history with the merge");
    assertTrue(curator.getPageSource().contains("Merged another person in"));
  }

  @Test
  void curatorTicksPeopleWithTheKeyboardPublishesThemInBulkAndEveryPageIsCleanForAxe() {
    if (!curator.getPageSource().contains("/sign-out")) {
      curator.get(url("admin"));
      if (curator.getCurrentUrl().contains("/sign-in")) {
        signIn(curator);
      }
    }
    String first = newPerson("Bulkpick Ri Son Gwon");
    String second = newPerson("Bulkpick Kim Song Nam");
    newPerson("Bulkpick Left Alone");
    curator.get(url("admin/people?q=bulkpick"));
    assertClean(curator, "a list with its bulk form");
    for (String person : List.of(first, second)) {
      WebElement box =
          curator.findElement(By.id("pick-" + person.substring(person.lastIndexOf('/') + 1)));
      ((JavascriptExecutor) curator)
          .executeScript("arguments[0].scrollIntoView({block: 'center'});", box);
      box.sendKeys(Keys.SPACE);
      assertTrue(box.isSelected(), "the space bar ticks " + person);
    }
    WebElement action = curator.findElement(By.id("bulk-action"));
    new Select(action).selectByValue("publish");
    snapshot(curator, "bulk-list");
    press(curator, curator.findElement(By.cssSelector("form#bulk button[type=submit]")));
    assertClean(curator, "the bulk confirmation");
    snapshot(curator, "bulk-confirm");
    assertEquals(
        "2 entries will be published.", curator.findElement(By.id("what")).getText().strip());
    assertEquals(404, status("people/bulkpick-ri-son-gwon"), "nothing changes before confirming");
    click(curator, "form#confirm button[type=submit]");
    assertClean(curator, "the bulk summary");
    snapshot(curator, "bulk-summary");
    assertEquals("2 entries changed.", curator.findElement(By.id("changed")).getText().strip());
    assertEquals(200, status("people/bulkpick-ri-son-gwon"));
    assertEquals(404, status("people/bulkpick-left-alone"), "the one not ticked stays a draft");
    curator.get(first + "/history");
    assertTrue(curator.getPageSource().contains("Published"));
  }

  private static int status(String path) {
    return app.get(path).statusCode();
  }

  private String newPerson(String name) {
    curator.get(url("admin/people/new"));
    type(curator, "field-name", name);
    submit(curator);
    assertTrue(curator.getCurrentUrl().contains("done=created"), curator.getCurrentUrl());
    return curator.getCurrentUrl().replaceAll("\\?.*", "");
  }

  /**
   * A new curator's whole day, as issue 22 tried it by hand: a person, a source, a summit with a
   * Russian title, a Korean city and an uncertain date (refused once, with an error summary and
   * nothing typed lost), a gift with a declared value citing the source, publishing, the public
   * pages and search, two edits whose comparison shows only what changed, a press photo whose
   * caption and credit fill themselves in, and signing out. Screenshots of each step are kept under
   * target/screenshots/journey-*.png.
   */
  @Test
  void aNewCuratorsDayFromAPersonToAPublishedSummitWithAGiftAndAPhoto() throws IOException {
    signIn(curator);

    curator.get(url("admin/people/new"));
    type(curator, "field-name", "Choe Ryong Hae");
    type(curator, "field-nativeName", "최룡해");
    new Select(curator.findElement(By.id("field-country"))).selectByValue("KP");
    submit(curator);
    assertTrue(curator.getCurrentUrl().contains("done=created"), curator.getCurrentUrl());
    snapshot(curator, "journey-1-person");

    curator.get(url("admin/sources/new"));
    type(curator, "field-title", "Talks in Vladivostok, as Rodong Sinmun reported them");
    type(curator, "field-publisher", "Rodong Sinmun");
    type(curator, "field-url", "https://rodong.rep.kp/en/");
    type(curator, "field-date", "2019-04-26");
    submit(curator);
    assertTrue(curator.getCurrentUrl().contains("done=created"), curator.getCurrentUrl());
    String sourceEdit = curator.getCurrentUrl().replaceAll("\\?.*", "");
    String sourceId = sourceEdit.substring(sourceEdit.lastIndexOf('/') + 1);
    snapshot(curator, "journey-2-source");

    // The summit: sent once without its title, refused with a summary, nothing typed lost.
    curator.get(url("admin/summits/new"));
    type(curator, "field-date", "2019-04~");
    type(curator, "field-city", "블라디보스토크");
    new Select(curator.findElement(By.id("field-country"))).selectByValue("RU");
    new Select(curator.findElement(By.id("participant-0"))).selectByValue("kim-jong-un");
    tick(curator, "source-" + sourceId);
    press(curator, curator.findElement(By.cssSelector("form.entry-form button[type=submit]")));
    WebElement summary = curator.findElement(By.id("error-summary"));
    assertTrue(summary.isDisplayed());
    assertFalse(
        summary.findElements(By.cssSelector("a[href='#field-title']")).isEmpty(),
        "the summary links the field to mend: " + summary.getText());
    assertEquals("블라디보스토크", curator.findElement(By.id("field-city")).getAttribute("value"));
    assertEquals("2019-04~", curator.findElement(By.id("field-date")).getAttribute("value"));
    assertTrue(
        curator.findElement(By.id("source-" + sourceId)).isSelected(),
        "the ticked source is still ticked");
    assertClean(curator, "a refused summit form");
    snapshot(curator, "journey-3-refused");
    type(curator, "field-title", "Саммит Путина и Ким Чен Ына во Владивостоке");
    submit(curator);
    assertTrue(curator.getCurrentUrl().contains("done=created"), curator.getCurrentUrl());
    String summitEdit = curator.getCurrentUrl().replaceAll("\\?.*", "");
    String slug = curator.findElement(By.id("field-slug")).getAttribute("value");

    // A gift with a declared value, citing the source.
    curator.get(url("admin/gifts/new"));
    type(curator, "field-title", "Sword in a lacquered case");
    new Select(curator.findElement(By.id("field-category"))).selectByValue("artwork");
    new Select(curator.findElement(By.id("field-giver"))).selectByValue("kim-jong-un");
    new Select(curator.findElement(By.id("field-giverCountry"))).selectByValue("KP");
    new Select(curator.findElement(By.id("field-recipient"))).selectByValue("vladimir-putin");
    new Select(curator.findElement(By.id("field-recipientCountry"))).selectByValue("RU");
    new Select(curator.findElement(By.id("field-summit"))).selectByValue(slug);
    type(curator, "field-date", "2019-04-25");
    type(curator, "field-valueAmount", "1500");
    type(curator, "field-valueCurrency", "USD");
    tick(curator, "source-" + sourceId);
    submit(curator);
    assertTrue(curator.getCurrentUrl().contains("done=created"), curator.getCurrentUrl());
    String giftEdit = curator.getCurrentUrl().replaceAll("\\?.*", "");
    String giftSlug = curator.findElement(By.id("field-slug")).getAttribute("value");
    snapshot(curator, "journey-4-gift");

    for (String edit : new String[] {sourceEdit, summitEdit, giftEdit}) {
      curator.get(edit);
      click(curator, "form[action$='/publish'] button");
      assertTrue(status(curator).contains("Published"), status(curator));
    }

    String summitPage = app.get("summits/" + slug).body();
    assertTrue(summitPage.contains("Саммит Путина и Ким Чен Ына во Владивостоке"));
    assertTrue(summitPage.contains("Sword in a lacquered case"));
    assertTrue(summitPage.contains("about April 2019"), "the uncertain date in words");
    assertTrue(summitPage.contains("Rodong Sinmun"), "the source is cited");
    String giftPage = app.get("gifts/" + giftSlug).body();
    assertTrue(giftPage.contains("US$1,500"), "the declared value, in the currency as written");
    curator.get(url("summits/" + slug));
    assertClean(curator, "the new summit's public page");
    snapshot(curator, "journey-5-public-summit");
    assertTrue(
        searchFinds("Владивостоке", "Саммит Путина и Ким Чен Ына"),
        "search finds the new summit by a word of its Russian title");

    // Two edits: the comparison of the first and the latest shows the description alone.
    curator.get(giftEdit);
    replace(curator, "field-description", "A sword in a case of black lacquer.");
    submit(curator);
    curator.get(giftEdit);
    replace(curator, "field-description", "A sword in a case of black and red lacquer.");
    submit(curator);
    curator.get(giftEdit + "/diff");
    snapshot(curator, "journey-6-compare");
    List<String> changed =
        curator.findElements(By.cssSelector("tr.changed")).stream()
            .map(row -> row.findElement(By.tagName("th")).getText().split("\n")[0].strip())
            .toList();
    assertEquals(List.of("Description"), changed, "only the field that was edited");

    // A press photo into the summit's gallery: its caption and credit come from the file.
    Path photo = Files.createTempFile("kcna", ".jpg");
    Files.write(
        photo,
        org.summitry.media.control.MetadataSegments.jpegWith(
            org.summitry.media.control.MetadataSegments.Iim.utf8()
                .with(120, "Kim Jong Un and Vladimir Putin in Vladivostok")
                .with(110, "KCNA via REUTERS")
                .segment()));
    curator.get(summitEdit);
    curator.findElement(By.id("photos-upload")).sendKeys(photo.toString());
    click(curator, "form.upload-form button[type=submit]");
    snapshot(curator, "journey-7-uploaded");
    click(curator, "li.stored a");
    assertEquals(
        "KCNA via REUTERS",
        curator.findElement(By.id("field-creditLine")).getAttribute("value"),
        "the credit line filled itself in from the file");
    snapshot(curator, "journey-8-photo");
    Files.deleteIfExists(photo);

    // The photo into the gift's gallery too: found by a word of its title, chosen by keyboard.
    type(curator, "field-gallery", "Sword in a lacquered");
    curator.findElement(By.id("field-gallery")).sendKeys(Keys.ENTER);
    WebElement choice =
        new WebDriverWait(curator, Duration.ofSeconds(30))
            .until(driver -> driver.findElement(By.id("field-target")));
    assertFalse(choice.isSelected(), "nothing is chosen before the curator chooses");
    assertClean(curator, "the photo page with the galleries found");
    snapshot(curator, "journey-9-another-gallery");
    ((JavascriptExecutor) curator)
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", choice);
    choice.sendKeys(Keys.SPACE);
    assertTrue(choice.isSelected(), "the space bar chooses the gift");
    press(curator, curator.findElement(By.cssSelector("form[action$='/galleries'] button")));
    assertTrue(curator.getCurrentUrl().startsWith(giftEdit), curator.getCurrentUrl());

    click(curator, "form[action$='/sign-out'] button");
    curator.get(url("admin"));
    assertTrue(curator.getCurrentUrl().contains("/sign-in"), "signed out");
  }

  /** Whether search lists {@code expected} for {@code query} within a minute (indexing follows). */
  private static boolean searchFinds(String query, String expected) {
    long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < until) {
      String page =
          app.get("search?q=" + java.net.URLEncoder.encode(query, StandardCharsets.UTF_8)).body();
      if (page.contains(expected)) {
        return true;
      }
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return false;
  }

  private static void tick(WebDriver driver, String id) {
    WebElement box = driver.findElement(By.id(id));
    ((JavascriptExecutor) driver)
        .executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", box);
    if (!box.isSelected()) {
      box.click();
    }
  }

  private static void assertClean(WebDriver driver, String page) {
    List<com.deque.html.axecore.results.Rule> violations =
        new com.deque.html.axecore.selenium.AxeBuilder().analyze(driver).getViolations();
    assertEquals(
        List.of(),
        violations.stream().map(v -> v.getId() + ": " + v.getHelp() + " " + v.getNodes()).toList(),
        "axe finds nothing on " + page);
  }

  private void editSummary(String edit, String summary) {
    curator.get(edit);
    replace(curator, "field-summary", summary);
    submit(curator);
    assertTrue(curator.getCurrentUrl().contains("done=saved"), curator.getCurrentUrl());
  }

  private static void signIn(WebDriver driver) {
    // Each test starts signed out, whichever of them ran before in this browser.
    driver.get(url(""));
    driver.manage().deleteAllCookies();
    driver.get(url("admin"));
    assertTrue(
        driver.getCurrentUrl().contains("/sign-in"), "the back office asks to sign in first");
    driver.findElement(By.id("username")).sendKeys("admin");
    driver.findElement(By.id("password")).sendKeys(PASSWORD);
    driver.findElement(By.cssSelector("main form button[type=submit]")).click();
    new WebDriverWait(driver, Duration.ofSeconds(60))
        .until(d -> d.getCurrentUrl().contains("/admin"));
    assertFalse(driver.getPageSource().contains("Sign in to the back office"));
  }

  private static void type(WebDriver driver, String id, String text) {
    driver.findElement(By.id(id)).sendKeys(text);
  }

  private static void replace(WebDriver driver, String id, String text) {
    WebElement field = driver.findElement(By.id(id));
    field.clear();
    field.sendKeys(text);
  }

  private static void submit(WebDriver driver) {
    press(driver, driver.findElement(By.cssSelector("form.entry-form button[type=submit]")));
    assertFalse(
        driver.getPageSource().contains("id=\"error-summary\""),
        () -> "the form was refused:\n" + errorSummary(driver));
  }

  private static String errorSummary(WebDriver driver) {
    Matcher m =
        Pattern.compile("(?s)<div[^>]*id=\"error-summary\".*?</div>")
            .matcher(driver.getPageSource());
    return m.find() ? m.group() : "";
  }

  private static void click(WebDriver driver, String css) {
    press(driver, driver.findElement(By.cssSelector(css)));
  }

  /**
   * Scrolls a button to the middle of the window (clear of the sticky header), clicks it and waits
   * for the next page.
   */
  private static void press(WebDriver driver, WebElement button) {
    ((JavascriptExecutor) driver)
        .executeScript(
            "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", button);
    button.click();
    new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> gone(button));
  }

  /**
   * Whether the page that held this element has been replaced. Chromium 156 reports a replaced node
   * as "does not belong to the document" rather than as a stale element, so both count.
   */
  private static boolean gone(WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (org.openqa.selenium.StaleElementReferenceException e) {
      return true;
    } catch (org.openqa.selenium.WebDriverException e) {
      if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
        return true;
      }
      throw e;
    }
  }

  /** Keeps a picture of the page under target/screenshots, for people to look at. */
  private static void snapshot(WebDriver driver, String name) {
    try {
      Path dir = Files.createDirectories(Path.of("target", "screenshots"));
      Files.write(
          dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String status(WebDriver driver) {
    List<WebElement> badges = driver.findElements(By.className("status"));
    assertFalse(
        badges.isEmpty(),
        () -> "no status on " + driver.getCurrentUrl() + ": " + driver.getTitle());
    return badges.get(0).getText();
  }

  private static String url(String path) {
    return app.uri(path).toString();
  }
}
