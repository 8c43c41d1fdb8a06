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
import org.summitry.stories.boundary.Stories;
import org.summitry.stories.boundary.Stories.StoryEdit;
import org.summitry.stories.boundary.StoryDraft;
import org.summitry.stories.boundary.StoryText;

/** The back office's stories: list, write, edit, publish, trash, history, restore and purge. */
@Controller
@Path("admin/stories")
@RequestScoped
public class StoryEditor extends EntryEditor<StoryEdit, StoryForm> {

  private static final Map<String, String> LABELS = Labels.of("title", "slug", "lede", "body");

  private static final EntryDesk.Kind KIND =
      new EntryDesk.Kind(
          "admin/stories",
          EntryType.STORY,
          LABELS,
          Stories.JOURNAL_FIELDS,
          "-updated",
          List.of("title", "updated"));

  @Inject Stories stories;
  @Inject Validator validator;

  @Override
  EntryDesk.Kind kind() {
    return KIND;
  }

  @Override
  EntryDesk.Entries<StoryEdit> entries() {
    return EntryDesk.Entries.of(stories, edit -> edit.story().id(), edit -> edit.story().title());
  }

  @Override
  StoryForm blankForm() {
    return new StoryForm();
  }

  @Override
  StoryForm formOf(Map<String, String> fields) {
    return StoryForm.of(fields);
  }

  @Override
  Response save(StoryEdit edit, StoryForm form, Change change) {
    FormErrors errors = new FormErrors(Map.of());
    StoryDraft draft =
        new StoryDraft(
            Text.strippedOrNull(form.slug),
            form.title == null ? null : form.title.strip(),
            Text.strippedOrNull(form.lede),
            form.body);
    errors.addAll(validator.validate(draft), LABELS);
    return saved(
        edit,
        form,
        errors,
        (id, expected) -> stories.save(id, expected, draft, guard.caller(), change),
        change);
  }

  @Override
  String form(StoryForm form, StoryEdit edit, FormErrors errors) {
    models.put("form", form);
    models.put("edit", edit);
    models.put("errors", errors.asMap());
    models.put("preview", form.body == null ? List.of() : StoryText.parts(form.body));
    return "admin/stories/form.html";
  }
}
