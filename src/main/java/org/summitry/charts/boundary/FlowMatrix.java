package org.summitry.charts.boundary;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.summitry.gifts.boundary.GiftFlow;
import org.summitry.people.boundary.CountryView;

/**
 * Who gave how many gifts to whom, between countries: the {@code limit} countries with the most
 * gifts given and received, in that order on both axes, and the rest together as "other countries"
 * (countries not public count there too, since their lists cannot be opened). Gifts that name no
 * country on one side are not placed, only counted in {@link #unplaced()}.
 *
 * @param parties the rows and columns, in the same order; the last is "other" (null) if any
 * @param counts {@code counts[giver][recipient]} indexes into {@code parties}
 */
public record FlowMatrix(List<CountryView> parties, long[][] counts, long total, long unplaced) {

  /** Arranges {@code flows}; {@code countries} holds the public countries they name, by id. */
  public static FlowMatrix of(List<GiftFlow> flows, Map<Long, CountryView> countries, int limit) {
    Map<Long, Long> volume = new HashMap<>();
    long unplaced = 0;
    long total = 0;
    boolean anyOther = false;
    for (GiftFlow flow : flows) {
      total += flow.gifts();
      if (flow.giverCountryId() == null || flow.recipientCountryId() == null) {
        unplaced += flow.gifts();
        continue;
      }
      for (Long id : List.of(flow.giverCountryId(), flow.recipientCountryId())) {
        if (countries.containsKey(id)) {
          volume.merge(id, flow.gifts(), Long::sum);
        } else {
          anyOther = true;
        }
      }
    }
    List<CountryView> top =
        volume.keySet().stream()
            .map(countries::get)
            .sorted(
                Comparator.comparing((CountryView c) -> -volume.get(c.id()))
                    .thenComparing(c -> c.name().toLowerCase(Locale.ROOT))
                    .thenComparing(CountryView::code))
            .toList();
    if (top.size() > limit) {
      top = top.subList(0, limit);
      anyOther = true;
    }
    List<CountryView> parties = new ArrayList<>(top);
    if (anyOther) {
      parties.add(null);
    }
    Map<Long, Integer> index = new HashMap<>();
    for (int i = 0; i < top.size(); i++) {
      index.put(top.get(i).id(), i);
    }
    int other = top.size();
    long[][] counts = new long[parties.size()][parties.size()];
    for (GiftFlow flow : flows) {
      if (flow.giverCountryId() == null || flow.recipientCountryId() == null) {
        continue;
      }
      int giver = index.getOrDefault(flow.giverCountryId(), other);
      int recipient = index.getOrDefault(flow.recipientCountryId(), other);
      counts[giver][recipient] += flow.gifts();
    }
    return new FlowMatrix(Collections.unmodifiableList(parties), counts, total, unplaced);
  }

  public boolean isEmpty() {
    return parties.isEmpty();
  }

  /** Whether the last row and column sum up "other countries". */
  public boolean hasOther() {
    return !parties.isEmpty() && parties.get(parties.size() - 1) == null;
  }

  public long count(int giver, int recipient) {
    return counts[giver][recipient];
  }

  /** Gifts given by party {@code giver} to anyone in the matrix. */
  public long given(int giver) {
    long sum = 0;
    for (long count : counts[giver]) {
      sum += count;
    }
    return sum;
  }

  /** Gifts received by party {@code recipient} from anyone in the matrix. */
  public long received(int recipient) {
    long sum = 0;
    for (long[] row : counts) {
      sum += row[recipient];
    }
    return sum;
  }

  /** The name of party {@code index}, or {@code other} for the other countries. */
  public String name(int index, String other) {
    CountryView party = parties.get(index);
    return party == null ? other : party.name();
  }

  /**
   * The gift list of this pair of countries ("/gifts?from=ru&amp;to=kp"), or null when either side
   * is "other countries", which the list cannot filter by.
   */
  public String link(int giver, int recipient) {
    CountryView from = parties.get(giver);
    CountryView to = parties.get(recipient);
    if (from == null || to == null) {
      return null;
    }
    return "/gifts?from="
        + from.code().toLowerCase(Locale.ROOT)
        + "&to="
        + to.code().toLowerCase(Locale.ROOT);
  }

  /**
   * The chart's geometry: rows named in full, columns by country code; {@code other} and {@code
   * otherShort} name the "other countries" row and column.
   */
  public MatrixChart chart(String other, String otherShort) {
    List<String> rows = parties.stream().map(c -> c == null ? other : c.name()).toList();
    List<String> columns = parties.stream().map(c -> c == null ? otherShort : c.code()).toList();
    return Charts.matrix(rows, columns, counts);
  }
}
