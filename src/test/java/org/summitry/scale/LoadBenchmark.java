package org.summitry.scale;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load on a running archive: a number of clients (16 by default), each sending one request after
 * another for a while, against sets of addresses in turn: search in several scripts, filtered and
 * deep gift lists, gift and summit pages, the summit and people lists, person and country pages,
 * and the home page with the pictures of the data (timeline, flows). For each set it reports the
 * 50th, 95th and 99th percentile of latency (exact, from every sample), the throughput and the
 * errors (any status but 200, timeouts included). A warm-up per set is not counted.
 *
 * <p>The addresses come from the site itself, as a visitor finds them: the filter choices of {@code
 * /gifts}, and gift, summit and person addresses from list pages picked at random. A set whose
 * first request answers 404 (a page this version does not have) is skipped with a note. Afterwards
 * it reads the server's heap from MicroProfile Metrics ({@code /metrics}), and, with {@code
 * -Dpid=}, from {@code jcmd <pid> GC.heap_info} before and after a full collection.
 *
 * <p>Run: {@code mvn -Pbenchmark -DskipTests process-test-classes -Dbase=http://127.0.0.1:8080
 * [-Dclients=16] [-Dseconds=30] [-Dwarmup=5] [-Drate=requests per second] [-Dsets=gift-page,...]
 * [-Dpid=...] [-Dfresh=true]}. With {@code -Dfresh=true} every request carries {@code
 * Cache-Control: no-cache}, so the server renders each page instead of serving it from its page
 * cache: the cost of a first visit. Without a rate each client sends its next request as soon as
 * the last is answered, so the figures describe the server saturated (latency ≈ clients ÷
 * throughput); with one, the clients together keep to that many requests per second.
 */
public final class LoadBenchmark {

  /** What one set of addresses measured. */
  public record Result(
      String set,
      long requests,
      long errors,
      double p50,
      double p95,
      double p99,
      double max,
      double perSecond,
      String note) {

    boolean skipped() {
      return note != null && requests == 0;
    }
  }

  /** A named list of addresses (paths with query) the clients pick from at random. */
  public record UrlSet(String name, List<String> paths) {}

  /** {@code -Dfresh=true}: every request asks past the server's page cache. */
  private static final boolean FRESH = Boolean.getBoolean("fresh");

  private final URI base;
  private final int clients;
  private final Duration duration;
  private final Duration warmup;
  private final double rate;
  private final HttpClient http;

  public LoadBenchmark(URI base, int clients, Duration duration, Duration warmup) {
    this(base, clients, duration, warmup, 0);
  }

  /**
   * @param rate requests per second of all clients together, evenly paced; 0 sends each request as
   *     soon as the previous one is answered (a closed loop, which measures the server saturated)
   */
  public LoadBenchmark(URI base, int clients, Duration duration, Duration warmup, double rate) {
    this.base = base;
    this.clients = clients;
    this.duration = duration;
    this.warmup = warmup;
    this.rate = rate;
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
  }

  public static void main(String[] args) throws Exception {
    URI base = URI.create(System.getProperty("base", "http://127.0.0.1:8080"));
    LoadBenchmark benchmark =
        new LoadBenchmark(
            base,
            Integer.getInteger("clients", 16),
            Duration.ofSeconds(Integer.getInteger("seconds", 30)),
            Duration.ofSeconds(Integer.getInteger("warmup", 5)),
            Double.parseDouble(System.getProperty("rate", "0")));
    List<UrlSet> sets = benchmark.discover(new SplittableRandom(Long.getLong("seed", 7L)));
    String only = System.getProperty("sets");
    if (only != null && !only.isBlank()) {
      Set<String> wanted = Set.of(only.split(","));
      sets = sets.stream().filter(s -> wanted.contains(s.name())).toList();
    }
    System.out.printf(
        "%d clients, %s, %d s per set after %d s warm-up, against %s%s%n",
        benchmark.clients,
        benchmark.rate > 0 ? benchmark.rate + " requests/s in all" : "as fast as answered",
        benchmark.duration.toSeconds(),
        benchmark.warmup.toSeconds(),
        base,
        FRESH ? ", past the page cache (Cache-Control: no-cache)" : "");
    List<Result> results = new ArrayList<>();
    for (UrlSet set : sets) {
      Result result = benchmark.run(set);
      results.add(result);
      System.out.println(line(result));
    }
    System.out.println();
    System.out.println(table(results));
    System.out.println("Heap used (MicroProfile Metrics): " + benchmark.metricsHeap());
    String pid = System.getProperty("pid");
    if (pid != null) {
      System.out.println("jcmd GC.heap_info after the run: " + heapInfo(pid));
      jcmd(pid, "GC.run");
      System.out.println("jcmd GC.heap_info after a full GC: " + heapInfo(pid));
    }
  }

