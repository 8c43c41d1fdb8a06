package org.summitry.curation.boundary;

import jakarta.ws.rs.FormParam;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The person form as typed, every value kept as text; aliases one a line. Field names are those of
 * the journal's snapshot, so a revision is restored by sending it through the same form.
 */
public class PersonForm extends EditedForm {

  @FormParam("name")
  public String name;

  @FormParam("slug")
  public String slug;

  @FormParam("nativeName")
  public String nativeName;

  @FormParam("aliases")
  public String aliases;

  @FormParam("title")
  public String title;

  @FormParam("country")
  public String country;

  @FormParam("biography")
  public String biography;

  @FormParam("wikidata")
  public String wikidata;

  /** Set by "Find on Wikidata": search for the name instead of saving. */
  @FormParam("find")
  public String find;

  /** The Wikidata item picked among the candidates found, to put in the field. */
  @FormParam("pick")
  public String pick;

  /** The aliases typed, one a line, without blank lines. */
  public List<String> aliasList() {
    if (aliases == null) {
      return List.of();
    }
    return Arrays.stream(aliases.split("\\R"))
        .map(String::strip)
        .filter(a -> !a.isEmpty())
        .toList();
  }

  @Override
  public Map<String, String> fields() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("name", name);
    fields.put("slug", slug);
    fields.put("nativeName", nativeName);
    fields.put("aliases", String.join("\n", aliasList()));
    fields.put("title", title);
    fields.put("country", country);
    fields.put("biography", biography);
    fields.put("wikidata", wikidata);
    return fields;
  }

  public static PersonForm of(Map<String, String> fields) {
    PersonForm form = new PersonForm();
    form.name = fields.get("name");
    form.slug = fields.get("slug");
    form.nativeName = fields.get("nativeName");
    form.aliases = fields.get("aliases");
    form.title = fields.get("title");
    form.country = fields.get("country");
    form.biography = fields.get("biography");
    form.wikidata = fields.get("wikidata");
    return form;
  }
}
