package org.summitry.site.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Models;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.summitry.journal.boundary.Journal;
import org.summitry.journal.boundary.Withdrawal;
import org.summitry.kernel.EntryType;
import org.summitry.platform.boundary.Messages;

/**
 * What the address of an entry that is not public answers: 410 Gone with a short tombstone (its
 * title and the day it was withdrawn, from the journal) when the public could once see it, 404
 * otherwise, so a draft's title is never told. A purged entry's address names no row any more and
 * is a 404. The page carries no validators and the page cache keeps only 200s, so it goes as soon
 * as the entry is public again.
 */
@ApplicationScoped
public class Tombstones {

  @Inject Journal journal;
  @Inject Models models;

  /**
   * The tombstone of the entry {@code id} names, or a 404.
   *
   * @param id the entry at the address in any state, if there is one
   * @throws NotFoundException when there is none or it never was public
   */
  public Response gone(EntryType type, Optional<Long> id) {
    Withdrawal withdrawal =
        id.flatMap(entry -> journal.withdrawal(type.name(), entry))
            .orElseThrow(NotFoundException::new);
    String list =
        switch (type) {
          case GIFT -> "gifts";
          case PERSON -> "people";
          case COUNTRY -> "countries";
          case SOURCE -> "sources";
          case STORY -> "stories";
          default -> "summits";
        };
    models.put("withdrawal", withdrawal);
    models.put(
        "withdrawnAt",
        DateTimeFormatter.ISO_INSTANT.format(
            withdrawal.at().truncatedTo(ChronoUnit.SECONDS).toInstant()));
    models.put("kind", Messages.get("withdrawn.kind." + type.name()));
    models.put("listPath", "/" + list);
    models.put("listLabel", Messages.get("error.search." + list));
    return Response.status(Response.Status.GONE)
        .entity("errors/withdrawn.html")
        .header("Cache-Control", "no-cache")
        .build();
  }
}
