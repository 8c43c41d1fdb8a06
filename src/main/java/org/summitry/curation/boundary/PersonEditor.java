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
import org.summitry.kernel.Text;
import org.summitry.people.boundary.People;
import org.summitry.people.boundary.People.PersonEdit;
import org.summitry.people.boundary.PersonDraft;
import org.summitry.platform.boundary.Messages;

/** The back office's people: list, create, edit, publish, trash, history, restore and purge. */
@Controller
@Path("admin/people")
@RequestScoped
public class PersonEditor extends EntryEditor<PersonEdit, PersonForm> {

  private static final Map<String, String> LABELS = labels();

  private static final EntryDesk.Kind KIND =
      new EntryDesk.Kind(
          "admin/people",
          EntryType.PERSON,
          LABELS,
          People.PERSON_FIELDS,
          "name",
          List.of("name", "updated"));

  @Inject People people;
  @Inject Validator validator;
  @Inject WikidataPicks wikidata;

  @Override
  EntryDesk.Kind kind() {
    return KIND;
  }

  @Override
  EntryDesk.Entries<PersonEdit> entries() {
    return new EntryDesk.Entries<>(
        people::forEditingPerson,
        edit -> edit.person().id(),
        edit -> edit.person().name(),
        people::adminPeople,
        people::changePerson,
        people::purgePerson);
  }

  /** A person's title is an office ("Chairman of State Affairs"), labelled so everywhere. */
  private static Map<String, String> labels() {
    Map<String, String> labels =
        Labels.of(
            "name", "slug", "nativeName", "aliases", "title", "country", "biography", "wikidata");
    labels.put("title", Messages.get("field.office"));
    return labels;
  }

  @Override
  PersonForm blankForm() {
    return new PersonForm();
  }

  @Override
  PersonForm formOf(Map<String, String> fields) {
    return PersonForm.of(fields);
  }

  @Override
  Response save(PersonEdit edit, PersonForm form, Change change) {
    if (wikidata.handled(form.find, form.pick, form.name, picked -> form.wikidata = picked)) {
      return Response.ok(form(form, edit, new FormErrors(Map.of()))).build();
    }
    FormErrors errors = new FormErrors(Map.of("countryCode", "country", "wikidataId", "wikidata"));
    String country = Text.strippedOrNull(form.country);
    if (country != null && people.anyCountry(country).isEmpty()) {
      errors.add("country", Messages.get("form.error.country"));
    }
    PersonDraft draft =
        new PersonDraft(
            Text.strippedOrNull(form.slug),
            form.name == null ? null : form.name.strip(),
            Text.strippedOrNull(form.nativeName),
            form.aliasList(),
            form.title,
            errors.asMap().containsKey("country") ? null : country,
            form.biography,
            form.wikidata);
    errors.addAll(validator.validate(draft), LABELS);
    return saved(
        edit,
        form,
        errors,
        (id, expected) -> people.savePerson(id, expected, draft, guard.caller(), change),
        change);
  }

  @Override
  String form(PersonForm form, PersonEdit edit, FormErrors errors) {
    models.put("form", form);
    models.put("edit", edit);
    models.put("errors", errors.asMap());
    models.put("countries", people.pickableCountries());
    wikidata.offer();
    return "admin/people/form.html";
  }
}
