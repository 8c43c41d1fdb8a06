package org.summitry.curation.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.summitry.curation.boundary.Referents.Value;
import org.summitry.curation.control.WikidataSearch;
import org.summitry.edtf.Edtf;
import org.summitry.gifts.boundary.CategoryView;
import org.summitry.gifts.boundary.GiftCategories.CategoryEdit;
import org.summitry.gifts.boundary.Gifts;
import org.summitry.journal.boundary.Change;
import org.summitry.journal.boundary.FieldKind;
import org.summitry.journal.boundary.Revision;
import org.summitry.kernel.AdminQuery;
import org.summitry.kernel.EntryState;
import org.summitry.kernel.EntryType;
import org.summitry.kernel.Page;
import org.summitry.kernel.WikidataId;
import org.summitry.media.boundary.PhotoView;
import org.summitry.media.boundary.Photos.FileRegion;
import org.summitry.media.boundary.Photos.PhotoEdit;
import org.summitry.media.boundary.RegionView;
import org.summitry.people.boundary.CountryView;
import org.summitry.people.boundary.LikelyDuplicate;
import org.summitry.people.boundary.Likeness;
import org.summitry.people.boundary.People.CountryEdit;
import org.summitry.people.boundary.People.PersonEdit;
import org.summitry.people.boundary.PersonLinks;
import org.summitry.people.boundary.PersonView;
import org.summitry.platform.control.Templates;
import org.summitry.sources.boundary.SourceView;
import org.summitry.sources.boundary.Sources.SourceEdit;
import org.summitry.summits.boundary.SummitView;
import org.summitry.summits.boundary.Summits;
import org.summitry.testing.HtmlChecker;
import org.summitry.testing.PhotoViews;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;
import org.thymeleaf.messageresolver.IMessageResolver;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.FileTemplateResolver;

/**
 * Renders the back-office pages of people, countries, sources and categories with the real
 * templates and messages (no server: until sign-in lands, the Guard refuses every request), so a
 * broken expression or a missing message fails here rather than in front of a curator.
 */
class EditorPagesTest {

  private static final OffsetDateTime NOW =
      OffsetDateTime.of(2026, 11, 27, 12, 0, 0, 0, ZoneOffset.UTC);
  private static TemplateEngine engine;

  private static final CountryView KP = new CountryView(1L, "KP", "North Korea");
  private static final PersonView KIM =
      new PersonView(
          2L, "kim-jong-un", "Kim Jong Un", "김정은", List.of("Kim Jong-un"), "Chairman", KP, "Bio");

  @BeforeAll
  static void engine() {
    FileTemplateResolver resolver = new FileTemplateResolver();
    resolver.setPrefix("webapp/WEB-INF/templates/");
    resolver.setSuffix(".html");
    resolver.setTemplateMode(TemplateMode.HTML);
    resolver.setCharacterEncoding("UTF-8");
    engine = new TemplateEngine();
    engine.setDialect(Templates.dialect());
    engine.setTemplateResolver(resolver);
    engine.setLinkBuilder(
        new StandardLinkBuilder() {
          @Override
          protected String computeContextPath(
              IExpressionContext context, String base, Map<String, Object> parameters) {
            return "";
          }
        });
    engine.setMessageResolver(
        new IMessageResolver() {
          @Override
          public String getName() {
            return "test";
          }

          @Override
          public Integer getOrder() {
            return 0;
          }

          @Override
          public String resolveMessage(
              ITemplateContext context, Class<?> origin, String key, Object[] parameters) {
            return Templates.message(
                Templates.LOCALE, key, parameters == null ? new Object[0] : parameters);
          }

          @Override
          public String createAbsentMessageRepresentation(
              ITemplateContext context, Class<?> origin, String key, Object[] parameters) {
            throw new AssertionError("no message " + key);
          }
        });
  }

