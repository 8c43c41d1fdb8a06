package org.summitry.scale;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Every request a load run sent: when it started, of which kind, how it was answered and how long
 * the answer took. A request that got no answer is kept too, as {@link #FAILED} (refused or cut
 * connection) or {@link #TIMED_OUT}, so that an outage shows up as what a visitor met rather than
 * as missing samples.
 */
final class RequestLog {

  /** What a request was for. */
  enum Kind {
    /** A public page, as a visitor asks for it (not signed in). */
    READ,
    /**
     * A back-office page a write needs first (a form and its token), signing in, progress pages.
     */
    ADMIN,
    /** A form sent that changes the archive: a save, a publish, an upload, an import step. */
    WRITE
  }

  /** No answer: the connection was refused or broken. */
  static final int FAILED = -1;

  /** No answer within the client's timeout. */
  static final int TIMED_OUT = -2;

  /** Latency past which a request counts as hanging, in nanoseconds (10 s). */
  static final long SLOW = 10_000_000_000L;

  /**
   * One request.
   *
   * @param at when it started, in milliseconds since the run's start
   * @param retryAfter whether a 503 carried {@code Retry-After}
   * @param cached whether the page came from the server's page cache ({@code X-Cache: hit})
   */
  record Sample(
      long at, Kind kind, String path, int status, long nanos, boolean retryAfter, boolean cached) {

    /** "2xx" … "5xx", "failed" or "timeout". */
    String outcome() {
      return status == FAILED ? "failed" : status == TIMED_OUT ? "timeout" : (status / 100) + "xx";
    }
  }

  /** An answer, or its absence ({@code response} null, status {@link #FAILED} or timed out). */
  record Answer<T>(int status, HttpResponse<T> response, long nanos) {

    boolean answered() {
      return response != null;
    }

    String header(String name) {
      return response == null ? "" : response.headers().firstValue(name).orElse("");
    }
  }

  /** A request as the client library sends it. */
  @FunctionalInterface
  interface Call<T> {
    HttpResponse<T> send() throws IOException, InterruptedException;
  }

  private final long origin = System.nanoTime();
  private final ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
  private final Map<String, Note> notes = new ConcurrentSkipListMap<>();

  /** Something a person was shown, first as it was seen, and how often it was seen. */
  private static final class Note {
    final String first;
    final LongAdder times = new LongAdder();

    Note(String first) {
      this.first = first;
    }
  }

  /**
   * Keeps what a person was shown on an occasion ({@code "write create 500"}): the first text, and
   * a count of every time it happened.
   */
  void note(String occasion, String text) {
    notes.computeIfAbsent(occasion, o -> new Note(text)).times.increment();
  }

  /** The occasions noted, each with its count and the text first shown. */
  String notes() {
    StringBuilder lines = new StringBuilder();
    notes.forEach(
        (occasion, note) ->
            lines
                .append("- ")
                .append(occasion)
                .append(" (")
                .append(note.times.sum())
                .append("×): ")
                .append(note.first)
                .append('\n'));
    return lines.toString();
  }

  /** Sends a request, times it and keeps the sample; never throws on a missing answer. */
  <T> Answer<T> send(Kind kind, String path, Call<T> call) {
    long start = System.nanoTime();
    HttpResponse<T> response = null;
    int status;
    try {
      response = call.send();
      status = response.statusCode();
    } catch (HttpTimeoutException e) {
      status = TIMED_OUT;
    } catch (IOException e) {
      status = FAILED;
    } catch (UncheckedIOException e) {
      status = e.getCause() instanceof HttpTimeoutException ? TIMED_OUT : FAILED;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      status = FAILED;
    }
    long took = System.nanoTime() - start;
    boolean retryAfter =
        response != null && response.headers().firstValue("Retry-After").isPresent();
    boolean cached =
        response != null && "hit".equals(response.headers().firstValue("X-Cache").orElse(""));
    samples.add(
        new Sample(
            (start - origin) / 1_000_000,
            kind,
            path,
            status,
            took,
            retryAfter,
            status == 200 && cached));
    return new Answer<>(status, response, took);
  }

  /** Seconds since the run started. */
  double elapsedSeconds() {
    return (System.nanoTime() - origin) / 1e9;
  }

  List<Sample> samples() {
    List<Sample> all = new ArrayList<>(samples);
    all.sort(Comparator.comparingLong(Sample::at));
    return all;
  }

  /** Requests by kind and outcome, with latency percentiles: a Markdown table. */
  String summary() {
    Map<Kind, List<Sample>> byKind = byKind();
    StringBuilder table =
        new StringBuilder(
            "| kind | requests | 2xx | 3xx | 4xx | 5xx | no answer | timed out | p50 ms | p95 ms |"
                + " p99 ms | max ms | over 10 s |\n"
                + "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
                + " ---: | ---: |\n");
    for (Map.Entry<Kind, List<Sample>> entry : byKind.entrySet()) {
      List<Sample> list = entry.getValue();
      long[] sorted = list.stream().mapToLong(Sample::nanos).sorted().toArray();
      table.append(
          String.format(
              Locale.ROOT,
              "| %s | %d | %d | %d | %d | %d | %d | %d | %.1f | %.1f | %.1f | %.1f | %d |%n",
              entry.getKey().name().toLowerCase(Locale.ROOT),
              list.size(),
              count(list, "2xx"),
              count(list, "3xx"),
              count(list, "4xx"),
              count(list, "5xx"),
              count(list, "failed"),
              count(list, "timeout"),
              percentile(sorted, 50) / 1e6,
              percentile(sorted, 95) / 1e6,
              percentile(sorted, 99) / 1e6,
              sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6,
              list.stream().filter(s -> s.nanos() > SLOW).count()));
    }
    return table.toString();
  }

  private Map<Kind, List<Sample>> byKind() {
    Map<Kind, List<Sample>> byKind = new EnumMap<>(Kind.class);
    for (Kind kind : Kind.values()) {
      byKind.put(kind, new ArrayList<>());
    }
    for (Sample sample : samples) {
      byKind.get(sample.kind()).add(sample);
    }
    return byKind;
  }

  /** The count of requests of one kind with one outcome ("5xx", "failed" ...). */
  long count(Kind kind, String outcome) {
    return samples.stream().filter(s -> s.kind() == kind && s.outcome().equals(outcome)).count();
  }

  private static long count(List<Sample> list, String outcome) {
    return list.stream().filter(s -> s.outcome().equals(outcome)).count();
  }

  /** How many 503 answers there were, and how many of them said when to come back. */
  String serviceUnavailable() {
    long all = samples.stream().filter(s -> s.status() == 503).count();
    long retry = samples.stream().filter(s -> s.status() == 503 && s.retryAfter()).count();
    return all + " answers 503, " + retry + " of them with Retry-After";
  }

  /**
   * The requests that took longer than 10 s (or got no answer within the timeout), oldest first.
   */
  List<Sample> slow() {
    return samples().stream().filter(s -> s.nanos() > SLOW || s.status() == TIMED_OUT).toList();
  }

  /**
   * One line per second of the run: for reads and writes (back-office pages counted with writes),
   * how many requests started in that second and how each was answered, cache hits, and the median
   * and longest latency. The picture of an outage and of the recovery after it.
   */
  String timeline() {
    Map<Long, List<Sample>> perSecond = new TreeMap<>();
    for (Sample sample : samples) {
      perSecond.computeIfAbsent(sample.at() / 1000, s -> new ArrayList<>()).add(sample);
    }
    StringBuilder lines =
        new StringBuilder(
            "   s |  read: 2xx (cached)  3xx  4xx  5xx  none  t/o   p50 ms   max ms |"
                + " admin+write: 2xx  3xx  4xx  5xx  none  t/o   p50 ms   max ms\n");
    for (Map.Entry<Long, List<Sample>> second : perSecond.entrySet()) {
      List<Sample> reads = second.getValue().stream().filter(s -> s.kind() == Kind.READ).toList();
      List<Sample> writes = second.getValue().stream().filter(s -> s.kind() != Kind.READ).toList();
      lines.append(String.format(Locale.ROOT, "%4d |", second.getKey()));
      lines.append(
          String.format(
              Locale.ROOT,
              "  %9d (%6d) %4d %4d %4d %5d %4d %8.0f %8.0f |",
              count(reads, "2xx"),
              reads.stream().filter(Sample::cached).count(),
              count(reads, "3xx"),
              count(reads, "4xx"),
              count(reads, "5xx"),
              count(reads, "failed"),
              count(reads, "timeout"),
              median(reads) / 1e6,
              max(reads) / 1e6));
      lines.append(
          String.format(
              Locale.ROOT,
              " %16d %4d %4d %4d %5d %4d %8.0f %8.0f%n",
              count(writes, "2xx"),
              count(writes, "3xx"),
              count(writes, "4xx"),
              count(writes, "5xx"),
              count(writes, "failed"),
              count(writes, "timeout"),
              median(writes) / 1e6,
              max(writes) / 1e6));
    }
    return lines.toString();
  }

  /** Writes every sample as a tab-separated line, for a closer look after the run. */
  void write(Path file) {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("start_ms\tkind\tstatus\tmillis\tretry_after\tcache_hit\tpath\n");
      for (Sample s : samples()) {
        out.write(
            String.format(
                Locale.ROOT,
                "%d\t%s\t%d\t%.1f\t%b\t%b\t%s%n",
                s.at(),
                s.kind(),
                s.status(),
                s.nanos() / 1e6,
                s.retryAfter(),
                s.cached(),
                s.path()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long median(List<Sample> list) {
    return percentile(list.stream().mapToLong(Sample::nanos).sorted().toArray(), 50);
  }

  private static long max(List<Sample> list) {
    return list.stream().mapToLong(Sample::nanos).max().orElse(0);
  }

  static long percentile(long[] sorted, int p) {
    if (sorted.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank))];
  }
}
