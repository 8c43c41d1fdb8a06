package org.summitry.site.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.summitry.platform.boundary.Language;
import org.summitry.platform.boundary.PublicAddress;
import org.summitry.testing.FakeRequest;

/**
 * A summit's page reads its summit once per archive state, language and public address; a change to
 * the archive, another language or another address reads it again; a curator's request (no archive
 * state) always reads; and an address that names no entry keeps nothing. A list reads by id only
 * the gifts not read before in the same archive state.
 */
class KeptReadsTest {

  private final AtomicInteger reads = new AtomicInteger();
  private String base = "http://summitry.test/";

  private KeptReads kept(int capacity) {
    KeptReads kept = new KeptReads();
    kept.address =
        new PublicAddress() {
          @Override
          public URI base() {
            return URI.create(base);
          }
        };
    kept.configure(capacity);
    return kept;
  }

  private Optional<String> read(
      KeptReads kept, HttpServletRequest request, String slug, Supplier<Optional<String>> db) {
    kept.request = request;
    return kept.get(
        "summit",
        slug,
        String.class,
        () -> {
          reads.incrementAndGet();
          return db.get();
        });
  }

  private static HttpServletRequest at(Object epoch, Language language) {
    HttpServletRequest request =
        FakeRequest.get("/summits/putin-kim-summit-pyongyang-2024").build();
    if (epoch != null) {
      request.setAttribute(KeptCards.EPOCH, epoch);
    }
    request.setAttribute(Language.ATTRIBUTE, language);
    return request;
  }

  @Test
  void theSummitIsReadOnceWhileTheArchiveStaysAsItWas() {
    KeptReads kept = kept(10);
    String slug = "putin-kim-summit-pyongyang-2024";
    assertEquals(
        Optional.of("Putin–Kim summit"),
        read(kept, at(7L, Language.ENGLISH), slug, () -> Optional.of("Putin–Kim summit")));
    assertEquals(
        Optional.of("Putin–Kim summit"),
        read(kept, at(7L, Language.ENGLISH), slug, () -> Optional.of("changed")));
    assertEquals(1, reads.get());
    assertEquals(
        Optional.of("Putin–Kim summit, renamed"),
        read(kept, at(8L, Language.ENGLISH), slug, () -> Optional.of("Putin–Kim summit, renamed")),
        "a change to the archive reads the summit again");
    assertEquals(2, reads.get());
  }

  @Test
  void languagesAndPublicAddressesAreKeptApart() {
    KeptReads kept = kept(10);
    String slug = "putin-kim-summit-pyongyang-2024";
    read(kept, at(7L, Language.ENGLISH), slug, () -> Optional.of("Putin–Kim summit"));
    assertEquals(
        Optional.of("푸틴-김정은 정상회담"),
        read(kept, at(7L, Language.KOREAN), slug, () -> Optional.of("푸틴-김정은 정상회담")));
    base = "https://mirror.example/archive/";
    assertEquals(
        Optional.of("at the mirror"),
        read(kept, at(7L, Language.ENGLISH), slug, () -> Optional.of("at the mirror")),
        "metadata names the public address, so another address reads afresh");
    assertEquals(3, reads.get());
  }

  @Test
  void aCuratorsRequestAlwaysReads() {
    KeptReads kept = kept(10);
    String slug = "putin-kim-summit-pyongyang-2024";
    read(kept, at(null, Language.ENGLISH), slug, () -> Optional.of("draft title"));
    read(kept, at(null, Language.ENGLISH), slug, () -> Optional.of("draft title"));
    assertEquals(2, reads.get());
    assertEquals(0, kept.hitsAndMisses()[0] + kept.hitsAndMisses()[1], "nothing was kept");
  }

  @Test
  void addressesOfNoEntryKeepNothingAndPushNothingOut() {
    KeptReads kept = kept(1);
    String slug = "putin-kim-summit-pyongyang-2024";
    read(kept, at(7L, Language.ENGLISH), slug, () -> Optional.of("Putin–Kim summit"));
    for (int i = 0; i < 50; i++) {
      assertTrue(read(kept, at(7L, Language.ENGLISH), "no-such-" + i, Optional::empty).isEmpty());
    }
    assertEquals(
        Optional.of("Putin–Kim summit"),
        read(kept, at(7L, Language.ENGLISH), slug, () -> Optional.of("read again")),
        "the one place kept still holds the real summit");
    assertEquals(51, reads.get());
  }

  @Test
  void aListReadsOnlyTheGiftsItHasNotReadInThisArchiveState() {
    KeptReads kept = kept(10);
    List<Collection<Long>> asked = new ArrayList<>();
    Function<Collection<Long>, Map<Long, String>> db =
        ids -> {
          asked.add(List.copyOf(ids));
          Map<Long, String> found = new HashMap<>();
          ids.stream().filter(id -> id != 99L).forEach(id -> found.put(id, "gift " + id));
          return found;
        };
    kept.request = at(7L, Language.ENGLISH);
    assertEquals(
        Map.of(1L, "gift 1", 2L, "gift 2"), kept.byIds("gift", List.of(1L, 2L), String.class, db));
    kept.request = at(7L, Language.KOREAN);
    assertEquals(
        Map.of(2L, "gift 2", 3L, "gift 3"),
        kept.byIds("gift", List.of(2L, 3L, 99L), String.class, db),
        "a gift not found (unpublished, trashed) is left out");
    assertEquals(List.of(List.of(1L, 2L), List.of(3L, 99L)), asked, "gift 2 was read once");
    kept.request = at(8L, Language.ENGLISH);
    kept.byIds("gift", List.of(1L), String.class, db);
    kept.request = at(null, Language.ENGLISH);
    kept.byIds("gift", List.of(1L), String.class, db);
    assertEquals(
        List.of(List.of(1L, 2L), List.of(3L, 99L), List.of(1L), List.of(1L)),
        asked,
        "a change to the archive, and a curator's request, read the gift again");
  }
}
