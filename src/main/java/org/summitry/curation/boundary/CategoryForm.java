package org.summitry.curation.boundary;

import jakarta.ws.rs.FormParam;
import java.util.LinkedHashMap;
import java.util.Map;

/** The gift category form as typed. Field names are those of the journal's snapshot. */
public class CategoryForm {

  @FormParam("name")
  public String name;

  @FormParam("slug")
  public String slug;

  @FormParam("version")
  public String version;

  public Map<String, String> fields() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("name", name);
    fields.put("slug", slug);
    return fields;
  }

  public static CategoryForm of(Map<String, String> fields) {
    CategoryForm form = new CategoryForm();
    form.name = fields.get("name");
    form.slug = fields.get("slug");
    return form;
  }
}
