package org.summitry.people.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.summitry.people.boundary.Likeness;
import org.summitry.people.control.NameMatching.Names;
import org.summitry.people.control.NameMatching.Pair;

/** Likely duplicates as the US gift register made them, found by name alone. */
class NameMatchingTest {

  @Test
  void honorificsRemarksOfficesCaseAndAccentsAreSetAside() {
    assertEquals(
        "petru lucinschi",
        NameMatching.key("His Excellency Petru Lucinschi, President of the Republic of Moldova"));
    assertEquals("mohammedmian soomro", NameMatching.key("(?) Mohammedmian Soomro, Chairman"));
    assertEquals("abdullah ii", NameMatching.key("H.E. Abdullah II"));
    assertEquals("jose mujica", NameMatching.key("Dr. José Mujica"));
    assertEquals("lucinschi petru", NameMatching.key("Lucinschi, Petru"), "surname first stays");
    assertEquals("he lifeng", NameMatching.key("He Lifeng"), "a surname is not an honorific");
    assertEquals("김정은", NameMatching.key("김정은"));
    assertEquals("", NameMatching.key("(?)"));
  }

  @Test
  void sameNamesAliasesAndCloseSpellingsArePairedOnceEach() {
    List<Pair> pairs =
        NameMatching.pairs(
            List.of(
                names(1, "Mohammed VI"),
                names(2, "Mohammed Vi"),
                names(3, "His Excellency Petru Lucinschi, President of the Republic of Moldova"),
                names(4, "Petru Lucinschi", "P. Lucinschi"),
                names(5, "Kim Jong Un", "Kim Jong-un", "김정은"),
                names(6, "김정은"),
                names(7, "Abdullah bin Al-Hussein"),
                names(8, "Abdulla bin Al-Hussein"),
                names(9, "Kim Jong Il"),
                names(10, "Moon Jae-in"),
                names(11, "Jae-in Moon")));
    assertEquals(
        List.of(
            new Pair(1, 2, Likeness.SAME_NAME),
            new Pair(10, 11, Likeness.SAME_NAME),
            new Pair(3, 4, Likeness.SAME_NAME),
            new Pair(5, 6, Likeness.ALIAS),
            new Pair(7, 8, Likeness.SPELLING)),
        pairs);
  }

  @Test
  void differentPeopleWithShortOrDistantNamesAreNotPaired() {
    assertEquals(
        List.of(),
        NameMatching.pairs(
            List.of(
                names(1, "Kim Jong Un"),
                names(2, "Kim Jong Il"),
                names(3, "Li Peng"),
                names(4, "Li Ping"),
                names(5, "Vladimir Putin"),
                names(6, "NA"))));
  }

  @Test
  void thousandsOfPeopleArePairedWithoutComparingEachWithEach() {
    List<Names> people = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      people.add(names(i, "Person " + Integer.toString(i * 7919, 36) + " of the register"));
    }
    people.add(names(50_000, "Person " + Integer.toString(7919, 36) + " of the registers"));
    long started = System.nanoTime();
    List<Pair> pairs = NameMatching.pairs(people);
    long millis = (System.nanoTime() - started) / 1_000_000;
    assertTrue(pairs.contains(new Pair(1, 50_000, Likeness.SPELLING)), pairs::toString);
    assertTrue(millis < 10_000, "took " + millis + " ms");
  }

  private static Names names(long id, String name, String... others) {
    return new Names(id, name, new ArrayList<>(List.of(others)));
  }
}
