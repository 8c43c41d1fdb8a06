package org.summitry.sources.boundary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An entry's sources as its public page numbers them, and for each fact the claims resting on them:
 * those that support what the page shows ("according to Kremlin¹"), and other accounts that differ
 * from it ("KCNA²: did not give one").
 *
 * @param sources the entry's cited sources in the curator's order, then sources only claims name
 */
public record ClaimSheet(List<SourceView> sources, Map<String, FactClaims> facts) {

  /** One claim pointing at the sources list: {@code number} counts from 1. */
  public record Ref(
      int number, SourceView source, Certainty certainty, String stated, String note) {

    /** How the page names the source in a sentence: its publisher, else its title. */
    public String name() {
      return source.publisher() != null ? source.publisher() : source.title();
    }

    /** The certainty's message key suffix, such as "reported". */
    public String certaintyKey() {
      return certainty.key();
    }
  }

  /** The claims of one fact: those supporting the page's value, then differing accounts. */
  public record FactClaims(List<Ref> according, List<Ref> others) {}

  public static ClaimSheet of(List<SourceView> cited, List<ClaimView> claims) {
    List<SourceView> sources = new ArrayList<>(cited);
    Map<Long, Integer> numbers = new LinkedHashMap<>();
    for (int i = 0; i < sources.size(); i++) {
      numbers.putIfAbsent(sources.get(i).id(), i + 1);
    }
    Map<String, List<ClaimView>> byFact = new LinkedHashMap<>();
    for (ClaimView claim : claims) {
      if (!numbers.containsKey(claim.source().id())) {
        sources.add(claim.source());
        numbers.put(claim.source().id(), sources.size());
      }
      byFact.computeIfAbsent(claim.fact(), f -> new ArrayList<>()).add(claim);
    }
    Map<String, FactClaims> facts = new LinkedHashMap<>();
    byFact.forEach(
        (fact, list) -> {
          List<Ref> according = new ArrayList<>();
          List<Ref> others = new ArrayList<>();
          list.stream()
              .sorted(Comparator.comparing(c -> !c.preferred()))
              .forEach(
                  c -> {
                    Ref ref =
                        new Ref(
                            numbers.get(c.source().id()),
                            c.source(),
                            c.certainty(),
                            c.stated(),
                            c.note());
                    if (c.preferred() || c.stated() == null) {
                      according.add(ref);
                    } else {
                      others.add(ref);
                    }
                  });
          facts.put(fact, new FactClaims(List.copyOf(according), List.copyOf(others)));
        });
    return new ClaimSheet(List.copyOf(sources), Map.copyOf(facts));
  }

  /** The claims of a fact, or null when no public source makes one. */
  public FactClaims fact(String name) {
    return facts.get(name);
  }
}
