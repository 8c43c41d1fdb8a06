package org.summitry.curation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.validation.Validator;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.summitry.curation.control.FormErrors;
import org.summitry.curation.control.Guard;
import org.summitry.journal.boundary.Change;
import org.summitry.journal.boundary.FieldKind;
import org.summitry.journal.boundary.Journal;
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

  private static final Map<String, FieldKind> KINDS = People.PERSON_FIELDS;

  @Inject EntryNames names;
  @Inject People people;
  @Inject Journal journal;
  @Inject Validator validator;
  @Inject Lists lists;
  @Inject WikidataPicks wikidata;

  @Override
  EntryDesk<PersonEdit> desk() {
    return new EntryDesk<>(
        models,
        guard,
        journal,
        names,
        "admin/people",
        EntryType.PERSON,
        LABELS,
        KINDS,
        new EntryDesk.Entries<>(
            people::forEditingPerson,
            edit -> edit.person().id(),
            edit -> edit.person().name(),
            people::changePerson,
            people::purgePerson));
  }

  @GET
  @Produces("text/html;charset=UTF-8")
  public String list(
      @QueryParam("q") String q, @QueryParam("sort") String sort, @QueryParam("page") String page) {
    guard.require(Guard.CONTRIBUTOR);
    var query =
        lists.query(
            q,
            sort == null || sort.isBlank() ? "name" : sort,
            page,
            "name",
            List.of("name", "updated"));
    models.put("people", people.adminPeople(query));
    models.put("query", query);
    return "admin/people/index.html";
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