  @Test
  void curatorSeesPeopleListWithSortableNamesAndTrashLink() {
    String html =
        render(
            "admin/people/index",
            Map.of(
                "people",
                page(new PersonEdit(KIM, draft(), Map.of())),
                "query",
                new AdminQuery("kim", "name", false, 1, 25)));
    assertTrue(html.contains("Kim Jong Un"));
    assertTrue(html.contains("aria-sort=\"ascending\""), html);
    assertTrue(html.contains("/admin/trash?type=people"), "its trash: the one trash page");
  }

  @Test
  void emptyListsSayNothingMatches() {
    for (String kind : List.of("people", "countries", "sources", "categories")) {
      String html =
          render(
              "admin/" + kind + "/index",
              Map.of(kind, page(), "query", new AdminQuery("zzz", "name", false, 1, 25)));
      assertTrue(html.contains("Nothing matches this search."), kind);
    }
  }

  @Test
  void personFormWithErrorsKeepsInputAndLinksTheSummaryToFields() {
    PersonForm form = new PersonForm();
    form.name = "";
    form.aliases = "Kim Jong-un\nКим Чен Ын";
    form.version = "3";
    Map<String, String> errors = new LinkedHashMap<>();
    errors.put("name", "Name must not be blank.");
    errors.put("country", "Choose a country from the list.");
    Map<String, Object> model = new HashMap<>();
    model.put("form", form);
    model.put("edit", new PersonEdit(KIM, draft(), Map.of()));
    model.put("errors", errors);
    model.put("countries", List.of(KP));
    model.put(
        "conflictRows",
        Revisions.compare(
            Map.of("name", "A"), Map.of("name", "B"), Map.of(), Map.of(), Referents.NONE));
    String html = render("admin/people/form", model);
    assertTrue(html.contains("href=\"#field-name\""));
    assertTrue(html.contains("Ким Чен Ын"));
    assertTrue(html.contains("name=\"version\" value=\"3\""));
    assertTrue(html.contains("name=\"_csrf\" value=\"token\""));
    assertTrue(html.contains("/admin/people/2/publish"), "curators may publish a draft");
  }

  @Test
  void photoTagsKeepWhatWasTypedLinkTheirErrorsAndOfferTheFilesNames() {
    PhotoView photo = PhotoViews.photo(7, "ab7", "Kim and Putin", "Dogs", "KCNA", "Two men");
    RegionView kim = new RegionView(11L, 7L, 60, 80, 400, 680, KIM.id(), null, null, 1600, 1067);
    RegionForm typed = RegionForm.of("1500", "10", "300", "abc", "person:2");
    typed.label = "in the grey suit";
    Map<String, String> errors = new LinkedHashMap<>();
    errors.put("h", "“abc” is not a number.");
    errors.put("region", "The rectangle must lie inside the picture, 1,600 × 1,067 pixels.");
    Map<String, Object> model = new HashMap<>();
    model.put("form", new PhotoForm());
    model.put("edit", new PhotoEdit(photo, draft(), Map.of()));
    model.put("errors", errors);
    model.put("datePreview", DatePreview.of(null));
    model.put("sourceChoices", List.of());
    model.put("claimFacts", org.summitry.sources.boundary.Claims.facts(EntryType.PHOTO));
    model.put("galleries", List.of());
    model.put("summitChoices", List.of());
    model.put("giftChoices", List.of());
    model.put("personChoices", List.of(KIM));
    model.put("regions", new RegionTags(List.of(KIM), List.of()).rows(List.of(kim)));
    model.put(
        "suggestions",
        List.of(
            new RegionTags.Suggestion(
                "Sergei Shoigu", null, new FileRegion("Sergei Shoigu", 250, 40, 120, 220))));
    model.put("region", typed);

    String html = render("admin/photos/form", model);

    assertTrue(html.contains("href=\"#field-h\""), "the summary links the number");
    assertTrue(html.contains("href=\"#field-region\""), "and the rectangle");
    assertTrue(html.contains("id=\"field-h\" name=\"h\" value=\"abc\""), "typed text is kept");
    assertTrue(html.contains("name=\"x\" value=\"1500\""));
    assertTrue(html.contains("value=\"in the grey suit\""));
    assertTrue(
        html.contains("<option value=\"person:2\" selected=\"selected\">Kim Jong Un</option>"));
    assertTrue(html.contains("aria-invalid=\"true\""));
    assertTrue(html.contains("/admin/photos/7/regions/11/delete"), "a tag can be removed");
    assertTrue(html.contains(">left</td>"));
    assertTrue(html.contains("/admin/photos/7?x=250&amp;y=40&amp;w=120&amp;h=220#regions"));
    assertTrue(html.contains("(no such person in the archive yet)"));
    assertTrue(html.contains("action=\"/admin/photos/7/regions\""));

    // The error summary's own markup is the shared fragment's; the page without errors is checked.
    model.put("errors", Map.of());
    assertEquals(List.of(), HtmlChecker.errors(render("admin/photos/form", model)), "valid HTML");
  }

