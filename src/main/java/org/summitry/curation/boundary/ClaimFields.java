package org.summitry.curation.boundary;

import jakarta.ws.rs.FormParam;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.summitry.curation.control.FormErrors;
import org.summitry.kernel.Text;
import org.summitry.platform.boundary.Messages;
import org.summitry.sources.boundary.Certainty;
import org.summitry.sources.boundary.ClaimDraft;

/**
 * The evidence part of an entry's form (gifts, summits, photos extend it): the sources it cites,
 * one per ticked box, and its claims, one row per claim, each control sent once per row so the
 * lists line up by position. A row left blank is no claim.
 */
public class ClaimFields {

  /** Empty rows offered after the claims already made. */
  static final int BLANK_ROWS = 2;

  /** Longest statement a claim keeps, as the database column. */
  static final int STATED_MAX = 500;

  static final int NOTE_MAX = 1000;

  /** Ids of the cited sources, one per ticked box. */
  @FormParam("source")
  public List<String> source = new ArrayList<>();

  @FormParam("claimFact")
  public List<String> claimFact = new ArrayList<>();

  @FormParam("claimSource")
  public List<String> claimSource = new ArrayList<>();

  @FormParam("claimCertainty")
  public List<String> claimCertainty = new ArrayList<>();

  @FormParam("claimRank")
  public List<String> claimRank = new ArrayList<>();

  @FormParam("claimStated")
  public List<String> claimStated = new ArrayList<>();

  @FormParam("claimNote")
  public List<String> claimNote = new ArrayList<>();

  /** One row of the claims table as typed. */
  public record Row(
      String fact, String source, String certainty, String rank, String stated, String note) {

    boolean blank() {
      return empty(fact) && empty(source) && empty(stated) && empty(note);
    }

    public boolean isPreferred() {
      return "preferred".equals(rank);
    }

    private static boolean empty(String text) {
      return text == null || text.isBlank();
    }
  }

  /** The rows sent, blank ones dropped. */
  public List<Row> rows() {
    int n =
        max(
            claimFact.size(),
            claimSource.size(),
            claimCertainty.size(),
            claimRank.size(),
            claimStated.size(),
            claimNote.size());
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Row row =
          new Row(
              at(claimFact, i),
              at(claimSource, i),
              at(claimCertainty, i),
              at(claimRank, i),
              at(claimStated, i),
              at(claimNote, i));
      if (!row.blank()) {
        rows.add(row);
      }
    }
    return rows;
  }

  /** The rows the form shows: the claims made, then blank ones to make more. */
  public List<Row> rowsToShow() {
    List<Row> rows = new ArrayList<>(rows());
    for (int i = 0; i < BLANK_ROWS; i++) {
      rows.add(new Row("", "", Certainty.REPORTED.key(), "other", "", ""));
    }
    return rows;
  }

  /**
   * The claims typed, each checked: a fact among {@code facts}, a source, a certainty, at most one
   * preferred claim per fact, texts within their length. Problems are told beside the claims.
   */
  public List<ClaimDraft> claimDrafts(List<String> facts, FormErrors errors) {
    List<ClaimDraft> drafts = new ArrayList<>();
    Set<String> preferred = new HashSet<>();
    List<Row> rows = rows();
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      int number = i + 1;
      String fact = row.fact() == null ? "" : row.fact().strip();
      if (!facts.contains(fact)) {
        errors.add("claims", Messages.get("form.error.claim.fact", number));
        continue;
      }
      Long source = null;
      try {
        source = row.source() == null ? null : Long.valueOf(row.source().strip());
      } catch (NumberFormatException e) {
        source = null;
      }
      if (source == null) {
        errors.add("claims", Messages.get("form.error.claim.source", number));
        continue;
      }
      Certainty certainty = Certainty.of(row.certainty()).orElse(null);
      if (certainty == null) {
        errors.add("claims", Messages.get("form.error.claim.certainty", number));
        continue;
      }
      if (row.isPreferred() && !preferred.add(fact)) {
        errors.add(
            "claims",
            Messages.get("form.error.claim.preferred", Messages.get("claims.fact." + fact)));
      }
      if (row.stated() != null && row.stated().length() > STATED_MAX) {
        errors.add("claims", Messages.get("form.error.claim.stated", number, STATED_MAX));
      }
      if (row.note() != null && row.note().length() > NOTE_MAX) {
        errors.add("claims", Messages.get("form.error.claim.note", number, NOTE_MAX));
      }
      drafts.add(
          new ClaimDraft(
              fact,
              source,
              certainty,
              row.isPreferred(),
              Text.strippedOrNull(row.stated()),
              Text.strippedOrNull(row.note())));
    }
    return drafts;
  }

  /** The ticked sources as ids; anything else is refused beside the sources field. */
  public List<Long> sourceIds(FormErrors errors) {
    List<Long> ids = new ArrayList<>();
    for (String value : source) {
      if (value == null || value.isBlank()) {
        continue;
      }
      try {
        ids.add(Long.valueOf(value.strip()));
      } catch (NumberFormatException e) {
        errors.add("sources", Messages.get("form.error.source"));
      }
    }
    return ids;
  }

  /** The claims typed as the journal writes them, for comparing a form with a snapshot. */
  public String claimLines() {
    List<ClaimDraft> drafts = new ArrayList<>();
    for (Row row : rows()) {
      try {
        drafts.add(
            new ClaimDraft(
                row.fact() == null ? "" : row.fact().strip(),
                Long.valueOf(row.source().strip()),
                Certainty.of(row.certainty()).orElse(Certainty.REPORTED),
                row.isPreferred(),
                Text.strippedOrNull(row.stated()),
                Text.strippedOrNull(row.note())));
      } catch (RuntimeException unreadable) {
        // A row without a usable source is no claim yet; the form refuses it on saving.
      }
    }
    return ClaimDraft.lines(drafts);
  }

  /**
   * Ticks the sources and fills the claim rows of a snapshot ("sources" lines "id | publisher:
   * title", "claims" lines), for editing or restoring a revision.
   */
  protected void readEvidence(java.util.Map<String, String> fields) {
    String sources = fields.get("sources");
    if (sources != null && !sources.isBlank()) {
      for (String line : sources.split("\n")) {
        int bar = line.indexOf(" | ");
        source.add(bar < 0 ? line.strip() : line.substring(0, bar).strip());
      }
    }
    readClaims(fields.get("claims"));
  }

  private void readClaims(String lines) {
    for (ClaimDraft claim : ClaimDraft.parse(lines)) {
      claimFact.add(claim.fact());
      claimSource.add(claim.sourceId().toString());
      claimCertainty.add(claim.certainty().key());
      claimRank.add(claim.preferred() ? "preferred" : "other");
      claimStated.add(claim.stated() == null ? "" : claim.stated());
      claimNote.add(claim.note() == null ? "" : claim.note());
    }
  }

  private static String at(List<String> values, int i) {
    return i < values.size() ? values.get(i) : null;
  }

  private static int max(int... sizes) {
    int max = 0;
    for (int size : sizes) {
      max = Math.max(max, size);
    }
    return max;
  }
}
