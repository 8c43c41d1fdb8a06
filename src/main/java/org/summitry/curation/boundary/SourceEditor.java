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
import org.summitry.platform.boundary.Messages;
import org.summitry.sources.boundary.SourceDraft;
import org.summitry.sources.boundary.Sources;
import org.summitry.sources.boundary.Sources.SourceEdit;

/** The back office's sources: list, create, edit, publish, trash, history, restore and purge. */
@Controller
@Path("admin/sources")
@RequestScoped
public class SourceEditor extends EntryEditor<SourceEdit, SourceForm> {

  private static final Map<String, String> LABELS = Labels.of("publisher", "title", "url", "date");

  private static final EntryDesk.Kind KIND =
      new EntryDesk.Kind(
          "admin/sources",
          EntryType.SOURCE,
          LABELS,
          Sources.JOURNAL_FIELDS,
          "-updated",
          List.of("title", "publisher", "date", "updated"));

  @Inject Sources sources;
  @Inject Validator validator;

  @Override
  EntryDesk.Kind kind() {
    return KIND;
  }

  @Override
  EntryDesk.Entries<SourceEdit> entries() {
    return EntryDesk.Entries.of(sources, edit -> edit.source().id(), edit -> edit.source().title());
  }

  @Override
  SourceForm blankForm() {
    return new SourceForm();
  }

  @Override
  SourceForm formOf(Map<String, String> fields) {
    return SourceForm.of(fields);
  }

  /** A source still cited loses those citations with it: the confirmation says how many. */
  @Override
  String purgeWarning(SourceEdit edit) {
    long citations = sources.citations(edit.source().id());
    return citations > 0 ? Messages.get("admin.sources.purge.cited", citations) : null;
  }

  @Override
  Response save(SourceEdit edit, SourceForm form, Change change) {
    FormErrors errors = new FormErrors(Map.of());
    SourceDraft draft =
        new SourceDraft(
            Text.strippedOrNull(form.publisher),
            form.title == null ? null : form.title.strip(),
            Text.strippedOrNull(form.url),
            Text.strippedOrNull(form.date));
    errors.addAll(validator.validate(draft), LABELS);
    return saved(
        edit,
        form,
        errors,
        (id, expected) -> sources.save(id, expected, draft, guard.caller(), change),
        change);
  }

  @Override
  String form(SourceForm form, SourceEdit edit, FormErrors errors) {
    models.put("form", form);
    models.put("edit", edit);
    models.put("errors", errors.asMap());
    models.put("datePreview", DatePreview.of(form.date));
    return "admin/sources/form.html";
  }
}
