package org.summitry.curation.boundary;

import jakarta.ws.rs.FormParam;
import java.util.LinkedHashMap;
import java.util.Map;

/** The story form as typed. Field names are those of the journal's snapshot. */
public class StoryForm extends EditedForm {

  @FormParam("title")
  public String title;

  @FormParam("slug")
  public String slug;

  @FormParam("lede")
  public String lede;

  @FormParam("body")
  public String body;

  @Override
  public Map<String, String> fields() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("slug", slug);
    fields.put("title", title);
    fields.put("lede", lede);
    fields.put("body", body);
    return fields;
  }

  public static StoryForm of(Map<String, String> fields) {
    StoryForm form = new StoryForm();
    form.slug = fields.get("slug");
    form.title = fields.get("title");
    form.lede = fields.get("lede");
    form.body = fields.get("body");
    return form;
  }
}
