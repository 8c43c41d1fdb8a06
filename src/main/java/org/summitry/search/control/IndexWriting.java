package org.summitry.search.control;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;

/**
 * Writing the index: each {@link IndexDocument} as the fields that searching, facets, highlights
 * and lists read, and how far into the journal the index is, kept in each commit's user data so
 * that it survives restarts.
 */
final class IndexWriting {

  /** Bumped whenever documents change shape; an index of another format is rebuilt. */
  static final String FORMAT = "8";

  private static final String POSITION = "position";
  private static final String FORMAT_KEY = "format";

  private final IndexWriter writer;
  private final FacetsConfig config;
  private volatile long position;

  /**
   * A writer of the index in {@code directory}, made empty first (and committed at position 0) when
   * {@code recreate}.
   */
  IndexWriting(
      Directory directory, Analyzer analyzer, FacetsConfig config, boolean recreate, long position)
      throws IOException {
    this.config = config;
    this.position = position;
    IndexWriterConfig writerConfig =
        new IndexWriterConfig(analyzer)
            .setOpenMode(
                recreate ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.APPEND)
            .setRAMBufferSizeMB(128);
    this.writer = new IndexWriter(directory, writerConfig);
    if (recreate) {
      commit(0);
    }
  }

  /**
   * The journal position of the index in {@code directory}, or -1 when there is none or it has
   * another format.
   */
  static long committedPosition(Directory directory) throws IOException {
    if (!DirectoryReader.indexExists(directory)) {
      return -1;
    }
    Map<String, String> data = SegmentInfos.readLatestCommit(directory).getUserData();
    if (!FORMAT.equals(data.get(FORMAT_KEY))) {
      return -1;
    }
    return Long.parseLong(data.getOrDefault(POSITION, "0"));
  }

  IndexWriter writer() {
    return writer;
  }

  /** The last journal row whose change the index holds. */
  long position() {
    return position;
  }

  void put(IndexDocument document) throws IOException {
    writer.updateDocument(new Term("key", document.key()), config.build(toLucene(document)));
  }

  void add(IndexDocument document) throws IOException {
    writer.addDocument(config.build(toLucene(document)));
  }

  void remove(String type, long id) throws IOException {
    writer.deleteDocuments(new Term("key", IndexDocument.key(type, id)));
  }

  void removeAll() throws IOException {
    writer.deleteAll();
  }

  /** Makes the changes so far durable, remembering the journal position. */
  void commit(long journalPosition) throws IOException {
    writer.setLiveCommitData(
        Map.of(FORMAT_KEY, FORMAT, POSITION, String.valueOf(journalPosition)).entrySet());
    writer.commit();
    position = journalPosition;
  }

  void rollback() throws IOException {
    writer.rollback();
  }

  void close() throws IOException {
    writer.close();
  }

  private static Document toLucene(IndexDocument d) {
    Document doc = new Document();
    doc.add(new StringField("key", d.key(), Store.YES));
    doc.add(new StringField("type", d.type(), Store.YES));
    doc.add(new StoredField("id", d.id()));
    doc.add(new NumericDocValuesField("id", d.id()));
    if (d.path() != null) {
      doc.add(new StoredField("path", d.path()));
    }
    text(doc, "title", d.title(), Store.YES);
    text(doc, "names", d.names(), Store.NO);
    text(doc, "body", d.body(), Store.YES);
    text(doc, "related", d.related(), Store.YES);
    if (d.when() != null) {
      doc.add(new StoredField("when", d.when()));
    }
    if (d.thumbnail() != null) {
      doc.add(new StoredField("thumbnail", d.thumbnail()));
    }
    doc.add(
        new NumericDocValuesField(
            "date", d.earliest() == null ? Long.MIN_VALUE : d.earliest().toEpochDay()));
    if (d.earliest() != null) {
      doc.add(new LongPoint("earliest", d.earliest().toEpochDay()));
    }
    if (d.latest() != null) {
      doc.add(new LongPoint("latest", d.latest().toEpochDay()));
    }
    String sortTitle = d.title() == null ? "" : d.title().toLowerCase(Locale.ROOT);
    doc.add(
        new SortedDocValuesField(
            "sort_title",
            new BytesRef(sortTitle.length() > 100 ? sortTitle.substring(0, 100) : sortTitle)));
    d.facets().forEach((dim, value) -> doc.add(new SortedSetDocValuesFacetField(dim, value)));
    d.keys().forEach((name, value) -> doc.add(new StringField(name, value, Store.NO)));
    return doc;
  }

  /**
   * Words of a field searched for words only, never for phrases: the positions of each word, which
   * nothing reads there, are left out, so the index and its rebuild write less for the longest
   * fields.
   */
  private static final FieldType WORDS = words(false, IndexOptions.DOCS_AND_FREQS);

  /**
   * Words of the fields that results show marked (title, body, related): where each word starts and
   * ends is kept too, so the highlighter reads a result's words from the index instead of analysing
   * its stored text again on every search.
   */
  private static final FieldType STORED_WORDS =
      words(true, IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);

  private static FieldType words(boolean stored, IndexOptions options) {
    FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
    type.setStored(stored);
    type.setIndexOptions(options);
    type.setOmitNorms(options == IndexOptions.DOCS);
    type.freeze();
    return type;
  }

  /**
   * Neighbouring words two by two, for phrases: how often each pair occurs and in how long a text,
   * but not where.
   */
  private static final FieldType PAIRS = words(false, IndexOptions.DOCS_AND_FREQS);

  private static void text(Document doc, String field, String value, Store store) {
    if (value == null || value.isBlank()) {
      return;
    }
    doc.add(new Field(field, value, store == Store.YES ? STORED_WORDS : WORDS));
    boolean phrases = QueryText.PHRASE_WEIGHTS.containsKey(field);
    if (phrases) {
      doc.add(new Field(field + Analyzers.PAIRS, value, PAIRS));
    }
    // Korean and Russian phrases are matched by position: few documents hold those scripts.
    FieldType variant = phrases ? TextField.TYPE_NOT_STORED : WORDS;
    if (Analyzers.hasHangul(value)) {
      doc.add(new Field(field + Analyzers.KOREAN, value, variant));
    }
    if (Analyzers.hasCyrillic(value)) {
      doc.add(new Field(field + Analyzers.RUSSIAN, value, variant));
    }
  }
}
