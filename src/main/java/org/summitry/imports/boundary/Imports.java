package org.summitry.imports.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.summitry.imports.control.Csv;
import org.summitry.imports.control.DryRun;
import org.summitry.imports.control.DryRunReport;
import org.summitry.imports.control.Guesses;
import org.summitry.imports.control.ImportField;
import org.summitry.imports.control.ImportRunner;
import org.summitry.imports.control.ImportStore;
import org.summitry.imports.control.ImportUndo;
import org.summitry.imports.control.Mapping;
import org.summitry.imports.control.Presets;
import org.summitry.imports.control.RowReader;
import org.summitry.imports.entity.ImportPreset;
import org.summitry.imports.entity.ImportRun;
import org.summitry.kernel.Refusal;
import org.summitry.platform.boundary.Messages;

/**
 * CSV imports of gift registers: a curator uploads a file, maps its columns (or picks a preset),
 * checks a dry run, and starts the import, which runs in the background in batches that commit
 * whole and can be resumed after a failure.
 */
@ApplicationScoped
public class Imports {

  /** The largest file accepted. */
  public static final int MAX_BYTES = 20 * 1024 * 1024;

  @Inject ImportStore store;
  @Inject ImportRunner runner;
  @Inject ImportUndo undo;

  /** A preset offered on the mapping page: built in or saved by a curator. */
  public record PresetChoice(String name, boolean builtIn, Mapping mapping) {}

