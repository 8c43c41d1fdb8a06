package org.summitry.curation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.validation.Validator;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.summitry.charts.boundary.MapRegion;
import org.summitry.charts.boundary.WorldMap;
import org.summitry.curation.control.FormErrors;
import org.summitry.curation.control.Guard;
import org.summitry.journal.boundary.Change;
import org.summitry.kernel.EntryType;
import org.summitry.kernel.Text;
import org.summitry.media.boundary.Photos;
import org.summitry.people.boundary.People;
import org.summitry.people.boundary.PersonView;
import org.summitry.platform.boundary.Messages;
import org.summitry.sources.boundary.Claims;
import org.summitry.sources.boundary.Sources;
import org.summitry.summits.boundary.SummitDraft;
import org.summitry.summits.boundary.SummitView;
import org.summitry.summits.boundary.Summits;
import org.summitry.summits.boundary.Summits.SummitEdit;

/** The back office's summits: list, create, edit, publish, trash, history and restore. */
@Controller
@Path("admin/summits")
@RequestScoped
public class SummitEditor extends EntryEditor<SummitEdit, SummitForm> {

  private static final Map<String, String> LABELS =
      Labels.of(
          "title",
          "slug",
          "date",
          "venue",
          "city",
          "geonames",
          "country",
          "latitude",
          "longitude",
          "summary",
          "title_ko",
          "summary_ko",
          "title_ru",
          "summary_ru",
          "wikidata",
          "participants",
          "sources",
          "citations",
          "claims");

  private static final EntryDesk.Kind KIND =
      new EntryDesk.Kind(
          "admin/summits",
          EntryType.SUMMIT,
          LABELS,
          Summits.JOURNAL_FIELDS,
          "-date",
          List.of("date", "title", "updated"));

  @Inject Summits summits;
  @Inject People people;
  @Inject Pickers pickers;
  @Inject Validator validator;
  @Inject Sources sources;
  @Inject Photos photos;
  @Inject WorldMap worldMap;

  @Override
  EntryDesk.Kind kind() {
    return KIND;
  }

  @Override
  EntryDesk.Entries<SummitEdit> entries() {
    return EntryDesk.Entries.of(summits, edit -> edit.summit().id(), edit -> edit.summit().title());
  }

  @Override
  void listing() {
    if (guard.may(Guard.CURATOR)) {
      models.put("bulkSources", sources.pickable());
    }
  }

  @Override
  SummitForm blankForm() {
    return new SummitForm();
  }

  @Override
  SummitForm formOf(Map<String, String> fields) {
    return SummitForm.of(fields);
  }

  @Override
  void beforeConflict(SummitForm form) {
    form.sourceLines = describe(form.source);
  }

  @Override
  Response save(SummitEdit edit, SummitForm form, Change change) {
    FormErrors errors = new FormErrors(Map.of("wikidataId", "wikidata", "geonamesId", "geonames"));
    Long countryId = null;
    if (form.country != null && !form.country.isBlank()) {
      countryId = people.anyCountry(form.country.strip()).map(c -> c.id()).orElse(null);
      if (countryId == null) {
        errors.add("country", Messages.get("form.error.country"));
      }
    }
    BigDecimal latitude = Degrees.latitude(form.latitude, errors);
    BigDecimal longitude = Degrees.longitude(form.longitude, errors);
    if ((latitude == null) != (longitude == null)
        && !errors.asMap().containsKey("latitude")
        && !errors.asMap().containsKey("longitude")) {
      errors.add(latitude == null ? "latitude" : "longitude", Messages.get("form.error.placeHalf"));
    }
    List<SummitView.ParticipantView> participants = new ArrayList<>();
    for (String[] row : form.rows(0)) {
      if (row[0].isBlank()) {
        errors.add("participants", Messages.get("form.error.participantMissing", row[1]));
        continue;
      }
      String typed = row[0].strip();
      PersonView person =
          people.anyPerson(typed).or(() -> people.onlyPersonNamed(typed)).orElse(null);
      if (person == null) {
        errors.add("participants", Messages.get("form.error.person", row[0]));
      } else {
        participants.add(
            new SummitView.ParticipantView(person.id(), row[1].isBlank() ? null : row[1].strip()));
      }
    }
    SummitDraft draft =
        new SummitDraft(
            Text.strippedOrNull(form.slug),
            form.title,
            Text.strippedOrNull(form.date),
            form.city,
            form.venue,
            countryId,
            form.summary,
            participants,
            form.citations(errors),
            form.wikidata,
            form.geonames,
            latitude,
            longitude,
            form.claimDrafts(Claims.facts(EntryType.SUMMIT), errors),
            form.translations(errors, "summary"));
    errors.addAll(validator.validate(draft), LABELS);
    return saved(
        edit,
        form,
        errors,
        (id, expected) -> summits.save(id, expected, draft, guard.caller(), change),
        change);
  }

  /** The ticked sources as the journal shows them, so a conflict compares like with like. */
  private List<String> describe(List<String> ticked) {
    Map<String, String> lines = new HashMap<>();
    sources.pickable().forEach(source -> lines.put(source.id().toString(), Sources.line(source)));
    return ticked.stream().map(id -> lines.getOrDefault(id, id)).toList();
  }

  @Override
  String form(SummitForm form, SummitEdit edit, FormErrors errors) {
    models.put("form", form);
    models.put("rows", form.rows(3));
    models.put("edit", edit);
    models.put("errors", errors.asMap());
    // Too many people to list: each participant is a field that searches (Picks).
    pickers.put(models, "people", max -> people.pickablePeople(null, max));
    models.put("countries", people.pickableCountries());
    models.put("datePreview", DatePreview.of(form.date));
    models.put("sourceChoices", sources.pickable());
    models.put("claimFacts", Claims.facts(EntryType.SUMMIT));
    models.put(
        "gallery",
        edit == null ? List.of() : photos.adminGallery(EntryType.SUMMIT, edit.summit().id()));
    models.put("placeMap", worldMap.map(MapRegion.WORLD, List.<WorldMap.Pin<Object>>of()));
    models.put(
        "placeProjection", new PlaceProjection(WorldMap.WIDTH, WorldMap.HEIGHT, WorldMap.SCALE));
    return "admin/summits/form.html";
  }

  /**
   * What the place picker's script needs to turn a click on the world map into degrees: the whole
   * world's size in map units and the projection's scale ({@link WorldMap#SCALE}).
   */
  public record PlaceProjection(double width, double height, double scale) {}
}
