package org.summitry.scale;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.summitry.scale.WriteLedger.Event;
import org.summitry.scale.WriteLedger.Line;

class WriteLedgerTest {

  @TempDir Path folder;

  @Test
  void aWriteEndsAsItsLastAnswerAndKeepsTheIdItWasGiven() {
    Path file = folder.resolve("ledger.tsv");
    try (WriteLedger ledger = new WriteLedger(file)) {
      ledger.append(Event.SENT, "gift", "create", "mlabcdefg1", 0, "");
      ledger.append(Event.ACK, "gift", "create", "mlabcdefg1", 1234, "");
      ledger.append(Event.SENT, "gift", "edit", "mlabcdefg1", 1234, "");
      ledger.append(Event.UNKNOWN, "gift", "edit", "mlabcdefg1", 0, "500 Something went wrong");
      ledger.append(Event.SENT, "summit", "create", "mlabcdefs2", 0, "");
    }
    Map<String, Line> outcomes = WriteLedger.outcomes(WriteLedger.read(file));
    assertEquals(Event.ACK, outcomes.get("gift create mlabcdefg1").event());
    Line edit = outcomes.get("gift edit mlabcdefg1");
    assertEquals(Event.UNKNOWN, edit.event(), "a 5xx leaves the edit in flight");
    assertEquals(1234, edit.id());
    assertEquals(
        Event.SENT,
        outcomes.get("summit create mlabcdefs2").event(),
        "no answer recorded: the tool stopped while it was in flight");
  }

  @Test
  void anImportKeepsItsLargestAcknowledgedRowCountThroughALaterFailure() {
    Path file = folder.resolve("ledger.tsv");
    try (WriteLedger ledger = new WriteLedger(file)) {
      ledger.append(Event.SENT, "import", "rows", "mlabcdefi1", 7, "0/1000");
      ledger.append(Event.ACK, "import", "rows", "mlabcdefi1", 7, "200/1000");
      ledger.append(Event.ACK, "import", "rows", "mlabcdefi1", 7, "400/1000");
      ledger.append(Event.UNKNOWN, "import", "rows", "mlabcdefi1", 7, "-1 (no answer)");
    }
    Line rows = WriteLedger.outcomes(WriteLedger.read(file)).get("import rows mlabcdefi1");
    assertEquals(Event.ACK, rows.event());
    assertEquals("400/1000", rows.detail());
  }

  @Test
  void markersAreFoundWholeInTitles() {
    List<String> found =
        List.of(
                "Mixed load gift mlabcdefg17",
                "Loadtest mlabcdefp3",
                "Painting titled At Parika mlabcdefi1r12",
                "Not a marker: xmlabcdefg17, mlabcdefg")
            .stream()
            .map(WriteAudit.MARKER::matcher)
            .filter(java.util.regex.Matcher::find)
            .map(m -> m.group(1))
            .toList();
    assertEquals(List.of("mlabcdefg17", "mlabcdefp3", "mlabcdefi1r12"), found);
  }
}