  @Test
  void claimsKeepWhatWasTypedOfferEachFactAndSourceAndSayWhatIsWrong() {
    PhotoView photo = PhotoViews.photo(7, "ab7", "Kim and Putin", "Dogs", "KCNA", "Two men");
    PhotoForm form = new PhotoForm();
    form.source.add("5");
    form.claimFact.addAll(List.of("creator", "creator"));
    form.claimSource.addAll(List.of("5", "6"));
    form.claimCertainty.addAll(List.of("reported", "disputed"));
    form.claimRank.addAll(List.of("preferred", "preferred"));
    form.claimStated.addAll(List.of("", "an unnamed KCNA photographer"));
    form.claimNote.addAll(List.of("", "caption of 20 June"));
    Map<String, Object> model = new HashMap<>();
    model.put("form", form);
    model.put("edit", new PhotoEdit(photo, draft(), Map.of()));
    model.put(
        "errors",
        Map.of("claims", "Only one claim of “Photographer” can be the value the page shows."));
    model.put("datePreview", DatePreview.of(null));
    model.put(
        "sourceChoices",
        List.of(
            new SourceView(5L, "KCNA", "Gifts", null, null, null),
            new SourceView(6L, "Reuters", "Pictures of the day", null, null, null)));
    model.put("claimFacts", org.summitry.sources.boundary.Claims.facts(EntryType.PHOTO));
    model.put("galleries", List.of());
    model.put("summitChoices", List.of());
    model.put("giftChoices", List.of());
    model.put("personChoices", List.of());
    model.put("regions", List.of());
    model.put("suggestions", List.of());
    model.put("region", new RegionForm());

    String html = render("admin/photos/form", model);

    assertTrue(html.contains("href=\"#field-claims\""), "the summary links the claims");
    assertTrue(html.contains("can be the value the page shows"));
    assertEquals(
        4,
        html.split("<legend class=\"claim-row__legend\">", -1).length - 1,
        "the two claims typed and two blank rows to add more");
    String second = html.substring(html.indexOf("id=\"claim-fact-2\""));
    second = second.substring(0, second.indexOf("id=\"claim-fact-3\""));
    assertTrue(
        second.contains("<option value=\"creator\" selected=\"selected\">Photographer</option>"),
        second);
    assertTrue(
        second.contains(
            "<option value=\"6\" selected=\"selected\">Reuters: Pictures of the day</option>"));
    assertTrue(
        second.contains("<option value=\"disputed\" selected=\"selected\">disputed</option>"));
    assertTrue(second.contains("value=\"an unnamed KCNA photographer\""), "typed text is kept");
    assertTrue(second.contains("value=\"caption of 20 June\""));
    for (String fact : List.of("date", "place", "creator")) {
      assertTrue(second.contains("<option value=\"" + fact + "\""), "a photo's " + fact);
    }
    assertFalse(second.contains("value=\"value\""), "a photo has no value");
    assertTrue(html.contains("id=\"source-5\" value=\"5\" checked"), "the ticked source stays");
    model.put("errors", Map.of());
    assertEquals(List.of(), HtmlChecker.errors(render("admin/photos/form", model)), "valid HTML");
  }

