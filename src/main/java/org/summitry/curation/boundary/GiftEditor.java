package org.summitry.curation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.validation.Validator;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.summitry.curation.control.FormErrors;
import org.summitry.curation.control.Guard;
import org.summitry.gifts.boundary.GiftDraft;
import org.summitry.gifts.boundary.Gifts;
import org.summitry.gifts.boundary.Gifts.GiftEdit;
import org.summitry.journal.boundary.Change;
import org.summitry.kernel.EntryType;
import org.summitry.kernel.Text;
import org.summitry.media.boundary.Photos;
import org.summitry.people.boundary.People;
import org.summitry.people.boundary.PersonView;
import org.summitry.platform.boundary.Messages;
import org.summitry.sources.boundary.Claims;
import org.summitry.sources.boundary.Sources;
import org.summitry.summits.boundary.SummitView;
import org.summitry.summits.boundary.Summits;

/** The back office's gifts: list, create, edit, publish, trash, history and restore. */
@Controller
@Path("admin/gifts")
@RequestScoped
public class GiftEditor extends EntryEditor<GiftEdit, GiftForm> {

  private static final Map<String, String> LABELS =
      Labels.of(
          "title",
          "slug",
          "description",
          "title_ko",
          "description_ko",
          "title_ru",
          "description_ru",
          "category",
          "quantity",
          "giver",
          "giverCountry",
          "recipient",
          "recipientCountry",
          "summit",
          "occasion",
          "date",
          "valueAmount",
          "valueCurrency",
          "valueNote",
          "whereabouts",
          "sources",
          "citations",
          "claims");

  private static final EntryDesk.Kind KIND =
      new EntryDesk.Kind(
          "admin/gifts",
          EntryType.GIFT,
          LABELS,
          Gifts.JOURNAL_FIELDS,
          "-date",
          List.of("date", "title", "updated"));

  @Inject Gifts gifts;
  @Inject Summits summits;
  @Inject People people;
  @Inject Pickers pickers;
  @Inject Validator validator;
  @Inject Sources sources;
  @Inject Photos photos;

  @Override
  EntryDesk.Kind kind() {
    return KIND;
  }

  @Override
  EntryDesk.Entries<GiftEdit> entries() {
    return EntryDesk.Entries.of(gifts, edit -> edit.gift().id(), edit -> edit.gift().title());
  }

  @Override
  void listing() {
    if (guard.may(Guard.CURATOR)) {
      models.put("bulkCategories", gifts.categories());
      pickers.put(models, "bulkSummits", max -> summits.pickable(null, max));
      models.put("bulkSources", sources.pickable());
    }
  }

  @Override
  GiftForm blankForm() {
    return new GiftForm();
  }

  @Override
  GiftForm formOf(Map<String, String> fields) {
    return GiftForm.of(fields);
  }

  @Override
  void beforeConflict(GiftForm form) {
    form.sourceLines = describe(form.source);
  }

  @Override
  Response save(GiftEdit edit, GiftForm form, Change change) {
    FormErrors errors = new FormErrors(Map.of());
    Long giver = person(form.giver, "giver", errors);
    Long recipient = person(form.recipient, "recipient", errors);
    Long giverCountry = country(form.giverCountry, "giverCountry", errors);
    Long recipientCountry = country(form.recipientCountry, "recipientCountry", errors);
    Long summit = null;
    if (form.summit != null && !form.summit.isBlank()) {
      String typed = form.summit.strip();
      summit =
          summits
              .anySummit(typed)
              .or(() -> summits.onlySummitTitled(typed))
              .map(SummitView::id)
              .orElse(null);
      if (summit == null) {
        errors.add("summit", Messages.get("form.error.summit"));
      }
    }
    int quantity = 1;
    if (form.quantity != null && !form.quantity.isBlank()) {
      try {
        quantity = Integer.parseInt(form.quantity.strip());
      } catch (NumberFormatException e) {
        errors.add("quantity", Messages.get("form.error.number", form.quantity));
      }
    }
    BigDecimal value = null;
    if (form.valueAmount != null && !form.valueAmount.isBlank()) {
      try {
        value = new BigDecimal(form.valueAmount.strip().replace(",", ""));
      } catch (NumberFormatException e) {
        errors.add("valueAmount", Messages.get("form.error.number", form.valueAmount));
      }
    }
    GiftDraft draft =
        new GiftDraft(
            Text.strippedOrNull(form.slug),
            form.title,
            form.description,
            Text.strippedOrNull(form.category),
            quantity,
            giver,
            giverCountry,
            recipient,
            recipientCountry,
            summit,
            form.occasion,
            Text.strippedOrNull(form.date),
            value,
            form.valueCurrency == null || form.valueCurrency.isBlank()
                ? null
                : form.valueCurrency.strip(),
            form.valueNote,
            form.whereabouts,
            form.citations(errors),
            form.claimDrafts(Claims.facts(EntryType.GIFT), errors),
            form.translations(errors, "description"));
    errors.addAll(validator.validate(draft), LABELS);
    return saved(
        edit,
        form,
        errors,
        (id, expected) -> gifts.save(id, expected, draft, guard.caller(), change),
        change);
  }

  private Long person(String slug, String field, FormErrors errors) {
    if (slug == null || slug.isBlank()) {
      return null;
    }
    String typed = slug.strip();
    Long id =
        people
            .anyPerson(typed)
            .or(() -> people.onlyPersonNamed(typed))
            .map(PersonView::id)
            .orElse(null);
    if (id == null) {
      errors.add(field, Messages.get("form.error.person", slug));
    }
    return id;
  }

  private Long country(String code, String field, FormErrors errors) {
    if (code == null || code.isBlank()) {
      return null;
    }
    Long id = people.anyCountry(code.strip()).map(c -> c.id()).orElse(null);
    if (id == null) {
      errors.add(field, Messages.get("form.error.country"));
    }
    return id;
  }

  /** The ticked sources as the journal shows them, so a conflict compares like with like. */
  private List<String> describe(List<String> ticked) {
    Map<String, String> lines = new HashMap<>();
    sources.pickable().forEach(source -> lines.put(source.id().toString(), Sources.line(source)));
    return ticked.stream().map(id -> lines.getOrDefault(id, id)).toList();
  }

  @Override
  String form(GiftForm form, GiftEdit edit, FormErrors errors) {
    models.put("form", form);
    models.put("edit", edit);
    models.put("errors", errors.asMap());
    // Lists too long to scroll become fields that search (Picks), each with its value offered.
    pickers.put(models, "people", max -> people.pickablePeople(null, max));
    models.put("countries", people.pickableCountries());
    pickers.put(models, "summits", max -> summits.pickable(null, max));
    models.put("categories", gifts.categories());
    models.put("datePreview", DatePreview.of(form.date));
    models.put("sourceChoices", sources.pickable());
    models.put("claimFacts", Claims.facts(EntryType.GIFT));
    models.put(
        "gallery",
        edit == null ? List.of() : photos.adminGallery(EntryType.GIFT, edit.gift().id()));
    return "admin/gifts/form.html";
  }
}
