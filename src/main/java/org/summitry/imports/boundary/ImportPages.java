package org.summitry.imports.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.summitry.accounts.boundary.Access;
import org.summitry.accounts.boundary.Roles;
import org.summitry.imports.control.ImportField;
import org.summitry.imports.control.Mapping;
import org.summitry.platform.boundary.Messages;

/**
 * The back office's imports, for curators and admins: the list and upload form, the mapping of a
 * file's columns, the dry run, and the progress page, which refreshes itself while the import runs
 * and can be left and come back to.
 */
@Controller
@Path("admin/imports")
@RequestScoped
public class ImportPages {

  /** Seconds between refreshes of the progress page while an import runs. */
  static final int REFRESH_SECONDS = 2;

  @Inject Models models;
  @Inject Access access;
  @Inject Imports imports;

  @GET
  @Produces("text/html;charset=UTF-8")
  public String list() {
    access.require(Roles.CURATOR);
    models.put("imports", imports.recent());
    models.put("problem", null);
    return "admin/imports/index.html";
  }

  @GET
  @Path("{id: \\d+}/mapping")
  @Produces("text/html;charset=UTF-8")
  public String mapping(@PathParam("id") long id) {
    access.require(Roles.CURATOR);
    ImportView run = find(id);
    if (!run.mapping()) {
      return progress(run);
    }
    Mapping mapping = imports.mapping(id);
    boolean guessed = mapping.columns().isEmpty() && mapping.fallbacks().isEmpty();
    if (guessed) {
      mapping = imports.guess(id);
    }
    models.put("guessed", guessed && !mapping.columns().isEmpty());
    return mappingForm(
        run, Imports.formValues(mapping), mapping.dayFirst(), run.presetName(), "", Map.of());
  }

  @POST
  @Path("{id: \\d+}/mapping")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces("text/html;charset=UTF-8")
  public Response saveMapping(@PathParam("id") long id, MultivaluedMap<String, String> form) {
    access.require(Roles.CURATOR);
    ImportView run = find(id);
    if (!run.mapping()) {
      return Response.seeOther(URI.create("admin/imports/" + id)).build();
    }
    String chosen = form.getFirst("preset");
    if (form.containsKey("apply")) {
      var preset = chosen == null ? null : imports.preset(chosen).orElse(null);
      if (preset == null) {
        return Response.ok(
                mappingForm(
                    run,
                    values(form),
                    form.containsKey("dayFirst"),
                    null,
                    "",
                    Map.of("preset", "Choose a preset from the list.")))
            .build();
      }
      List<String> columns = imports.columns(id);
      List<String> absent =
          preset.mapping().columns().values().stream()
              .filter(c -> columns.stream().noneMatch(c::equalsIgnoreCase))
              .distinct()
              .toList();
      if (absent.size() == preset.mapping().columns().values().stream().distinct().count()) {
        return Response.ok(
                mappingForm(
                    run,
                    values(form),
                    form.containsKey("dayFirst"),
                    run.presetName(),
                    "",
                    Map.of(
                        "preset",
                        Messages.get(
                            "imports.mapping.preset.none",
                            preset.name(),
                            String.join(", ", absent)))))
            .build();
      }
      Mapping kept = preset.mapping().onlyColumns(columns);
      imports.saveMapping(id, kept, preset.name(), null, access.caller());
      if (absent.isEmpty()) {
        return Response.seeOther(URI.create("admin/imports/" + id + "/mapping")).build();
      }
      models.put(
          "presetWarning",
          Messages.get("imports.mapping.preset.missing", preset.name(), String.join(", ", absent)));
      return Response.ok(
              mappingForm(
                  run, Imports.formValues(kept), kept.dayFirst(), preset.name(), "", Map.of()))
          .build();
    }
    Map<String, String> values = values(form);
    boolean dayFirst = form.containsKey("dayFirst");
    String saveAs = form.getFirst("saveAs") == null ? "" : form.getFirst("saveAs").strip();
    Map<String, String> errors = check(values, saveAs, imports.columns(id));
    if (!errors.isEmpty()) {
      return Response.ok(mappingForm(run, values, dayFirst, run.presetName(), saveAs, errors))
          .build();
    }
    Mapping mapping = Imports.fromForm(values, dayFirst);
    imports.saveMapping(id, mapping, run.presetName(), saveAs, access.caller());
    return Response.seeOther(URI.create("admin/imports/" + id + "/check")).build();
  }

  @GET
  @Path("{id: \\d+}/check")
  @Produces("text/html;charset=UTF-8")
  public String check(@PathParam("id") long id) {
    access.require(Roles.CURATOR);
    ImportView run = find(id);
    if (!run.mapping()) {
      return progress(run);
    }
    models.put("run", run);
    models.put("dry", imports.dryRun(id));
    return "admin/imports/check.html";
  }