  @Test
  void addingToAnotherGalleryStartsWithNoSummitChosenAndSaysWhenNoneWas() {
    PhotoView photo = PhotoViews.photo(7, "ab7", "Kim and Putin", "Dogs", "KCNA", "Two men");
    SummitView pyongyang =
        new SummitView(
            3L,
            "pyongyang-2024",
            "Pyongyang summit 2024",
            null,
            null,
            null,
            1L,
            null,
            List.of(),
            null,
            null,
            null,
            null);
    Map<String, Object> model = new HashMap<>();
    model.put("form", new PhotoForm());
    model.put("edit", new PhotoEdit(photo, draft(), Map.of()));
    model.put("errors", Map.of());
    model.put("datePreview", DatePreview.of(null));
    model.put("sourceChoices", List.of());
    model.put("claimFacts", org.summitry.sources.boundary.Claims.facts(EntryType.PHOTO));
    model.put("galleries", List.of());
    model.put("giftChoices", List.of());
    model.put("personChoices", List.of(KIM));
    model.put("regions", List.of());
    model.put("suggestions", List.of());
    model.put("region", new RegionForm());

    String html = render("admin/photos/form", model);
    assertTrue(
        html.contains("<input type=\"search\" id=\"field-gallery\" name=\"gallery\""),
        "another gallery is found by searching, not picked from a capped list: " + html);
    assertFalse(html.contains("name=\"target\""), "nothing to choose before a search");
    assertEquals(List.of(), HtmlChecker.errors(html), "valid HTML");

    model.put("galleryQuery", "pyong");
    model.put(
        "gallerySummits",
        new Page<>(List.of(new Summits.SummitEdit(pyongyang, draft(), Map.of())), 1, 20, 1));
    model.put("galleryGifts", new Page<>(List.of(), 1, 20, 0));
    model.put("galleryPick", 20);
    html = render("admin/photos/form", model);
    assertTrue(
        html.contains(
            "<input type=\"radio\" name=\"target\" id=\"field-target\""
                + " value=\"summit:pyongyang-2024\">"),
        "the summit found is offered: " + html);
    assertFalse(html.contains("checked"), "and nothing is preselected");
    assertTrue(html.contains("name=\"gallery\" value=\"pyong\""), "the search is kept");
    assertFalse(html.contains("id=\"error-target\""));
    assertEquals(List.of(), HtmlChecker.errors(html), "valid HTML");

    model.put("errors", Map.of("target", "Choose the summit or gift to add the photo to."));
    html = render("admin/photos/form", model);
    assertTrue(html.contains("href=\"#field-target\""), "the summary links the choice");
    assertTrue(
        html.contains(
            "<span class=\"visually-hidden\">Error:</span> Choose the summit or gift to add the"
                + " photo to."),
        "the error is said next to the choice");
  }

  @Test
  void newCountryAsksForTheCodeAndAnExistingOneShowsItFixed() {
    Map<String, Object> model = new HashMap<>();
    model.put("form", new CountryForm());
    model.put("edit", null);
    model.put("errors", Map.of());
    String blank = render("admin/countries/form", model);
    assertTrue(blank.contains("name=\"code\" value=\"\""));
    assertFalse(blank.contains("Someone else changed"), "no conflict panel without a conflict");
    model.put("edit", new CountryEdit(KP, published(), Map.of()));
    CountryForm form = CountryForm.of(Map.of("code", "KP", "name", "North Korea"));
    model.put("form", form);
    String html = render("admin/countries/form", model);
    assertTrue(html.contains("readonly"));
    assertFalse(
        html.contains("(ISO 3166-1 alpha-2), such as KP or RU. It is"), "no second code field");
    assertTrue(html.contains("/countries/kp"));
    assertTrue(html.contains("/admin/countries/1/unpublish"));
  }