  /**
   * The default sets, with addresses found on the site: filter values from the gift list's form,
   * slugs from random pages of the gift, summit and people lists, countries from the gift list's
   * choices.
   */
  public List<UrlSet> discover(SplittableRandom random) {
    String giftList = body("/gifts");
    List<String> categories = options(giftList, "category");
    List<String> countries = options(giftList, "from");
    List<String> years = options(giftList, "year");
    int giftPages = lastPage(giftList);
    Set<String> gifts = new LinkedHashSet<>();
    Set<String> people = new LinkedHashSet<>();
    for (int i = 0; i < 12; i++) {
      String page = body("/gifts?page=" + (1 + random.nextInt(giftPages)));
      gifts.addAll(links(page, "gifts"));
      people.addAll(links(page, "people"));
    }
    String summitList = body("/summits");
    int summitPages = lastPage(summitList);
    Set<String> summits = new LinkedHashSet<>(links(summitList, "summits"));
    for (int i = 0; i < 8; i++) {
      summits.addAll(links(body("/summits?page=" + (1 + random.nextInt(summitPages))), "summits"));
    }
    int peoplePages = lastPage(body("/people"));

    List<String> filtered = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      String category = pick(categories, random);
      String country = pick(countries, random);
      String other = pick(countries, random);
      String year = pick(years, random);
      String person = pick(new ArrayList<>(people), random);
      filtered.add(
          switch (i % 8) {
            case 0 -> "/gifts?category=" + category;
            case 1 -> "/gifts?from=" + country;
            case 2 -> "/gifts?to=" + country + "&year=" + year;
            case 3 -> "/gifts?year=" + year;
            case 4 -> "/gifts?giver=" + person;
            case 5 -> "/gifts?recipient=" + person;
            case 6 -> "/gifts?category=" + category + "&from=" + country;
            default -> "/gifts?from=" + country + "&to=" + other;
          });
    }
    List<String> deep = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      deep.add(
          i % 4 == 3
              ? "/gifts?category=" + pick(categories, random) + "&page=" + (2 + random.nextInt(200))
              : "/gifts?page=" + (1 + random.nextInt(giftPages)));
    }
    List<String> summitPagesSet = new ArrayList<>();
    List<String> peoplePagesSet = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      summitPagesSet.add(
          "/summits?page="
              + (1 + random.nextInt(summitPages))
              + (random.nextBoolean() ? "&order=oldest" : ""));
      peoplePagesSet.add("/people?page=" + (1 + random.nextInt(peoplePages)));
    }

    List<UrlSet> sets = new ArrayList<>();
    sets.add(search("search-latin", "Kim Min Ho", "Vladimir Ivanov", "Wang Jianguo", "Sato"));
    sets.add(search("search-hangul", "김화경", "이철성", "임민철", "강화석"));
    sets.add(search("search-cyrillic", "Владимир Иванов", "Ким Чен Ын", "Сергей Лавров", "Анна"));
    sets.add(
        search("search-phrase", "\"celadon vase\"", "\"state visit\"", "\"pair of giant pandas\""));
    sets.add(search("search-category", "ceramics", "animals", "limousine", "jewellery"));
    sets.add(new UrlSet("gifts-filtered", filtered));
    sets.add(new UrlSet("gifts-deep-pages", deep));
    sets.add(new UrlSet("gift-page", gifts.stream().map(s -> "/gifts/" + s).toList()));
    sets.add(new UrlSet("summit-page", summits.stream().map(s -> "/summits/" + s).toList()));
    sets.add(new UrlSet("summits-list", summitPagesSet));
    sets.add(new UrlSet("people-list", peoplePagesSet));
    sets.add(new UrlSet("person-page", people.stream().map(s -> "/people/" + s).toList()));
    sets.add(
        new UrlSet(
            "country-page",
            countries.stream().map(c -> "/countries/" + c.toLowerCase(Locale.ROOT)).toList()));
    List<String> pictures = new ArrayList<>(List.of("/", "/countries", "/flows", "/timeline"));
    for (int i = 0; i < 16; i++) {
      pictures.add("/timeline?year=" + pick(years, random));
    }
    sets.add(new UrlSet("home-and-pictures", pictures));
    List<String> statistics = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      String country = pick(countries, random).toLowerCase(Locale.ROOT);
      statistics.add(
          switch (i % 7) {
            case 0 -> "/statistics";
            case 1 -> "/statistics?country=" + country;
            case 2 ->
                "/statistics?year=" + pick(years, random) + "&category=" + pick(categories, random);
            case 3 -> "/statistics?country=" + country + "&year=" + pick(years, random);
            case 4 -> "/statistics?convert=USD";
            case 5 -> "/statistics?country=" + country + "&convert=EUR";
            default -> "/statistics/by-country.csv?category=" + pick(categories, random);
          });
    }
    sets.add(new UrlSet("statistics", statistics));
    List<String> map = new ArrayList<>();
    String[] regions = {
      "east-asia",
      "southeast-asia",
      "south-asia",
      "middle-east",
      "europe",
      "africa",
      "north-america",
      "south-america",
      "oceania"
    };
    for (int i = 0; i < 200; i++) {
      int page = 1 + random.nextInt(3);
      String region = regions[random.nextInt(regions.length)];
      map.add(
          switch (i % 4) {
            case 0 -> "/map" + (page > 1 ? "?page=" + page : "");
            default -> "/map?region=" + region + (page > 1 ? "&page=" + page : "");
          });
    }
    sets.add(new UrlSet("map", map));
    return sets;
  }

  private static UrlSet search(String name, String... queries) {
    return new UrlSet(
        name,
        Arrays.stream(queries)
            .map(q -> "/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8))
            .toList());
  }

  /** Runs one set: a warm-up, then the measured period; skipped when its first address is 404. */
  public Result run(UrlSet set) throws InterruptedException {
    if (set.paths().isEmpty()) {
      return new Result(set.name(), 0, 0, 0, 0, 0, 0, 0, "skipped: no addresses found");
    }
    int first = status(set.paths().get(0));
    if (first == 404) {
      return new Result(
          set.name(), 0, 0, 0, 0, 0, 0, 0, "skipped: " + set.paths().get(0) + " answers 404");
    }
    load(set, warmup);
    long started = System.nanoTime();
    Samples samples = load(set, duration);
    double seconds = (System.nanoTime() - started) / 1e9;
    long[] all = samples.sorted();
    return new Result(
        set.name(),
        all.length,
        samples.errors.get(),
        millis(percentile(all, 50)),
        millis(percentile(all, 95)),
        millis(percentile(all, 99)),
        millis(all.length == 0 ? 0 : all[all.length - 1]),
        all.length / seconds,
        samples.errors.get() == 0 ? null : "first error: " + samples.firstError);
  }

  private static final class Samples {
    final List<long[]> perClient = new ArrayList<>();
    final AtomicLong errors = new AtomicLong();
    volatile String firstError;

    long[] sorted() {
      long[] all = perClient.stream().flatMapToLong(Arrays::stream).toArray();
      Arrays.sort(all);
      return all;
    }
  }

  private Samples load(UrlSet set, Duration period) throws InterruptedException {
    Samples samples = new Samples();
    long end = System.nanoTime() + period.toNanos();
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      SplittableRandom random = new SplittableRandom(c * 7919L + set.name().hashCode());
      long[][] mine = {new long[1024]};
      int[] count = {0};
      // Paced clients start evenly spread; a request that starts late because the previous one
      // was slow is timed from when it should have started (no coordinated omission).
      long interval = rate > 0 ? (long) (clients * 1e9 / rate) : 0;
      long[] next = {System.nanoTime() + (rate > 0 ? interval * c / clients : 0)};
      Thread thread =
          new Thread(
              () -> {
                while (System.nanoTime() < end) {
                  String path = set.paths().get(random.nextInt(set.paths().size()));
                  long start = System.nanoTime();
                  if (interval > 0) {
                    long wait = next[0] - start;
                    if (wait > 0) {
                      try {
                        TimeUnit.NANOSECONDS.sleep(wait);
                      } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                      }
                    }
                    start = next[0];
                    next[0] += interval;
                    if (start >= end) {
                      break;
                    }
                  }
                  int status;
                  try {
                    status =
                        http.send(request(path), HttpResponse.BodyHandlers.discarding())
                            .statusCode();
                  } catch (IOException e) {
                    status = -1;
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                  }
                  long took = System.nanoTime() - start;
                  if (status != 200) {
                    if (samples.errors.getAndIncrement() == 0) {
                      samples.firstError = path + " → " + status;
                    }
                  }
                  if (count[0] == mine[0].length) {
                    mine[0] = Arrays.copyOf(mine[0], count[0] * 2);
                  }
                  mine[0][count[0]++] = took;
                }
                synchronized (samples) {
                  samples.perClient.add(Arrays.copyOf(mine[0], count[0]));
                }
              },
              "client-" + c);
      threads.add(thread);
      thread.start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    return samples;
  }

  private HttpRequest request(String path) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
    if (FRESH) {
      // Asks past the page cache: every page is rendered as on its first visit.
      request.header("Cache-Control", "no-cache");
    }
    return request.build();
  }

  private int status(String path) {
    try {
      return http.send(request(path), HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The body of a page that must answer 200. */
  public String body(String path) {
    try {
      HttpResponse<String> response =
          http.send(request(path), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(path + " answered " + response.statusCode());
      }
      return response.body();
    } catch (IOException e) {
      throw new IllegalStateException(path + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The values of a select's options, the empty "Any" left out. */
  static List<String> options(String html, String select) {
    Matcher block =
        Pattern.compile("<select[^>]*name=\"" + select + "\"[^>]*>(.*?)</select>", Pattern.DOTALL)
            .matcher(html);
    List<String> values = new ArrayList<>();
    if (block.find()) {
      Matcher option = Pattern.compile("<option value=\"([^\"]+)\"").matcher(block.group(1));
      while (option.find()) {
        values.add(option.group(1));
      }
    }
    return values;
  }

  /** The slugs (as they appear in addresses, percent-encoded) that a page links to under /kind/. */
  static List<String> links(String html, String kind) {
    Matcher link = Pattern.compile("href=\"/" + kind + "/([^\"?/#]+)\"").matcher(html);
    List<String> slugs = new ArrayList<>();
    while (link.find()) {
      slugs.add(link.group(1));
    }
    return slugs;
  }

  /** The number of pages a list says it has ("Page 1 of 41,667"), 1 when it has no pagination. */
  static int lastPage(String html) {
    Matcher status = Pattern.compile("pagination__status\">[^<]*?([0-9][0-9,. ]*)<").matcher(html);
    return status.find() ? Integer.parseInt(status.group(1).replaceAll("[^0-9]", "")) : 1;
  }

  private static String pick(List<String> list, SplittableRandom random) {
    return list.isEmpty() ? "" : list.get(random.nextInt(list.size()));
  }

  private static long percentile(long[] sorted, int p) {
    if (sorted.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank))];
  }

  private static double millis(long nanos) {
    return nanos / 1e6;
  }

  static String line(Result r) {
    return r.skipped()
        ? String.format("%-18s %s", r.set(), r.note())
        : String.format(
            Locale.ROOT,
            "%-18s %7d req %5d err  p50 %7.1f ms  p95 %7.1f ms  p99 %7.1f ms  max %7.1f ms  %7.1f req/s%s",
            r.set(),
            r.requests(),
            r.errors(),
            r.p50(),
            r.p95(),
            r.p99(),
            r.max(),
            r.perSecond(),
            r.note() == null ? "" : "  " + r.note());
  }

  /** The results as a Markdown table, for BENCHMARKS.md. */
  static String table(List<Result> results) {
    StringBuilder table =
        new StringBuilder(
            "| set | requests | errors | p50 ms | p95 ms | p99 ms | req/s |\n"
                + "| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
    for (Result r : results) {
      if (r.skipped()) {
        table.append("| ").append(r.set()).append(" | ").append(r.note()).append(" | | | | | |\n");
      } else {
        table.append(
            String.format(
                Locale.ROOT,
                "| %s | %d | %d | %.1f | %.1f | %.1f | %.0f |%n",
                r.set(),
                r.requests(),
                r.errors(),
                r.p50(),
                r.p95(),
                r.p99(),
                r.perSecond()));
      }
    }
    return table.toString();
  }

  /** Heap used as MicroProfile Metrics reports it, or why it could not be read. */
  public String metricsHeap() {
    for (String path : List.of("/metrics?scope=base", "/metrics/base")) {
      try {
        HttpResponse<String> response =
            http.send(
                HttpRequest.newBuilder(base.resolve(path))
                    .header("Accept", "text/plain")
                    .timeout(Duration.ofSeconds(10))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200) {
          Matcher used =
              Pattern.compile("(?m)^\\w*memory_usedHeap_bytes(?:\\{[^}]*\\})?\\s+([0-9.eE+]+)")
                  .matcher(response.body());
          if (used.find()) {
            return String.format(
                Locale.ROOT, "%.0f MB (%s)", Double.parseDouble(used.group(1)) / 1e6, path);
          }
        }
      } catch (IOException e) {
        // try the next form of the endpoint
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return "interrupted";
      }
    }
    return "not available (no memory_usedHeap_bytes at /metrics)";
  }

  /** The heap summary jcmd prints, reduced to its "used" figures. */
  static String heapInfo(String pid) throws IOException, InterruptedException {
    String out = jcmd(pid, "GC.heap_info");
    Matcher total = Pattern.compile("total (\\d+)K, used (\\d+)K").matcher(out);
    return total.find()
        ? String.format(
            Locale.ROOT,
            "%d MB used of %d MB committed",
            Long.parseLong(total.group(2)) / 1024,
            Long.parseLong(total.group(1)) / 1024)
        : out.strip();
  }

  static String jcmd(String pid, String command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder("jcmd", pid, command).redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    process.waitFor(30, TimeUnit.SECONDS);
    return out;
  }
}
