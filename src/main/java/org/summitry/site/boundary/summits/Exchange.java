package org.summitry.site.boundary.summits;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.summitry.site.boundary.GiftCard;

/**
 * The gifts that went one way at a summit (from one giver to one recipient), so a summit page can
 * show both directions of an exchange side by side.
 */
public record Exchange(GiftCard first, List<GiftCard> gifts) {

  static List<Exchange> group(List<GiftCard> cards) {
    Map<List<Object>, List<GiftCard>> byDirection = new LinkedHashMap<>();
    for (GiftCard card : cards) {
      List<Object> key =
          Arrays.asList(
              card.gift().giverPersonId(),
              card.gift().giverCountryId(),
              card.gift().recipientPersonId(),
              card.gift().recipientCountryId());
      byDirection.computeIfAbsent(key, k -> new ArrayList<>()).add(card);
    }
    return byDirection.values().stream()
        .map(list -> new Exchange(list.get(0), List.copyOf(list)))
        .toList();
  }
}
