package org.summitry.curation.boundary;

import jakarta.ws.rs.FormParam;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The gift form as typed, every value kept as text. Field names are those of the journal's
 * snapshot, so a revision is restored by sending it through the same form.
 */
public class GiftForm extends TranslatedFields {

  @FormParam("title")
  public String title;

  @FormParam("slug")
  public String slug;

  @FormParam("description")
  public String description;

  @FormParam("category")
  public String category;

  @FormParam("quantity")
  public String quantity;

  @FormParam("giver")
  public String giver;

  @FormParam("giverCountry")
  public String giverCountry;

  @FormParam("recipient")
  public String recipient;

  @FormParam("recipientCountry")
  public String recipientCountry;

  @FormParam("summit")
  public String summit;

  @FormParam("occasion")
  public String occasion;

  @FormParam("date")
  public String date;

  @FormParam("valueAmount")
  public String valueAmount;

  @FormParam("valueCurrency")
  public String valueCurrency;

  @FormParam("valueNote")
  public String valueNote;

  @FormParam("whereabouts")
  public String whereabouts;

  /** The ticked sources as the journal shows them, filled in by the editor for comparisons. */
  public List<String> sourceLines = new ArrayList<>();

  @Override
  public Map<String, String> fields() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("title", title);
    fields.put("slug", slug);
    fields.put("description", description);
    putTranslations(fields, "description");
    fields.put("category", category);
    fields.put("quantity", quantity);
    fields.put("giver", giver);
    fields.put("giverCountry", giverCountry);
    fields.put("recipient", recipient);
    fields.put("recipientCountry", recipientCountry);
    fields.put("summit", summit);
    fields.put("occasion", occasion);
    fields.put("date", date);
    fields.put("valueAmount", valueAmount);
    fields.put("valueCurrency", valueCurrency);
    fields.put("valueNote", valueNote);
    fields.put("whereabouts", whereabouts);
    fields.put("sources", String.join("\n", sourceLines));
    fields.put("citations", citationLines());
    fields.put("claims", claimLines());
    return fields;
  }

  public static GiftForm of(Map<String, String> fields) {
    GiftForm form = new GiftForm();
    form.title = fields.get("title");
    form.slug = fields.get("slug");
    form.description = fields.get("description");
    form.readTranslations(fields, "description");
    form.category = fields.get("category");
    form.quantity = fields.get("quantity");
    form.giver = fields.get("giver");
    form.giverCountry = fields.get("giverCountry");
    form.recipient = fields.get("recipient");
    form.recipientCountry = fields.get("recipientCountry");
    form.summit = fields.get("summit");
    form.occasion = fields.get("occasion");
    form.date = fields.get("date");
    form.valueAmount = fields.get("valueAmount");
    form.valueCurrency = fields.get("valueCurrency");
    form.valueNote = fields.get("valueNote");
    form.whereabouts = fields.get("whereabouts");
    form.readEvidence(fields);
    return form;
  }
}
