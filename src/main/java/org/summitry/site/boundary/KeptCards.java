package org.summitry.site.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.summitry.platform.boundary.Fragments;
import org.summitry.platform.boundary.KeptOutput;

/**
 * Gift cards drawn by the {@code giftCard} fragment of {@code fragments.html} once per gift and
 * archive state, and placed by {@code th:utext="${keptCards.html(card)}"} in every page that shows
 * the gift. The archive state is the one the page cache read as the request arrived, before any
 * entry was read; a request without one (a signed-in curator's) renders its cards afresh.
 */
@ApplicationScoped
public class KeptCards {

  /** The request attribute holding the archive state the request's entries were read under. */
  static final String EPOCH = KeptCards.class.getName() + ".epoch";

  @Inject Fragments fragments;
  @Inject HttpServletRequest request;

  private KeptOutput kept = new KeptOutput(0);

  @Inject
  void configure(
      @ConfigProperty(name = "summitry.kept.cards", defaultValue = "20000") int capacity) {
    kept = new KeptOutput(capacity);
  }

  /** The card's markup for the page being rendered. */
  public String html(GiftCard card) {
    String contextPath = request.getContextPath();
    Object epoch = request.getAttribute(EPOCH);
    if (epoch == null) {
      return render(card);
    }
    return kept.get(
        new KeptOutput.Key(
            "giftCard", card.gift().id(), fragments.locale(request).toLanguageTag(), contextPath),
        epoch,
        () -> render(card));
  }

  private String render(GiftCard card) {
    return fragments.render("fragments", "giftCard", Map.of("card", card), request);
  }

  /** Cards placed from what was kept and cards drawn, since start. */
  long[] hitsAndMisses() {
    return kept.hitsAndMisses();
  }
}
