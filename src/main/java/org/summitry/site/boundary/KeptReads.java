package org.summitry.site.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.summitry.gifts.boundary.GiftView;
import org.summitry.gifts.boundary.Gifts;
import org.summitry.platform.boundary.KeptOutput;
import org.summitry.platform.boundary.Language;
import org.summitry.platform.boundary.PublicAddress;

/**
 * What an entry's public page read from the database (a summit with its participants, photos,
 * sources and metadata), kept per entry, page language, public address and archive state like
 * {@link KeptCards} keeps markup: a page rendered afresh while the archive stays as it was reads
 * nothing again. The archive state is the one the page cache read as the request arrived, before
 * any entry was read; a request without one (a signed-in curator's) reads afresh. Only entries that
 * were found are kept, so addresses of entries that do not exist fill nothing. What is kept must
 * not change once made (records of views, unmodifiable lists and maps): it is shared by every
 * request that finds it. Lists keep the entries they read by id the same way ({@link #gifts}): a
 * gift list page reads only the gifts it has not shown since the archive last changed.
 */
@ApplicationScoped
public class KeptReads {

  @Inject HttpServletRequest request;
  @Inject PublicAddress address;
  @Inject Gifts gifts;

  private KeptOutput<Object> kept = new KeptOutput<>(0);

  /** Entries a list read by id, apart from the pages' reads so that lists do not push them out. */
  private KeptOutput<Object> entries = new KeptOutput<>(0);

  @Inject
  void configure(
      @ConfigProperty(name = "summitry.kept.reads", defaultValue = "2000") int capacity) {
    kept = new KeptOutput<>(capacity);
    entries = new KeptOutput<>(capacity);
  }

  /**
   * What {@code read} reads for {@code entry} of the page {@code page} ("summit", its slug), from
   * what was kept under the request's archive state when there is, else read (and kept when found).
   */
  public <T> Optional<T> get(String page, String entry, Class<T> type, Supplier<Optional<T>> read) {
    Object epoch = request.getAttribute(KeptCards.EPOCH);
    if (epoch == null) {
      return read.get();
    }
    KeptOutput.Key key =
        new KeptOutput.Key(page, entry, Language.of(request).code(), address.base().toString());
    Object found = kept.find(key, epoch);
    if (type.isInstance(found)) {
      return Optional.of(type.cast(found));
    }
    Optional<T> made = read.get();
    made.ifPresent(value -> kept.put(key, epoch, value));
    return made;
  }

  /**
   * The published gifts with {@code ids}, by id, those read since the archive last changed taken
   * from what was kept: what a list of gifts reads for its page ({@code GiftChoices.list}).
   */
  public Map<Long, GiftView> gifts(Collection<Long> ids) {
    return byIds("gift", ids, GiftView.class, gifts::giftsByIds);
  }

  /**
   * The entries of kind {@code kind} ("gift") with {@code ids} that {@code read} finds, those kept
   * under the request's archive state taken from what was kept and only the others read (and kept).
   * For what does not depend on the page's language or address (a {@code GiftView}); a request
   * without an archive state reads them all.
   */
  <V> Map<Long, V> byIds(
      String kind,
      Collection<Long> ids,
      Class<V> type,
      Function<Collection<Long>, Map<Long, V>> read) {
    Object epoch = request.getAttribute(KeptCards.EPOCH);
    if (epoch == null || ids.isEmpty()) {
      return read.apply(ids);
    }
    Map<Long, V> found = new HashMap<>();
    List<Long> missing = new ArrayList<>();
    for (Long id : ids) {
      Object value = entries.find(new KeptOutput.Key(kind, id, "", ""), epoch);
      if (type.isInstance(value)) {
        found.put(id, type.cast(value));
      } else {
        missing.add(id);
      }
    }
    if (!missing.isEmpty()) {
      read.apply(missing)
          .forEach(
              (id, value) -> {
                entries.put(new KeptOutput.Key(kind, id, "", ""), epoch, value);
                found.put(id, value);
              });
    }
    return found;
  }

  /** Reads used and reads made since start. */
  long[] hitsAndMisses() {
    return kept.hitsAndMisses();
  }
}
