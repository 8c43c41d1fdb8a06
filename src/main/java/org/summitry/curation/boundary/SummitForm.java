package org.summitry.curation.boundary;

import jakarta.ws.rs.FormParam;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The summit form as typed: every value kept as text so a form with errors comes back exactly as it
 * was sent. Field names are those of the journal's snapshot, so a revision can be restored by
 * sending it through the same form.
 */
public class SummitForm extends TranslatedFields {

  @FormParam("title")
  public String title;

  @FormParam("slug")
  public String slug;

  @FormParam("date")
  public String date;

  @FormParam("venue")
  public String venue;

  @FormParam("city")
  public String city;

  @FormParam("geonames")
  public String geonames;

  @FormParam("wikidata")
  public String wikidata;

  @FormParam("country")
  public String country;

  @FormParam("latitude")
  public String latitude;

  @FormParam("longitude")
  public String longitude;

  @FormParam("summary")
  public String summary;

  @FormParam("participant")
  public List<String> participant = new ArrayList<>();

  @FormParam("role")
  public List<String> role = new ArrayList<>();

  /** The ticked sources as the journal shows them, filled in by the editor for comparisons. */
  public List<String> sourceLines = new ArrayList<>();

  /** Rows of the participants table: the filled ones plus blank rows to add more. */
  public List<String[]> rows(int blanks) {
    List<String[]> rows = new ArrayList<>();
    for (int i = 0; i < participant.size(); i++) {
      String who = participant.get(i);
      String what = i < role.size() ? role.get(i) : "";
      if ((who != null && !who.isBlank()) || (what != null && !what.isBlank())) {
        rows.add(new String[] {who == null ? "" : who, what == null ? "" : what});
      }
    }
    for (int i = 0; i < blanks; i++) {
      rows.add(new String[] {"", ""});
    }
    return rows;
  }

  @Override
  public Map<String, String> fields() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("title", title);
    fields.put("slug", slug);
    fields.put("date", date);
    fields.put("venue", venue);
    fields.put("city", city);
    fields.put("geonames", geonames);
    fields.put("country", country);
    fields.put("latitude", latitude);
    fields.put("longitude", longitude);
    fields.put("summary", summary);
    putTranslations(fields, "summary");
    fields.put("wikidata", wikidata);
    List<String> lines = new ArrayList<>();
    for (String[] row : rows(0)) {
      lines.add(row[0] + " | " + row[1]);
    }
    fields.put("participants", String.join("\n", lines));
    fields.put("sources", String.join("\n", sourceLines));
    fields.put("citations", citationLines());
    fields.put("claims", claimLines());
    return fields;
  }

  public static SummitForm of(Map<String, String> fields) {
    SummitForm form = new SummitForm();
    form.title = fields.get("title");
    form.slug = fields.get("slug");
    form.date = fields.get("date");
    form.venue = fields.get("venue");
    form.city = fields.get("city");
    form.geonames = fields.get("geonames");
    form.wikidata = fields.get("wikidata");
    form.country = fields.get("country");
    form.latitude = fields.get("latitude");
    form.longitude = fields.get("longitude");
    form.summary = fields.get("summary");
    form.readTranslations(fields, "summary");
    String participants = fields.get("participants");
    if (participants != null && !participants.isBlank()) {
      Arrays.stream(participants.split("\n"))
          .forEach(
              line -> {
                int bar = line.indexOf(" | ");
                form.participant.add(bar < 0 ? line.strip() : line.substring(0, bar).strip());
                form.role.add(bar < 0 ? "" : line.substring(bar + 3).strip());
              });
    }
    form.readEvidence(fields);
    return form;
  }
}
