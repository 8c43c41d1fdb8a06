package org.summitry.curation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.validation.Validator;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.summitry.curation.control.FormErrors;
import org.summitry.journal.boundary.Change;
import org.summitry.kernel.EntryType;
import org.summitry.people.boundary.CountryDraft;
import org.summitry.people.boundary.People;
import org.summitry.people.boundary.People.CountryEdit;

/** The back office's countries: list, create, rename, publish, trash, history, restore, purge. */
@Controller
@Path("admin/countries")
@RequestScoped
public class CountryEditor extends EntryEditor<CountryEdit, CountryForm> {

  private static final Map<String, String> LABELS = Labels.of("code", "name", "wikidata");

  private static final EntryDesk.Kind KIND =
      new EntryDesk.Kind(
          "admin/countries",
          EntryType.COUNTRY,
          LABELS,
          People.COUNTRY_FIELDS,
          "name",
          List.of("name", "code", "updated"));

  @Inject People people;
  @Inject Validator validator;
  @Inject WikidataPicks wikidata;

  @Override
  EntryDesk.Kind kind() {
    return KIND;
  }

  @Override
  EntryDesk.Entries<CountryEdit> entries() {
    return new EntryDesk.Entries<>(
        people::forEditingCountry,
        edit -> edit.country().id(),
        edit -> edit.country().name(),
        people::adminCountries,
        people::changeCountry,
        people::purgeCountry);
  }

  @Override
  CountryForm blankForm() {
    return new CountryForm();
  }

  @Override
  CountryForm formOf(Map<String, String> fields) {
    return CountryForm.of(fields);
  }

  @Override
  Response save(CountryEdit edit, CountryForm form, Change change) {
    if (wikidata.handled(form.find, form.pick, form.name, picked -> form.wikidata = picked)) {
      return Response.ok(form(form, edit, new FormErrors(Map.of()))).build();
    }
    FormErrors errors = new FormErrors(Map.of("wikidataId", "wikidata"));
    CountryDraft draft =
        new CountryDraft(
            edit != null ? edit.country().code() : form.code == null ? null : form.code.strip(),
            form.name == null ? null : form.name.strip(),
            form.wikidata);
    errors.addAll(validator.validate(draft), LABELS);
    return saved(
        edit,
        form,
        errors,
        (id, expected) -> people.saveCountry(id, expected, draft, guard.caller(), change),
        change);
  }

  @Override
  String form(CountryForm form, CountryEdit edit, FormErrors errors) {
    models.put("form", form);
    models.put("edit", edit);
    models.put("errors", errors.asMap());
    wikidata.offer();
    return "admin/countries/form.html";
  }
}