  @Test
  void findOnWikidataIsOfferedOnlyWhenTheLookUpIsSwitchedOn() {
    Map<String, Object> model = new HashMap<>();
    PersonForm form = new PersonForm();
    form.name = "Kim Jong Un";
    form.wikidata = "P31";
    model.put("form", form);
    model.put("edit", null);
    model.put("errors", Map.of("wikidata", "Wikidata item must be Q and a number."));
    model.put("countries", List.of(KP));
    String off = render("admin/people/form", model);
    assertTrue(off.contains("name=\"wikidata\" value=\"P31\""), "the typed value is kept");
    assertTrue(off.contains("href=\"#field-wikidata\""), "the summary links to the field");
    assertFalse(off.contains("Find on Wikidata"), "no button while the look-up is off");

    model.put("errors", Map.of());
    model.put("wikidataLookup", true);
    model.put(
        "wikidataFound",
        new WikidataSearch.Found(
            "Kim Jong Un",
            List.of(
                new WikidataSearch.Candidate(
                    new WikidataId("Q56226"), "Kim Jong Un", "Supreme Leader of North Korea")),
            null));
    String found = render("admin/people/form", model);
    assertTrue(found.contains("Find on Wikidata"));
    assertTrue(found.contains("name=\"pick\" value=\"Q56226\""), found);
    assertTrue(found.contains("Supreme Leader of North Korea"));
    assertTrue(found.contains("https://www.wikidata.org/wiki/Q56226"));
    assertTrue(
        found.indexOf(">Save<") < found.indexOf("Find on Wikidata")
            && found.indexOf("Find on Wikidata") < found.indexOf("name=\"pick\""),
        "Save stays the button that Enter presses");
    assertEquals(List.of(), HtmlChecker.errors(found));

    model.put(
        "wikidataFound",
        new WikidataSearch.Found("Kim Jong Un", List.of(), "wikidata.lookup.timeout"));
    model.put("form", CountryForm.of(Map.of("code", "KP", "name", "North Korea")));
    String slow = render("admin/countries/form", model);
    assertTrue(slow.contains("Wikidata did not answer in time"), slow);
    assertFalse(slow.contains("name=\"pick\""));
  }

  @Test
  void sourceFormPreviewsTheDateAndLinksOnlySafeAddresses() {
    SourceView source =
        new SourceView(5L, "KCNA", "Gifts", "https://kcna.kp/x", Edtf.parse("2024-06"), null);
    SourceForm form = SourceForm.of(Map.of("title", "Gifts", "date", "2024-06"));
    Map<String, Object> model = new HashMap<>();
    model.put("form", form);
    model.put("edit", new SourceEdit(source, draft(), Map.of()));
    model.put("errors", Map.of("url", "A web address starts with http:// or https://."));
    model.put("datePreview", DatePreview.of("2024-06"));
    String html = render("admin/sources/form", model);
    assertTrue(html.contains("Means: June 2024"), html);
    assertTrue(html.contains("href=\"#field-url\""));
    assertTrue(html.contains("href=\"https://kcna.kp/x\""));
  }

  @Test
  void categoryInUseCannotBeDeleted() {
    CategoryEdit vehicle =
        new CategoryEdit(new CategoryView(7L, "vehicle", "Vehicle"), 0, 2, Map.of());
    Map<String, Object> model = new HashMap<>();
    model.put("form", CategoryForm.of(Map.of("name", "Vehicle", "slug", "vehicle")));
    model.put("edit", vehicle);
    model.put("errors", Map.of());
    model.put("done", "added");
    String html = render("admin/categories/form", model);
    assertTrue(html.contains("2 gifts"));
    assertTrue(html.contains("/admin/categories/7/delete"));

    Map<String, Object> confirm = new HashMap<>();
    confirm.put("heading", "Delete the category “Vehicle”?");
    confirm.put(
        "warning", Templates.message(Templates.LOCALE, "admin.categories.delete.inUse", 2L));
    confirm.put("action", "/admin/categories/7/delete");
    confirm.put("confirm", "Delete the category");
    confirm.put("back", "/admin/categories/7");
    confirm.put("cancel", "Keep it");
    confirm.put("problem", null);
    confirm.put("refused", true);
    String page = render("admin/confirm-delete", confirm);
    assertTrue(page.contains("2 gifts use this category"), page);
    assertFalse(page.contains("button--danger"), "no delete button while gifts use it");
  }

