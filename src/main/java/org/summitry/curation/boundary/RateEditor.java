package org.summitry.curation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;
import org.summitry.curation.control.FormErrors;
import org.summitry.curation.control.Guard;
import org.summitry.gifts.boundary.ExchangeRates;
import org.summitry.gifts.boundary.RateDraft;
import org.summitry.gifts.boundary.RateView;
import org.summitry.kernel.EditConflict;
import org.summitry.kernel.InvalidField;
import org.summitry.platform.boundary.Messages;
import org.summitry.sources.boundary.Sources;

/**
 * The back office's exchange rates, which the statistics page converts declared values with: list,
 * add, change and delete, each rate citing a source of the archive or a citation with its address.
 * Contributors see them, curators change them.
 */
@Controller
@Path("admin/rates")
@RequestScoped
public class RateEditor {

  private static final Map<String, String> LABELS =
      Labels.of("currency", "toCurrency", "rate", "validOn", "sourceId", "citation", "citationUrl");

  @Inject Models models;
  @Inject Guard guard;
  @Inject ExchangeRates rates;
  @Inject Sources sources;
  @Inject Validator validator;

  @GET
  @Produces("text/html;charset=UTF-8")
  public String list(@QueryParam("done") String done) {
    guard.require(Guard.CONTRIBUTOR);
    models.put("rates", rates.all());
    models.put("done", done);
    return "admin/rates/index.html";
  }

  @GET
  @Path("new")
  @Produces("text/html;charset=UTF-8")
  public String create() {
    guard.require(Guard.CURATOR);
    RateForm form = new RateForm();
    form.toCurrency = "USD";
    return form(form, null, new FormErrors(Map.of()));
  }

  @POST
  @Path("new")
  @Produces("text/html;charset=UTF-8")
  public Response create(@BeanParam RateForm form) {
    guard.require(Guard.CURATOR);
    return save(null, form);
  }

  @GET
  @Path("{id: \\d+}")
  @Produces("text/html;charset=UTF-8")
  public String edit(@PathParam("id") long id, @QueryParam("done") String done) {
    guard.require(Guard.CONTRIBUTOR);
    RateView rate = rates.forEditing(id).orElseThrow(NotFoundException::new);
    models.put("done", done);
    return form(RateForm.of(rate), rate, new FormErrors(Map.of()));
  }

  @POST
  @Path("{id: \\d+}")
  @Produces("text/html;charset=UTF-8")
  public Response update(@PathParam("id") long id, @BeanParam RateForm form) {
    guard.require(Guard.CURATOR);
    RateView rate = rates.forEditing(id).orElseThrow(NotFoundException::new);
    return save(rate, form);
  }

  @GET
  @Path("{id: \\d+}/delete")
  @Produces("text/html;charset=UTF-8")
  public String confirmDelete(@PathParam("id") long id) {
    guard.require(Guard.CURATOR);
    RateView rate = rates.forEditing(id).orElseThrow(NotFoundException::new);
    String entry = "/admin/rates/" + id;
    models.put(
        "heading",
        Messages.get(
            "admin.rates.delete.title", rate.currency(), rate.toCurrency(), rate.validOn()));
    models.put("warning", Messages.get("admin.rates.delete.warning"));
    models.put("action", entry + "/delete");
    models.put("confirm", Messages.get("admin.rates.delete.confirm"));
    models.put("back", entry);
    models.put("cancel", Messages.get("admin.rates.delete.cancel"));
    models.put("problem", null);
    models.put("refused", false);
    return "admin/confirm-delete.html";
  }

  @POST
  @Path("{id: \\d+}/delete")
  @Produces("text/html;charset=UTF-8")
  public Response delete(@PathParam("id") long id) {
    guard.require(Guard.CURATOR);
    rates.forEditing(id).orElseThrow(NotFoundException::new);
    rates.delete(id, guard.caller());
    return Response.seeOther(URI.create("admin/rates?done=rateDeleted")).build();
  }

  private Response save(RateView rate, RateForm form) {
    FormErrors errors = new FormErrors(Map.of());
    RateDraft draft = form.draft(errors);
    FormErrors invalid = new FormErrors(Map.of());
    invalid.addAll(validator.validate(draft), LABELS);
    invalid
        .asMap()
        .forEach(
            (field, message) -> {
              if (!errors.asMap().containsKey(field)) {
                errors.add(field, message);
              }
            });
    if (!errors.isEmpty()) {
      return Response.ok(form(form, rate, errors)).build();
    }
    try {
      Long expected = rate == null ? null : Versions.parse(form.version);
      Long id = rates.save(rate == null ? null : rate.id(), expected, draft, guard.caller());
      return Response.seeOther(
              URI.create("admin/rates/" + id + "?done=" + (rate == null ? "rateAdded" : "saved")))
          .build();
    } catch (EditConflict conflict) {
      errors.add("version", Messages.get("admin.rates.error.conflict"));
      RateView current = rates.forEditing(rate.id()).orElseThrow(NotFoundException::new);
      form.version = Long.toString(current.version());
      return Response.status(Response.Status.CONFLICT).entity(form(form, current, errors)).build();
    } catch (InvalidField wrong) {
      errors.add(wrong.field(), wrong.message(Messages.locale()));
      return Response.ok(form(form, rate, errors)).build();
    }
  }

  private String form(RateForm form, RateView rate, FormErrors errors) {
    models.put("form", form);
    models.put("rate", rate);
    models.put("sources", sources.pickable());
    models.put("errors", errors.asMap());
    return "admin/rates/form.html";
  }
}
