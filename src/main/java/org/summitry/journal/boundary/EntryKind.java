package org.summitry.journal.boundary;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import org.summitry.kernel.EntryType;

/**
 * What the {@link EntryLifecycle} must know of one kind of entry: its entity class, the type the
 * journal files it under, the noun the back office's messages use ("summit"), its label in the
 * journal, whether it has an address (a slug) and how to read and change it, the field links name
 * it by, what must hold before it is published, and which fields the back office's list searches
 * and sorts by.
 *
 * <p>Field names are the entity's JPA attribute names ({@code "dates.earliest"}); they are written
 * into queries as they are, so they come from the component's code, never from a request.
 *
 * @param sorts the back office's sort keys and the attribute each sorts by; a missing or unknown
 *     key sorts by {@code defaultSort}
 */
public record EntryKind<E extends Entry>(
    Class<E> entity,
    EntryType type,
    String noun,
    Function<E, String> label,
    String nameField,
    Function<E, String> slug,
    BiConsumer<E, String> readdress,
    Consumer<E> beforePublishing,
    List<String> searched,
    Map<String, String> sorts,
    String defaultSort) {

  public EntryKind {
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(noun, "noun");
    Objects.requireNonNull(label, "label");
    searched = List.copyOf(searched);
    sorts = Map.copyOf(sorts);
  }

  /** A kind of entry labelled in the journal by {@code label}, with no address and no list yet. */
  public static <E extends Entry> EntryKind<E> of(
      Class<E> entity, EntryType type, String noun, Function<E, String> label) {
    return new EntryKind<>(
        entity, type, noun, label, null, null, null, entry -> {}, List.of(), Map.of(), "id");
  }

  /** Links name entries of this kind by this attribute (a title, a name). */
  public EntryKind<E> namedBy(String field) {
    return new EntryKind<>(
        entity,
        type,
        noun,
        label,
        field,
        slug,
        readdress,
        beforePublishing,
        searched,
        sorts,
        defaultSort);
  }

  /**
   * Entries of this kind have a public address, unique among them; an old one redirects to the new.
   */
  public EntryKind<E> addressedBy(Function<E, String> slug, BiConsumer<E, String> readdress) {
    return new EntryKind<>(
        entity,
        type,
        noun,
        label,
        nameField,
        slug,
        readdress,
        beforePublishing,
        searched,
        sorts,
        defaultSort);
  }

  /** Refuses to publish an entry that is not ready: {@code check} throws with the reason. */
  public EntryKind<E> publishedOnlyIf(Consumer<E> check) {
    return new EntryKind<>(
        entity, type, noun, label, nameField, slug, readdress, check, searched, sorts, defaultSort);
  }

  /** The back office's list searches these attributes and sorts by these keys. */
  public EntryKind<E> listed(List<String> searched, Map<String, String> sorts, String defaultSort) {
    return new EntryKind<>(
        entity,
        type,
        noun,
        label,
        nameField,
        slug,
        readdress,
        beforePublishing,
        searched,
        sorts,
        defaultSort);
  }

  /** The JPQL name of the entity: its class's simple name, as no entity renames itself. */
  String entityName() {
    return entity.getSimpleName();
  }

  boolean addressed() {
    return slug != null;
  }
}