  @Test
  void theOneTrashListsEveryKindWithRestoreForCuratorsAndPurgeForAdmins() {
    Map<String, Object> model = new HashMap<>();
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put("summits", 0L);
    counts.put("photos", 1L);
    counts.put("people", 1L);
    model.put("counts", counts);
    model.put("type", "");
    model.put("done", "trashed");
    model.put(
        "trash",
        new Page<>(
            List.of(
                new TrashBin.TrashRow(
                    "people",
                    2L,
                    "Kim Jong Un",
                    NOW,
                    "/admin/people/2",
                    "/admin/people/2/restore",
                    "/admin/people/2/purge"),
                new TrashBin.TrashRow(
                    "photos",
                    3L,
                    "Arrival",
                    NOW,
                    "/admin/photos/3",
                    "/admin/photos/3/restore",
                    null)),
            2,
            25,
            27));
    String html = render("admin/trash", model);
    assertTrue(html.contains("action=\"/admin/people/2/restore\""));
    assertTrue(html.contains("href=\"/admin/people/2/purge\""));
    assertTrue(html.contains("<td>Person</td>") && html.contains("<td>Photo</td>"), html);
    assertTrue(html.contains("action=\"/admin/photos/3/restore\""));
    assertFalse(html.contains("/admin/photos/3/purge"), "photos are not purged from here");
    assertTrue(html.contains("<option value=\"people\">People (1)</option>"), html);
    assertTrue(html.contains("27 entries in the trash"));
    assertTrue(html.contains("href=\"/admin/trash?type=&amp;page=1\""), "pages back");

    model.put("trash", new Page<>(List.of(), 1, 25, 0));
    model.put("type", "summits");
    String empty = render("admin/trash", model);
    assertTrue(empty.contains("Nothing of this kind is in the trash."));
    assertTrue(
        empty.contains("<option value=\"summits\" selected=\"selected\">Summits (0)</option>"),
        empty);
  }

  @Test
  void comparingAGiftMarksOnlyTheDescriptionAndNamesTheEntriesItLinksTo() {
    Map<String, String> first = new LinkedHashMap<>();
    first.put("title", "Porcelain vase");
    first.put("description", "A vase.");
    first.put("giver", "pak-myong-ho");
    first.put("giverCountry", "KP");
    first.put("recipient", "someone-purged");
    first.put("summit", "inter-korean-summit-2018");
    first.put("date", "2018-04-27");
    first.put("valueAmount", "1500");
    first.put("valueCurrency", "USD");
    first.put("sources", "997 | Korean Central News Agency: Leaders meet\n12 | CBS News: Photos");
    Map<String, String> latest = new LinkedHashMap<>(first);
    latest.put("description", "A blue vase.");
    latest.put("valueAmount", "1500.00");
    latest.put("sources", "12 | CBS News: Photos\n997 | KCNA: Leaders meet, retitled");
    Referents referents =
        new Referents(
            Map.of(
                FieldKind.PERSON,
                Map.of("pak-myong-ho", new Value("Pak Myong <Ho>", "/admin/people/4", null)),
                FieldKind.COUNTRY,
                Map.of("KP", new Value("North Korea", "/admin/countries/1", null)),
                FieldKind.SUMMIT,
                Map.of(
                    "inter-korean-summit-2018",
                    new Value("Inter-Korean summit", "/admin/summits/9", null)),
                FieldKind.SOURCES,
                Map.of(
                    "997",
                    new Value(
                        "Korean Central News Agency: Leaders meet", "/admin/sources/997", null),
                    "12",
                    new Value("CBS News: Photos", "/admin/sources/12", null))));
    Map<String, Object> model = new HashMap<>();
    model.put("entryTitle", "Porcelain vase");
    model.put("base", "/admin/gifts/3");
    model.put("older", revision(10L, first));
    model.put("newer", revision(11L, latest));
    model.put(
        "rows",
        Revisions.compare(
            first,
            latest,
            Map.of("description", "Description", "giver", "Giver"),
            Gifts.JOURNAL_FIELDS,
            referents));
    String html = render("admin/diff", model);

    assertEquals(1, count(html, "class=\"changed\""), "only the description changed: " + html);
    assertTrue(html.contains("<tr class=\"changed\">\n  <th scope=\"row\">Description<"), html);
    assertTrue(
        html.contains("<a href=\"/admin/people/4\">Pak Myong &lt;Ho&gt;</a>"),
        "the giver by name, linked, escaped");
    assertFalse(html.contains("pak-myong-ho"), "no slug where a name is known");
    assertTrue(html.contains("<a href=\"/admin/countries/1\">North Korea</a>"));
    assertFalse(html.contains(">KP<"), "no country code");
    assertTrue(html.contains("<a href=\"/admin/summits/9\">Inter-Korean summit</a>"));
    assertTrue(
        html.contains(
            "<a href=\"/admin/sources/12\">CBS News: Photos</a><br>"
                + "<a href=\"/admin/sources/997\">Korean Central News Agency: Leaders meet</a>"),
        "sources one a line, by their current titles, in one order on both sides");
    assertFalse(html.contains("997 |"), "no internal source lines");
    assertTrue(html.contains(">someone-purged</td>"), "a purged entry as stored, unlinked");
    assertTrue(html.contains(">1500</td>"), "the amount in one form on both sides");
  }

