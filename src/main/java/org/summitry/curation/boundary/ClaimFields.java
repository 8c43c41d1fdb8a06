package org.summitry.curation.boundary;

import jakarta.ws.rs.FormParam;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.summitry.curation.control.FormErrors;
import org.summitry.kernel.InvalidField;
import org.summitry.kernel.Text;
import org.summitry.platform.boundary.Messages;
import org.summitry.sources.boundary.Certainty;
import org.summitry.sources.boundary.CitationDraft;
import org.summitry.sources.boundary.ClaimDraft;

/**
 * The evidence part of an entry's form (gifts, summits, photos extend it): the sources it cites,
 * one per ticked box, and its claims, one row per claim, each control sent once per row so the
 * lists line up by position. A row left blank is no claim.
 */
public abstract class ClaimFields extends EditedForm {

  /** Empty rows offered after the claims already made. */
  static final int BLANK_ROWS = 2;

  /** Longest statement a claim keeps, as the database column. */
  static final int STATED_MAX = 500;

  static final int NOTE_MAX = 1000;

  /** Ids of the cited sources, one per ticked box. */
  @FormParam("source")
  public List<String> source = new ArrayList<>();

  /**
   * The sources offered, one per box ticked or not, each followed by its citation's details: the
   * lists line up by position, so the details of a box left unticked are dropped.
   */
  @FormParam("citeFor")
  public List<String> citeFor = new ArrayList<>();

  @FormParam("citePage")
  public List<String> citePage = new ArrayList<>();

  @FormParam("citeQuote")
  public List<String> citeQuote = new ArrayList<>();

  @FormParam("citeNote")
  public List<String> citeNote = new ArrayList<>();

  @FormParam("citeAccessed")
  public List<String> citeAccessed = new ArrayList<>();

  /** A citation's details as typed, shown again beside its source. */
  public record Detail(String page, String quote, String note, String accessed) {

    static final Detail NONE = new Detail("", "", "", "");

    /** Whether anything is typed, so the form shows the details open. */
    public boolean any() {
      return !(page.isBlank() && quote.isBlank() && note.isBlank() && accessed.isBlank());
    }
  }

  /** The details typed beside the source with this id; nothing typed when none was. */
  public Detail detail(Object sourceId) {
    String id = String.valueOf(sourceId);
    for (int i = 0; i < citeFor.size(); i++) {
      if (id.equals(citeFor.get(i))) {
        return new Detail(
            orEmpty(at(citePage, i)),
            orEmpty(at(citeQuote, i)),
            orEmpty(at(citeNote, i)),
            orEmpty(at(citeAccessed, i)));
      }
    }
    return Detail.NONE;
  }

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

  /**
   * The ticked sources as citations, each with the details typed beside it; anything unreadable (an
   * id, a date that is no ISO date or lies in the future, a text too long) is refused beside the
   * sources field.
   */
  public List<CitationDraft> citations(FormErrors errors) {
    List<CitationDraft> citations = new ArrayList<>();
    for (String value : source) {
      if (value == null || value.isBlank()) {
        continue;
      }
      Long id;
      try {
        id = Long.valueOf(value.strip());
      } catch (NumberFormatException e) {
        errors.add("sources", Messages.get("form.error.source"));
        continue;
      }
      Detail typed = detail(id);
      LocalDate accessed = CitationDraft.date(typed.accessed());
      if (accessed == null && !typed.accessed().isBlank()) {
        errors.add("sources", Messages.get("form.error.citation.accessed", typed.accessed()));
        continue;
      }
      CitationDraft citation =
          new CitationDraft(
              id,
              Text.strippedOrNull(typed.page()),
              Text.strippedOrNull(typed.quote()),
              Text.strippedOrNull(typed.note()),
              accessed);
      try {
        citation.check();
      } catch (InvalidField refused) {
        errors.add("sources", refused.message(Messages.locale()));
        continue;
      }
      citations.add(citation);
    }
    return citations;
  }

  /** The details of the ticked citations as the journal writes them, for comparing. */
  public String citationLines() {
    List<CitationDraft> citations = new ArrayList<>();
    for (String value : source) {
      try {
        Long id = Long.valueOf(value.strip());
        Detail typed = detail(id);
        citations.add(
            new CitationDraft(
                id,
                Text.strippedOrNull(typed.page()),
                Text.strippedOrNull(typed.quote()),
                Text.strippedOrNull(typed.note()),
                CitationDraft.date(typed.accessed())));
      } catch (RuntimeException unreadable) {
        // Not a source's id: the form refuses it on saving.
      }
    }
    return CitationDraft.lines(citations);
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
    for (CitationDraft citation : CitationDraft.parse(fields.get("citations"))) {
      citeFor.add(citation.sourceId().toString());
      citePage.add(orEmpty(citation.page()));
      citeQuote.add(orEmpty(citation.quote()));
      citeNote.add(orEmpty(citation.note()));
      citeAccessed.add(citation.accessed() == null ? "" : citation.accessed().toString());
    }
    readClaims(fields.get("claims"));
  }

  private static String orEmpty(String text) {
    return text == null ? "" : text;
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
