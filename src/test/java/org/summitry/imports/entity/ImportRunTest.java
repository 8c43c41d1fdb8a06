package org.summitry.imports.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ImportRunTest {

  @Test
  void aFailedImportResumesAfterItsLastCommittedBatchAndKeepsItsCounts() {
    ImportRun run = new ImportRun("gifts.csv", "a\n1\n", 450, "carla");
    run.queue(true, "carla");
    run.setStatus(ImportRun.Status.RUNNING);
    run.advance(200, 198, 40, 3, 1, 2, "Row 7: bad date\nRow 9: bad date\n", 900, 800);
    assertFalse(run.resumable(), "running and recently heard of");
    run.fail("The batch starting at data row 201 could not be imported", 1000);
    assertTrue(run.resumable());
    assertEquals(200, run.getNextRow(), "the failed batch left nothing");
    run.resume("admin");
    assertTrue(run.isPublish(), "resuming keeps the choice made at the start");
    assertEquals(ImportRun.Status.QUEUED, run.getStatus());
    run.advance(400, 200, 10, 0, 0, 0, "", 1500, 1200);
    run.advance(450, 50, 0, 0, 0, 1, "Row 430: no title\n", 1700, 1300);
    assertEquals(ImportRun.Status.DONE, run.getStatus());
    assertEquals(448, run.getGiftsCreated());
    assertEquals(3, run.getRowsSkipped());
    assertEquals("Row 7: bad date\nRow 9: bad date\nRow 430: no title\n", run.getReport());
    assertEquals(1700, run.getRunMillis());
    assertFalse(run.resumable());
  }

  @Test
  void onlyAStoppedImportThatWroteSomethingIsUndoneAndOnlyOnce() {
    ImportRun run = new ImportRun("gifts.csv", "a\n1\n", 10, "carla");
    assertFalse(run.undoable(), "still being mapped");
    run.queue(false, "carla");
    run.setStatus(ImportRun.Status.RUNNING);
    run.advance(5, 5, 1, 0, 0, 0, "", 10, 10);
    assertFalse(run.undoable(), "running");
    assertThrows(IllegalStateException.class, run::undo);
    run.advance(10, 5, 0, 0, 0, 0, "", 20, 20);
    assertTrue(run.undoable());
    run.undo();
    assertEquals(ImportRun.Status.UNDONE, run.getStatus());
    assertFalse(run.undoable(), "undone once");
    assertFalse(run.resumable());
  }
}