  @Test
  void historyNamesTheFieldsEachRevisionChanged() {
    Map<String, Object> model = new HashMap<>();
    model.put("entryTitle", "Porcelain vase");
    model.put("base", "/admin/gifts/3");
    model.put(
        "revisions",
        List.of(revision(11L, Map.of("title", "B")), revision(10L, Map.of("title", "A"))));
    model.put("changedFields", Map.of(11L, List.of("Description", "Estimated value")));
    String html = render("admin/history", model);
    assertTrue(html.contains("<td>Description, Estimated value</td>"), html);
    assertTrue(html.contains("Fields changed"));
  }

  @Test
  void curatorReviewsLikelyDuplicatesWithWhatLinksToEach() {
    PersonView vi =
        new PersonView(5L, "mohammed-vi-2", "Mohammed Vi", null, List.of(), null, null, null);
    PersonView six =
        new PersonView(4L, "mohammed-vi", "Mohammed VI", null, List.of(), null, null, null);
    String html =
        render(
            "admin/people/duplicates",
            Map.of(
                "pairs",
                page(
                    new LikelyDuplicate(
                        six,
                        new PersonLinks(193, 2, 4, 1),
                        vi,
                        new PersonLinks(1, 0, 0, 0),
                        Likeness.SAME_NAME))));
    assertEquals(List.of(), HtmlChecker.errors(html), "valid HTML");
    assertTrue(html.contains("Gifts given: 193, received: 2; summits: 4; photo tags: 1"), html);
    assertTrue(html.contains(">Same name</td>"));
    assertTrue(
        html.contains("href=\"/admin/people/5/merge?into=4\""), "merge the one into the other");
    String empty = render("admin/people/duplicates", Map.of("pairs", page()));
    assertEquals(List.of(), HtmlChecker.errors(empty), "valid HTML");
    assertTrue(empty.contains("No likely duplicates"));
  }

