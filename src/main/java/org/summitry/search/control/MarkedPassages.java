package org.summitry.search.control;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.summitry.search.boundary.Marked;

/**
 * Turns the highlighter's best passages of a field into {@link Marked} pieces: the text between
 * matches plain, each match (overlapping ones joined) marked, passages that do not touch joined by
 * an ellipsis. The text stays as stored; whoever shows it escapes it.
 */
final class MarkedPassages extends PassageFormatter {

  static final String ELLIPSIS = " … ";

  @Override
  public List<Marked> format(Passage[] passages, String content) {
    Pieces pieces = new Pieces();
    int pos = 0;
    for (Passage passage : passages) {
      if (passage.getStartOffset() > pos && pos > 0) {
        pieces.add(ELLIPSIS, false);
      }
      pos = passage.getStartOffset();
      for (int i = 0; i < passage.getNumMatches(); i++) {
        int start = passage.getMatchStarts()[i];
        int end = passage.getMatchEnds()[i];
        while (i + 1 < passage.getNumMatches() && passage.getMatchStarts()[i + 1] < end) {
          end = Math.max(end, passage.getMatchEnds()[++i]);
        }
        end = Math.min(end, passage.getEndOffset());
        if (start < pos) {
          start = pos;
        }
        pieces.add(content.substring(pos, start), false);
        pieces.add(content.substring(start, Math.max(start, end)), true);
        pos = Math.max(pos, end);
      }
      pieces.add(content.substring(pos, Math.max(pos, passage.getEndOffset())), false);
      pos = Math.max(pos, passage.getEndOffset());
    }
    return pieces.list;
  }

  /** Pieces with empty ones left out and neighbours of the same kind run together. */
  private static final class Pieces {
    private final List<Marked> list = new ArrayList<>();

    void add(String text, boolean marked) {
      if (text.isEmpty()) {
        return;
      }
      int last = list.size() - 1;
      if (last >= 0 && list.get(last).marked() == marked) {
        list.set(last, new Marked(list.get(last).text() + text, marked));
      } else {
        list.add(new Marked(text, marked));
      }
    }
  }
}
