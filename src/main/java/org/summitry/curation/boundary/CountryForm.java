package org.summitry.curation.boundary;

import jakarta.ws.rs.FormParam;
import java.util.LinkedHashMap;
import java.util.Map;

/** The country form as typed. Field names are those of the journal's snapshot. */
public class CountryForm extends EditedForm {

  @FormParam("code")
  public String code;

  @FormParam("name")
  public String name;

  @FormParam("wikidata")
  public String wikidata;

  /** Set by "Find on Wikidata": search for the name instead of saving. */
  @FormParam("find")
  public String find;

  /** The Wikidata item picked among the candidates found, to put in the field. */
  @FormParam("pick")
  public String pick;

  @Override
  public Map<String, String> fields() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("code", code);
    fields.put("name", name);
    fields.put("wikidata", wikidata);
    return fields;
  }

  public static CountryForm of(Map<String, String> fields) {
    CountryForm form = new CountryForm();
    form.code = fields.get("code");
    form.name = fields.get("name");
    form.wikidata = fields.get("wikidata");
    return form;
  }
}