  /**
   * Stores an uploaded file for mapping; a file whose columns are those of a known register gets
   * that register's mapping at once.
   *
   * @throws Refusal with a message for the curator when the file is not UTF-8 CSV with a header
   *     line
   */
  public Long upload(String fileName, byte[] content, String actor) {
    if (content.length == 0) {
      throw new Refusal("import.refusal.empty");
    }
    if (content.length > MAX_BYTES) {
      throw new Refusal("import.refusal.tooLarge", MAX_BYTES / (1024 * 1024));
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(content))
              .toString();
    } catch (CharacterCodingException notUtf8) {
      throw new Refusal("import.refusal.notUtf8");
    }
    if (text.indexOf('\0') >= 0) {
      throw new Refusal("import.refusal.notCsv");
    }
    Csv.Table table = Csv.parse(text);
    if (table.rows().isEmpty()) {
      throw new Refusal("import.refusal.noRows");
    }
    Long id = store.create(fileName, text, table.rows().size(), actor);
    Presets.BUILT_IN.stream()
        .filter(preset -> preset.fits(table.columns()))
        .findFirst()
        .ifPresent(preset -> store.saveMapping(id, preset.mapping(), preset.name()));
    return id;
  }

  public Optional<ImportView> find(long id) {
    return store.find(id).map(Imports::view);
  }

  public List<ImportView> recent() {
    return store.recent(20).stream().map(Imports::view).toList();
  }

  /** The file's column names, in order. */
  public List<String> columns(long id) {
    return Csv.parse(run(id).getContent()).columns();
  }

  public Mapping mapping(long id) {
    return Mapping.parse(run(id).getMapping());
  }

  /** A first mapping guessed from the file's column names and values. */
  public Mapping guess(long id) {
    Csv.Table table = Csv.parse(run(id).getContent());
    return Guesses.guess(table.columns(), table.rows());
  }

  /** A few values of each column, as written. */
  public Map<String, List<String>> samples(long id) {
    Csv.Table table = Csv.parse(run(id).getContent());
    return Guesses.samples(table.columns(), table.rows(), 3);
  }

  public List<PresetChoice> presets() {
    List<PresetChoice> choices = new ArrayList<>();
    Presets.BUILT_IN.forEach(p -> choices.add(new PresetChoice(p.name(), true, p.mapping())));
    for (ImportPreset saved : store.presets()) {
      choices.add(new PresetChoice(saved.getName(), false, Mapping.parse(saved.getMapping())));
    }
    return choices;
  }

  public Optional<PresetChoice> preset(String name) {
    return presets().stream().filter(p -> p.name().equals(name)).findFirst();
  }

  /**
   * Keeps {@code mapping} for the import, and under {@code saveAs} as a preset when that is not
   * blank.
   */
  public void saveMapping(
      long id, Mapping mapping, String presetName, String saveAs, String actor) {
    String name = presetName;
    if (saveAs != null && !saveAs.isBlank()) {
      name = saveAs.strip();
      store.savePreset(name, mapping, actor);
    }
    store.saveMapping(id, mapping, name);
  }

  /** Whether a preset of that name is built in (and cannot be replaced). */
  public boolean builtIn(String name) {
    return Presets.BUILT_IN.stream().anyMatch(p -> p.name().equalsIgnoreCase(name.strip()));
  }

  /** What importing would do now, changing nothing. */
  public DryRun dryRun(long id) {
    ImportRun run = run(id);
    Csv.Table table = Csv.parse(run.getContent());
    RowReader reader = new RowReader(Mapping.parse(run.getMapping()), table.columns());
    return DryRun.of(table, reader, store.lookups());
  }

  /** The dry run's full report as CSV: every error, warning, new person and country. */
  public String report(long id) {
    return DryRunReport.csv(dryRun(id), Messages.locale());
  }

  /**
   * Moves everything the import created to the trash, in batches, each move journalled as {@code
   * actor}'s; returns how many entries were moved, or -1 when the import cannot be undone (it is
   * being mapped, runs, or was undone).
   */
  public int undo(long id, String actor) {
    if (!store.undoable(id)) {
      return -1;
    }
    List<ImportUndo.Created> created = undo.created(id);
    int moved = 0;
    for (int start = 0; start < created.size(); start += ImportUndo.BATCH) {
      moved +=
          undo.trash(
              created.subList(start, Math.min(created.size(), start + ImportUndo.BATCH)), actor);
    }
    undo.finish(id);
    return moved;
  }

  /** Starts importing in the background; false when it has already started. */
  public boolean start(long id, boolean publish, String actor) {
    if (!store.queue(id, publish, actor)) {
      return false;
    }
    runner.schedule(id);
    return true;
  }

  /** The form's view of a mapping: per field, its column and fallback value. */
  public static Map<String, String> formValues(Mapping mapping) {
    Map<String, String> values = new LinkedHashMap<>();
    for (ImportField field : ImportField.values()) {
      values.put(field.formName(), orEmpty(mapping.column(field)));
      values.put(field.formName() + "Otherwise", orEmpty(mapping.fallback(field)));
      values.put(field.formName() + "Else", orEmpty(mapping.elseColumn(field)));
    }
    return values;
  }

  /** The mapping a form describes. */
  public static Mapping fromForm(Map<String, String> values, boolean dayFirst) {
    Map<ImportField, String> columns = new LinkedHashMap<>();
    Map<ImportField, String> fallbacks = new LinkedHashMap<>();
    Map<ImportField, String> elseColumns = new LinkedHashMap<>();
    for (ImportField field : ImportField.values()) {
      columns.put(field, values.get(field.formName()));
      fallbacks.put(field, values.get(field.formName() + "Otherwise"));
      elseColumns.put(field, values.get(field.formName() + "Else"));
    }
    return new Mapping(columns, fallbacks, dayFirst, elseColumns);
  }

  public static List<ImportField> fields() {
    return Arrays.asList(ImportField.values());
  }

  private ImportRun run(long id) {
    return store.find(id).orElseThrow(() -> new IllegalArgumentException("No import " + id));
  }

  private static String orEmpty(String text) {
    return text == null ? "" : text;
  }

  private static ImportView view(ImportRun run) {
    return new ImportView(
        run.getId(),
        run.getFileName(),
        run.getRowCount(),
        run.getStatus().name(),
        run.getNextRow(),
        run.getGiftsCreated(),
        run.getPeopleCreated(),
        run.getCountriesCreated(),
        run.getSourcesCreated(),
        run.getRowsSkipped(),
        run.getReport() == null || run.getReport().isBlank()
            ? List.of()
            : List.of(run.getReport().split("\n")),
        run.getFailure(),
        run.getActor(),
        run.isPublish(),
        run.getPresetName(),
        run.getCreatedAt(),
        run.getFinishedAt(),
        run.getRunMillis(),
        run.getCpuMillis(),
        run.resumable(),
        run.undoable());
  }
}
