package org.summitry.curation.boundary;

import jakarta.ws.rs.FormParam;
import java.util.LinkedHashMap;
import java.util.Map;

/** A photo's metadata form as typed; field names are those of the journal's snapshot. */
public class PhotoForm extends ClaimFields {

  @FormParam("caption")
  public String caption;

  @FormParam("headline")
  public String headline;

  @FormParam("creditLine")
  public String creditLine;

  @FormParam("creator")
  public String creator;

  @FormParam("agency")
  public String agency;

  @FormParam("taken")
  public String taken;

  @FormParam("sublocation")
  public String sublocation;

  @FormParam("city")
  public String city;

  @FormParam("countryName")
  public String countryName;

  @FormParam("copyrightNotice")
  public String copyrightNotice;

  @FormParam("licenceUrl")
  public String licenceUrl;

  @FormParam("altText")
  public String altText;

  @Override
  public Map<String, String> fields() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("caption", caption);
    fields.put("headline", headline);
    fields.put("creditLine", creditLine);
    fields.put("creator", creator);
    fields.put("agency", agency);
    fields.put("taken", taken);
    fields.put("sublocation", sublocation);
    fields.put("city", city);
    fields.put("countryName", countryName);
    fields.put("copyrightNotice", copyrightNotice);
    fields.put("licenceUrl", licenceUrl);
    fields.put("altText", altText);
    fields.put("sources", String.join("\n", source));
    fields.put("citations", citationLines());
    fields.put("claims", claimLines());
    return fields;
  }

  public static PhotoForm of(Map<String, String> fields) {
    PhotoForm form = new PhotoForm();
    form.caption = fields.get("caption");
    form.headline = fields.get("headline");
    form.creditLine = fields.get("creditLine");
    form.creator = fields.get("creator");
    form.agency = fields.get("agency");
    form.taken = fields.get("taken");
    form.sublocation = fields.get("sublocation");
    form.city = fields.get("city");
    form.countryName = fields.get("countryName");
    form.copyrightNotice = fields.get("copyrightNotice");
    form.licenceUrl = fields.get("licenceUrl");
    form.altText = fields.get("altText");
    form.readEvidence(fields);
    return form;
  }
}