  @Test
  void mergeConfirmationNamesWhatWillMove() {
    PersonView vi =
        new PersonView(
            5L, "mohammed-vi-2", "Mohammed Vi", null, List.of("Muhammad VI"), null, null, null);
    Map<String, Object> model = new HashMap<>();
    model.put("merged", new PersonEdit(vi, draft(), Map.of()));
    model.put("kept", new PersonEdit(KIM, published(), Map.of()));
    model.put("mergedLinks", new PersonLinks(3, 1, 2, 1));
    model.put("keptLinks", new PersonLinks(0, 0, 0, 0));
    model.put("names", List.of("Mohammed Vi", "Muhammad VI"));
    String html = render("admin/people/merge-confirm", model);
    assertEquals(List.of(), HtmlChecker.errors(html), "valid HTML");
    assertTrue(html.contains("4 gifts (3 given, 1 received)"), html);
    assertTrue(html.contains("2 summits"));
    assertTrue(html.contains("1 photo tag<"));
    assertTrue(html.contains("Names that become aliases of Kim Jong Un: Mohammed Vi, Muhammad VI"));
    assertTrue(html.contains("/people/mohammed-vi-2 will lead to the page of Kim Jong Un"));
    assertTrue(html.contains("name=\"intoVersion\" value=\"0\""));
    assertTrue(html.contains("name=\"version\" value=\"3\""));
  }

  @Test
  void mergePickerListsMatchesButNotThePersonThemselves() {
    PersonView vi =
        new PersonView(2L, "kim-jong-un-2", "Kim Jong-un", null, List.of(), null, null, null);
    PersonView other =
        new PersonView(9L, "kim-jong-un", "Kim Jong Un", null, List.of(), null, KP, null);
    Map<String, Object> model = new HashMap<>();
    model.put("merged", new PersonEdit(vi, draft(), Map.of()));
    model.put("query", new AdminQuery("kim", "name", false, 1, 25));
    model.put(
        "candidates",
        page(new PersonEdit(vi, draft(), Map.of()), new PersonEdit(other, published(), Map.of())));
    String html = render("admin/people/merge", model);
    assertEquals(List.of(), HtmlChecker.errors(html), "valid HTML");
    assertTrue(html.contains("href=\"/admin/people/2/merge?into=9\""), html);
    assertFalse(html.contains("into=2"), "not into themselves");
  }

  @Test
  void historyTellsWhomAMergeTookIn() {
    Map<String, Object> model = new HashMap<>();
    model.put("entryTitle", "Mohammed VI");
    model.put("base", "/admin/people/4");
    model.put(
        "revisions",
        List.of(
            new Revision(
                12L,
                "PERSON",
                4L,
                Change.MERGED,
                "curator",
                NOW,
                "Mohammed VI",
                Map.of("name", "Mohammed VI"),
                Map.of(
                    "name",
                    "Mohammed Vi",
                    "person",
                    "mohammed-vi-2",
                    "gifts",
                    "2",
                    "summits",
                    "1",
                    "regions",
                    "0"))));
    model.put("changedFields", Map.of());
    String html = render("admin/history", model);
    assertEquals(List.of(), HtmlChecker.errors(html), "valid HTML");
    assertTrue(html.contains("Merged another person in"), html);
    assertTrue(
        html.contains(
            "Took in Mohammed Vi (/people/mohammed-vi-2): gifts 2, summits 1, photo tags 0"));
  }

  private static Revision revision(long id, Map<String, String> fields) {
    return new Revision(id, "GIFT", 3L, Change.UPDATED, "curator", NOW, "Porcelain vase", fields);
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      n++;
    }
    return n;
  }

  private static String render(String template, Map<String, Object> model) {
    Context context = new Context(Templates.LOCALE);
    context.setVariables(model);
    context.setVariable("csrf", Map.of("name", "_csrf", "token", "token"));
    context.setVariable("currentPath", "/admin");
    context.setVariable("signedIn", true);
    context.setVariable("callerName", "curator");
    context.setVariable("canCurate", true);
    context.setVariable("canAdminister", true);
    context.setVariable("assetVersion", "1");
    return engine.process(template, context);
  }

  @SafeVarargs
  private static <T> Page<T> page(T... items) {
    return new Page<>(List.of(items), 1, 25, items.length);
  }

  private static EntryState draft() {
    return new EntryState(2L, 3, false, null, NOW);
  }

  private static EntryState published() {
    return new EntryState(1L, 0, true, null, NOW);
  }
}
