package org.summitry.journal.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WithdrawalTest {

  private static final OffsetDateTime START =
      OffsetDateTime.of(2026, 3, 1, 9, 0, 0, 0, ZoneOffset.UTC);

  /** Rows of one gift, a day apart, each labelled with the title it had then. */
  private static List<Revision> history(Object... changesAndTitles) {
    List<Revision> rows = new ArrayList<>();
    for (int i = 0; i < changesAndTitles.length; i += 2) {
      rows.add(
          new Revision(
              (long) i + 1,
              "GIFT",
              42L,
              (Change) changesAndTitles[i],
              "curator",
              START.plusDays(i / 2),
              (String) changesAndTitles[i + 1],
              Map.of()));
    }
    return rows;
  }

  @Test
  void anUnpublishedGiftIsWithdrawnWithItsTitleAndDateThen() {
    Optional<Withdrawal> withdrawal =
        Withdrawal.of(
            history(
                Change.CREATED, "Vase",
                Change.PUBLISHED, "Vase",
                Change.UPDATED, "Porcelain vase",
                Change.UNPUBLISHED, "Porcelain vase",
                Change.UPDATED, "Secret new title"));
    assertTrue(withdrawal.isPresent());
    assertEquals("Porcelain vase", withdrawal.get().title());
    assertEquals(START.plusDays(3), withdrawal.get().at());
    assertEquals(7L, withdrawal.get().revisionId());
  }

  @Test
  void aDraftThatWasNeverPublishedIsNotWithdrawnEvenWhenTrashedOrPurged() {
    assertTrue(Withdrawal.of(history(Change.CREATED, "Draft")).isEmpty());
    assertTrue(Withdrawal.of(history(Change.CREATED, "Draft", Change.TRASHED, "Draft")).isEmpty());
    assertTrue(
        Withdrawal.of(
                history(Change.CREATED, "Draft", Change.TRASHED, "Draft", Change.PURGED, "Draft"))
            .isEmpty());
  }

  @Test
  void aPublicEntryIsNotWithdrawn() {
    assertTrue(Withdrawal.of(history(Change.CREATED, "Vase", Change.PUBLISHED, "Vase")).isEmpty());
    assertTrue(
        Withdrawal.of(
                history(
                    Change.PUBLISHED, "Vase",
                    Change.TRASHED, "Vase",
                    Change.RESTORED, "Vase"))
            .isEmpty());
  }

  @Test
  void theWithdrawalIsTheChangeThatTookTheEntryOutOfViewNotALaterOne() {
    Withdrawal withdrawal =
        Withdrawal.of(
                history(
                    Change.PUBLISHED, "Vase",
                    Change.UNPUBLISHED, "Vase",
                    Change.TRASHED, "Vase",
                    Change.PURGED, "Vase"))
            .orElseThrow();
    assertEquals(START.plusDays(1), withdrawal.at());
  }

  @Test
  void republishedAndWithdrawnAgainCountsFromTheLatestWithdrawal() {
    Withdrawal withdrawal =
        Withdrawal.of(
                history(
                    Change.PUBLISHED, "Vase",
                    Change.UNPUBLISHED, "Vase",
                    Change.PUBLISHED, "Vase",
                    Change.TRASHED, "Blue vase"))
            .orElseThrow();
    assertEquals("Blue vase", withdrawal.title());
    assertEquals(START.plusDays(3), withdrawal.at());
  }

  @Test
  void seedContentUnpublishedWasPublicFromItsCreation() {
    assertEquals(
        "Aurus limousine",
        Withdrawal.of(
                history(Change.CREATED, "Aurus limousine", Change.UNPUBLISHED, "Aurus limousine"))
            .orElseThrow()
            .title());
  }
}
