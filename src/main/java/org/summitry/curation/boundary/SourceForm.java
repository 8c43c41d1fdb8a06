package org.summitry.curation.boundary;

import jakarta.ws.rs.FormParam;
import java.util.LinkedHashMap;
import java.util.Map;

/** The source form as typed. Field names are those of the journal's snapshot. */
public class SourceForm extends EditedForm {

  @FormParam("publisher")
  public String publisher;

  @FormParam("title")
  public String title;

  @FormParam("url")
  public String url;

  @FormParam("date")
  public String date;

  @Override
  public Map<String, String> fields() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("publisher", publisher);
    fields.put("title", title);
    fields.put("url", url);
    fields.put("date", date);
    return fields;
  }

  public static SourceForm of(Map<String, String> fields) {
    SourceForm form = new SourceForm();
    form.publisher = fields.get("publisher");
    form.title = fields.get("title");
    form.url = fields.get("url");
    form.date = fields.get("date");
    return form;
  }
}
