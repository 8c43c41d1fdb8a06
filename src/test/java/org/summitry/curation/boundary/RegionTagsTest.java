package org.summitry.curation.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.summitry.curation.control.FormErrors;
import org.summitry.media.boundary.Photos.FileRegion;
import org.summitry.media.boundary.Photos.FileTags;
import org.summitry.media.boundary.RegionDraft;
import org.summitry.media.boundary.RegionView;
import org.summitry.people.boundary.PersonView;

/** Names from a file find the archive's persons; a typed region is checked before it is kept. */
class RegionTagsTest {

  private static final PersonView KIM =
      new PersonView(
          2L, "kim-jong-un", "Kim Jong Un", "김정은", List.of("Kim Jong-un"), null, null, null);
  private static final PersonView PUTIN =
      new PersonView(3L, "vladimir-putin", "Vladimir Putin", null, List.of(), null, null, null);

  private final RegionTags tags = new RegionTags(List.of(KIM, PUTIN), List.of());

  @Test
  void namesMatchPersonsWhateverTheCaseHyphensAccentsOrScript() {
    assertEquals(KIM, tags.person("KIM JONG-UN").orElseThrow());
    assertEquals(KIM, tags.person("  kim   jong un ").orElseThrow());
    assertEquals(KIM, tags.person("김정은").orElseThrow());
    assertEquals(PUTIN, tags.person("Vladímir Pútin").orElseThrow());
    assertTrue(tags.person("Sergei Shoigu").isEmpty());
    assertTrue(tags.knows(KIM.id(), null));
    assertFalse(tags.knows(99L, null), "a person not (or no longer) in the archive");
    assertFalse(tags.knows(null, 5L), "a gift not in the archive");
  }

  @Test
  void namesAlreadyTaggedAreNotSuggestedAndOthersFillInTheForm() {
    FileTags file =
        new FileTags(
            List.of("Kim Jong-un", "Vladimir Putin", "Sergei Shoigu", "Yuri Ushakov"),
            List.of(
                new FileRegion("Kim Jong-un", 10, 20, 30, 40),
                new FileRegion("Sergei Shoigu", 50, 60, 70, 80)));
    List<RegionView> tagged =
        List.of(new RegionView(9L, 1L, 10, 20, 30, 40, KIM.id(), null, null, 400, 300));

    List<RegionTags.Suggestion> suggestions = tags.suggestions(file, tagged);

    assertEquals(
        List.of("Sergei Shoigu", "Vladimir Putin", "Yuri Ushakov"),
        suggestions.stream().map(RegionTags.Suggestion::name).toList());
    assertEquals("x=50&y=60&w=70&h=80", suggestions.get(0).query(), "no such person to choose");
    assertEquals("subject=person:3", suggestions.get(1).query(), "a person, no rectangle");
    assertNull(suggestions.get(2).query(), "nothing to fill in");
  }

  @Test
  void aTypedRegionMustLieInsideThePictureAndShowSomeone() {
    FormErrors errors = new FormErrors(Map.of());
    RegionDraft fine = form("10", "20", "300", "200", "person:2").draft(400, 300, errors);
    assertTrue(errors.isEmpty());
    assertEquals(new RegionDraft(10, 20, 300, 200, 2L, null, null), fine);

    FormErrors outside = new FormErrors(Map.of());
    assertNull(form("200", "20", "300", "200", "gift:5").draft(400, 300, outside));
    assertEquals(
        "The rectangle must lie inside the picture, 400 × 300 pixels.",
        outside.asMap().get("region"));

    FormErrors empty = new FormErrors(Map.of());
    assertNull(form("0", "0", "0", "10", "gift:5").draft(400, 300, empty));
    assertTrue(empty.asMap().containsKey("region"));

    FormErrors typos = new FormErrors(Map.of());
    assertNull(form("ten", "", "5", "5", "").draft(400, 300, typos));
    assertEquals("“ten” is not a number.", typos.asMap().get("x"));
    assertTrue(typos.asMap().containsKey("y"), "a missing number");
    assertEquals("Choose the person or the gift this region shows.", typos.asMap().get("subject"));
  }

  private static RegionForm form(String x, String y, String w, String h, String subject) {
    return RegionForm.of(x, y, w, h, subject);
  }
}
