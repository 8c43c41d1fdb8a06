package org.summitry.gifts.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.summitry.gifts.entity.ExchangeRate;
import org.summitry.journal.boundary.Change;
import org.summitry.journal.boundary.Journal;
import org.summitry.kernel.EditConflict;
import org.summitry.kernel.InvalidField;
import org.summitry.sources.boundary.SourceView;
import org.summitry.sources.boundary.Sources;

/**
 * The exchange rates curators keep so that statistics can convert declared values: add, change and
 * remove a rate, each change journaled under the type {@value #JOURNAL_TYPE} (so pages showing
 * converted totals are validated again). Rates are a vocabulary, not entries: no drafts, no trash.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ExchangeRates {

  /** The journal's entry type for exchange rates. */
  public static final String JOURNAL_TYPE = "EXCHANGE_RATE";

  @PersistenceContext EntityManager em;

  @Inject Journal journal;

  @Inject Sources sources;

  /** Every rate, by target currency, currency and newest date first. */
  public List<RateView> all() {
    List<ExchangeRate> rates =
        em.createNamedQuery(ExchangeRate.ALL, ExchangeRate.class).getResultList();
    Map<Long, SourceView> cited =
        sources.sourcesByIds(
            rates.stream()
                .map(ExchangeRate::getSourceId)
                .filter(id -> id != null)
                .collect(Collectors.toSet()));
    return rates.stream().map(rate -> view(rate, cited.get(rate.getSourceId()))).toList();
  }

  /**
   * The rates into {@code toCurrency} of each currency that has one, by currency: what the
   * statistics convert with, each gift's value with the rate of its year.
   */
  public Map<String, RateHistory> historiesInto(String toCurrency) {
    Map<String, java.util.NavigableMap<java.time.LocalDate, RateView>> byCurrency = new HashMap<>();
    for (RateView rate : all()) {
      if (rate.toCurrency().equals(toCurrency)) {
        byCurrency
            .computeIfAbsent(rate.currency(), c -> new java.util.TreeMap<>())
            .put(rate.validOn(), rate);
      }
    }
    Map<String, RateHistory> histories = new HashMap<>();
    byCurrency.forEach((currency, rates) -> histories.put(currency, new RateHistory(rates)));
    return histories;
  }

  /** The currencies that rates convert into, for the statistics' choice of a currency. */
  public Set<String> targets() {
    return all().stream()
        .map(RateView::toCurrency)
        .collect(Collectors.toCollection(java.util.TreeSet::new));
  }

  public Optional<RateView> forEditing(Long id) {
    return Optional.ofNullable(em.find(ExchangeRate.class, id))
        .map(rate -> view(rate, sourceOf(rate.getSourceId())));
  }

  /**
   * Adds ({@code id} null) or changes a rate and journals it in the same transaction.
   *
   * @param expectedVersion the version the editor started from; another is an {@link EditConflict}
   * @throws InvalidField when the rate converts a currency into itself, cites nothing, cites a
   *     source that does not exist, or another rate of the same currencies has the same date
   */
  @Transactional
  public Long save(Long id, Long expectedVersion, @Valid RateDraft draft, String actor) {
    if (draft.currency().equals(draft.toCurrency())) {
      throw new InvalidField("toCurrency", "refusal.rate.sameCurrency");
    }
    boolean citesText = draft.citation() != null && !draft.citation().isBlank();
    if (draft.sourceId() == null && !citesText) {
      throw new InvalidField("citation", "refusal.rate.noCitation");
    }
    if (draft.sourceId() != null && sourceOf(draft.sourceId()) == null) {
      throw new InvalidField("sourceId", "refusal.source.unknown");
    }
    if (citesText
        && draft.sourceId() == null
        && org.summitry.kernel.WebAddress.linkable(draft.citationUrl()) == null) {
      throw new InvalidField("citationUrl", "refusal.rate.citationUrl");
    }
    Long taken =
        em.createQuery(
                "SELECT r.id FROM ExchangeRate r WHERE r.currency = :c AND r.toCurrency = :t"
                    + " AND r.validOn = :d",
                Long.class)
            .setParameter("c", draft.currency())
            .setParameter("t", draft.toCurrency())
            .setParameter("d", draft.validOn())
            .getResultStream()
            .filter(other -> !other.equals(id))
            .findFirst()
            .orElse(null);
    if (taken != null) {
      throw new InvalidField("validOn", "refusal.rate.dateTaken");
    }
    ExchangeRate rate;
    if (id == null) {
      rate = new ExchangeRate(draft.currency(), draft.toCurrency(), draft.rate(), draft.validOn());
      rate.cite(draft.sourceId(), draft.citation(), draft.citationUrl());
      em.persist(rate);
    } else {
      rate = em.find(ExchangeRate.class, id);
      if (rate == null) {
        throw new IllegalArgumentException("No exchange rate " + id);
      }
      if (expectedVersion != null && expectedVersion != rate.getVersion()) {
        throw new EditConflict(rate.getVersion());
      }
      rate.set(draft.currency(), draft.toCurrency(), draft.rate(), draft.validOn());
      rate.cite(draft.sourceId(), draft.citation(), draft.citationUrl());
    }
    em.flush();
    journal.record(
        JOURNAL_TYPE,
        rate.getId(),
        id == null ? Change.CREATED : Change.UPDATED,
        actor,
        label(rate),
        snapshot(rate));
    return rate.getId();
  }

  /** Removes a rate for good; the journal keeps what it said. */
  @Transactional
  public void delete(Long id, String actor) {
    ExchangeRate rate = em.find(ExchangeRate.class, id);
    if (rate == null) {
      throw new IllegalArgumentException("No exchange rate " + id);
    }
    journal.record(JOURNAL_TYPE, id, Change.PURGED, actor, label(rate), snapshot(rate));
    em.remove(rate);
  }

  private SourceView sourceOf(Long sourceId) {
    if (sourceId == null) {
      return null;
    }
    return sources.pickable().stream()
        .filter(s -> s.id().equals(sourceId))
        .findFirst()
        .orElse(null);
  }

  private static String label(ExchangeRate rate) {
    return rate.getCurrency() + " → " + rate.getToCurrency() + " " + rate.getValidOn();
  }

  private static Map<String, String> snapshot(ExchangeRate rate) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("currency", rate.getCurrency());
    fields.put("toCurrency", rate.getToCurrency());
    fields.put("rate", rate.getRate().stripTrailingZeros().toPlainString());
    fields.put("validOn", rate.getValidOn().toString());
    fields.put("sourceId", rate.getSourceId() == null ? null : rate.getSourceId().toString());
    fields.put("citation", rate.getCitation());
    fields.put("citationUrl", rate.getCitationUrl());
    return fields;
  }

  private static RateView view(ExchangeRate rate, SourceView source) {
    BigDecimal value = rate.getRate().stripTrailingZeros();
    return new RateView(
        rate.getId(),
        rate.getCurrency(),
        rate.getToCurrency(),
        value.scale() < 0 ? value.setScale(0) : value,
        rate.getValidOn(),
        rate.getSourceId(),
        source == null
            ? null
            : (source.publisher() == null ? "" : source.publisher() + ": ") + source.title(),
        source == null ? null : source.url(),
        rate.getCitation(),
        rate.getCitationUrl(),
        rate.getVersion());
  }
}
