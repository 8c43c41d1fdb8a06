package org.summitry.site.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.summitry.gifts.boundary.GiftView;
import org.summitry.people.boundary.CountryView;
import org.summitry.platform.boundary.Fragments;
import org.summitry.platform.boundary.KeptOutput;
import org.summitry.summits.boundary.SummitView;

/**
 * Gift cards (and summits' rows in lists, {@link #summit}) drawn by the {@code giftCard} fragment
 * of {@code fragments.html} once per gift and archive state, and placed by {@code
 * th:utext="${keptCards.html(card)}"} in every page that shows the gift; and parts of pages that
 * show one entry or the whole archive ({@link #fragment}: a summit's locator map, exchanges and
 * gallery, a country's or the timeline's chart, the flows matrix), kept the same way. The archive
 * state is the one the page cache read as the request arrived, before any entry was read; a request
 * without one (a signed-in curator's) renders its cards afresh.
 */
@ApplicationScoped
public class KeptCards {

  /** The request attribute holding the archive state the request's entries were read under. */
  static final String EPOCH = KeptCards.class.getName() + ".epoch";

  @Inject Fragments fragments;
  @Inject HttpServletRequest request;

  private KeptOutput<String> kept = new KeptOutput<>(0);

  @Inject
  void configure(
      @ConfigProperty(name = "summitry.kept.cards", defaultValue = "20000") int capacity) {
    kept = new KeptOutput<>(capacity);
  }

  /** The card's markup for the page being rendered. */
  public String html(GiftCard card) {
    Object epoch = request.getAttribute(EPOCH);
    if (epoch == null) {
      return render(card);
    }
    return kept.get(key("giftCard", card.gift().id()), epoch, () -> render(card));
  }

  /**
   * The markup of the cards of {@code gifts}, in their order: cards kept under the request's
   * archive state are placed as they are, and only the gifts without one are read further ({@code
   * cards}: parties, photos, titles) and drawn, so a list whose cards are all kept reads nothing
   * but the gifts themselves.
   */
  public List<String> markup(List<GiftView> gifts, Function<List<GiftView>, List<GiftCard>> cards) {
    Object epoch = request.getAttribute(EPOCH);
    if (epoch == null) {
      return cards.apply(gifts).stream().map(this::render).toList();
    }
    Map<Long, String> found = new HashMap<>();
    List<GiftView> missing = new ArrayList<>();
    for (GiftView gift : gifts) {
      String html = kept.find(key("giftCard", gift.id()), epoch);
      if (html == null) {
        missing.add(gift);
      } else {
        found.put(gift.id(), html);
      }
    }
    if (!missing.isEmpty()) {
      for (GiftCard card : cards.apply(missing)) {
        String html = render(card);
        kept.put(key("giftCard", card.gift().id()), epoch, html);
        found.put(card.gift().id(), html);
      }
    }
    return gifts.stream().map(gift -> found.get(gift.id())).filter(Objects::nonNull).toList();
  }

  /**
   * A summit's row in lists ({@code summitItem} of {@code fragments.html}), with its country when
   * the list names it, kept like the cards; {@code translated} holds the summits whose title is in
   * the page's language.
   */
  public String summit(SummitView summit, CountryView country, Set<Long> translated) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("summit", summit);
    variables.put("country", country);
    variables.put("translatedSummits", translated);
    Object epoch = request.getAttribute(EPOCH);
    if (epoch == null) {
      return fragments.render("fragments", "summitItem", variables, request);
    }
    return kept.get(
        key("summitItem", country == null ? summit.id() : summit.id() + "/" + country.code()),
        epoch,
        () -> fragments.render("fragments", "summitItem", variables, request));
  }

  /**
   * The output of {@code fragment} of {@code template} where it shows one entry ({@code entry},
   * with its kind: {@code "summit/12"}) and nothing else of the request but its language and
   * address, kept like the cards: a summit's locator map, its exchanges, a gallery. {@code
   * variables} are asked for only when the fragment is drawn, so what it alone shows is read only
   * then.
   */
  public String fragment(
      String template, String fragment, String entry, Supplier<Map<String, Object>> variables) {
    Supplier<String> draw = () -> fragments.render(template, fragment, variables.get(), request);
    Object epoch = request.getAttribute(EPOCH);
    if (epoch == null) {
      return draw.get();
    }
    return kept.get(key(template + " :: " + fragment, entry), epoch, draw);
  }

  /** What a fragment's output depends on besides the archive's state, for this request. */
  private KeptOutput.Key key(String fragment, Object entry) {
    return new KeptOutput.Key(
        fragment, entry, fragments.locale(request).toLanguageTag(), request.getContextPath());
  }

  private String render(GiftCard card) {
    return fragments.render("fragments", "giftCard", Map.of("card", card), request);
  }

  /** Cards placed from what was kept and cards drawn, since start. */
  long[] hitsAndMisses() {
    return kept.hitsAndMisses();
  }
}