  @POST
  @Path("{id: \\d+}/start")
  @Produces("text/html;charset=UTF-8")
  public Response start(@PathParam("id") long id, @FormParam("mode") String mode) {
    access.require(Roles.CURATOR);
    find(id);
    imports.start(id, "published".equals(mode), access.caller());
    return Response.seeOther(URI.create("admin/imports/" + id)).build();
  }

  @POST
  @Path("{id: \\d+}/resume")
  @Produces("text/html;charset=UTF-8")
  public Response resume(@PathParam("id") long id) {
    access.require(Roles.CURATOR);
    ImportView run = find(id);
    if (run.resumable()) {
      imports.start(id, run.publish(), access.caller());
    }
    return Response.seeOther(URI.create("admin/imports/" + id)).build();
  }

  /**
   * Moves everything the import created to the trash, as one step the progress page offers once the
   * import has stopped; each entry's history shows the move and the trash can restore it.
   */
  @POST
  @Path("{id: \\d+}/undo")
  @Produces("text/html;charset=UTF-8")
  public Response undo(@PathParam("id") long id) {
    access.require(Roles.CURATOR);
    find(id);
    int moved = imports.undo(id, access.caller());
    return Response.seeOther(
            URI.create("admin/imports/" + id + (moved < 0 ? "" : "?undone=" + moved)))
        .build();
  }

  @GET
  @Path("{id: \\d+}")
  @Produces("text/html;charset=UTF-8")
  public String show(@PathParam("id") long id, @QueryParam("undone") Integer undone) {
    access.require(Roles.CURATOR);
    models.put("moved", undone == null || undone < 0 ? null : undone);
    return progress(find(id));
  }

  private String progress(ImportView run) {
    models.put("run", run);
    if (run.working()) {
      models.put("refreshSeconds", REFRESH_SECONDS);
    }
    return "admin/imports/progress.html";
  }

  private String mappingForm(
      ImportView run,
      Map<String, String> values,
      boolean dayFirst,
      String presetName,
      String saveAs,
      Map<String, String> errors) {
    models.put("run", run);
    models.put("columns", imports.columns(run.id()));
    models.put("samples", imports.samples(run.id()));
    models.put("fields", Imports.fields());
    models.put("values", values);
    models.put("dayFirst", dayFirst);
    models.put("presets", imports.presets());
    models.put("presetName", presetName);
    models.put("saveAs", saveAs);
    models.put("errors", errors);
    return "admin/imports/mapping.html";
  }

  private static Map<String, String> values(MultivaluedMap<String, String> form) {
    Map<String, String> values = new LinkedHashMap<>();
    for (ImportField field : ImportField.values()) {
      values.put(field.formName(), text(form.getFirst(field.formName())));
      values.put(
          field.formName() + "Otherwise", text(form.getFirst(field.formName() + "Otherwise")));
      values.put(field.formName() + "Else", text(form.getFirst(field.formName() + "Else")));
    }
    return values;
  }

  private Map<String, String> check(
      Map<String, String> values, String saveAs, List<String> columns) {
    Map<String, String> errors = new LinkedHashMap<>();
    for (ImportField field : ImportField.values()) {
      String column = values.get(field.formName());
      if (!column.isEmpty() && columns.stream().noneMatch(column::equals)) {
        errors.put(field.formName(), Messages.get("import.mapping.error.column"));
      }
      String elseColumn = values.get(field.formName() + "Else");
      if (!elseColumn.isEmpty() && columns.stream().noneMatch(elseColumn::equals)) {
        errors.put(field.formName() + "Else", Messages.get("import.mapping.error.column"));
      } else if (!elseColumn.isEmpty() && column.isEmpty()) {
        errors.put(field.formName() + "Else", Messages.get("import.mapping.error.elseAlone"));
      }
    }
    if (values.get("title").isEmpty()
        && values.get("titleOtherwise").isEmpty()
        && values.get("description").isEmpty()) {
      errors.put("description", Messages.get("import.mapping.error.title"));
    }
    String currency = values.get("currencyOtherwise");
    if (!currency.isEmpty()) {
      try {
        Currency.getInstance(currency.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException unknown) {
        errors.put("currencyOtherwise", Messages.get("import.mapping.error.currency"));
      }
    }
    if (saveAs.length() > 100) {
      errors.put("saveAs", Messages.get("import.mapping.error.presetLength", 100));
    } else if (!saveAs.isEmpty() && imports.builtIn(saveAs)) {
      errors.put("saveAs", Messages.get("import.mapping.error.presetBuiltIn"));
    }
    return errors;
  }

  private static String text(String value) {
    return value == null ? "" : value.strip();
  }

  private ImportView find(long id) {
    return imports.find(id).orElseThrow(NotFoundException::new);
  }
}
