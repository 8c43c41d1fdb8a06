package org.summitry.scale;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.summitry.imports.control.Csv;
import org.summitry.scale.Curator.EntryKind;
import org.summitry.scale.RequestLog.Answer;
import org.summitry.scale.RequestLog.Kind;
import org.summitry.scale.WriteLedger.Event;
import org.summitry.scale.WriteLedger.Line;
import org.summitry.testing.WebSession;

/**
 * Public reads and curators' writes at once, for finding out what the archive loses or keeps when
 * things go wrong: a number of clients (64 by default) for a while (300 s), each sending one
 * request after another, of which a share (10 %) are a curator's changes and the rest a visitor's
 * page views (the addresses {@link LoadBenchmark} finds on the site). A change is one step of a
 * draft's life (create a gift, summit or person with a unique marker in its title, edit it, publish
 * it) or a photo upload (a real JPEG made for the purpose, new pixels each time) into a gallery the
 * client made; once in the run (or every {@code -Dimport-every} seconds) a small CSV import of real
 * rows of the U.S. register goes through upload, mapping, dry run and import.
 *
 * <p>Every write the server acknowledged (the 303 after a save, the upload's page naming the stored
 * photo, the import's committed rows) is written at once to a ledger file. At the end (or with
 * {@code -Dverify-only=true -Dledger=...} after a crash and restart) {@link WriteAudit} checks the
 * ledger against the database over JDBC and against the photo folder: every acknowledged write
 * there exactly once, writes in flight reported apart, no photo row without its file, no orphan
 * file, nothing left in {@code photos/tmp}.
 *
 * <p>It reports requests by answer (2xx … 5xx, none, timed out) for reads, back-office pages and
 * writes, their latency percentiles, every request slower than 10 s, what the curator was shown
 * when something went wrong, the heap before, during and after, and with {@code -Dtimeline=true}
 * one line per second (how an outage looked to visitors and curators). See docs/testing.md ("Load
 * and faults") for the options and {@code src/test/scripts/faults.sh} for the scenarios.
 *
 * <p>With {@code -Dmode=fill-photos} it instead uploads photos one at a time until the photo
 * folder's disk refuses them, reporting what the curator sees, then checks the database against the
 * folder.
 */
public final class MixedLoad {

  private static final Pattern HEAP =
      Pattern.compile("(?m)^\\w*memory_usedHeap_bytes(?:\\{[^}]*\\})?\\s+([0-9.eE+]+)");

  private final URI base;
  private final String run;
  private final Path out;
  private RequestLog log = new RequestLog();
  private final Path ledgerFile;
  private final WriteLedger ledger;
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final AtomicInteger markers = new AtomicInteger();
  private final String curatorName = System.getProperty("curator", "loadcurator");
  private final String curatorPassword =
      System.getProperty("curator-password", "mixed load curator passphrase");

  private MixedLoad(URI base, String run, Path out, Path ledgerFile) {
    this.base = base;
    this.run = run;
    this.out = out;
    this.ledgerFile = ledgerFile;
    this.ledger = new WriteLedger(ledgerFile);
  }

  public static void main(String[] args) throws Exception {
    URI base = URI.create(System.getProperty("base", "http://127.0.0.1:8080"));
    String run = "ml" + Long.toString(System.currentTimeMillis() / 1000, 36);
    Path out = Path.of(System.getProperty("out", "target/mixed-load/" + run));
    Path ledgerFile = Path.of(System.getProperty("ledger", out.resolve("ledger.tsv").toString()));
    boolean ok;
    if (Boolean.getBoolean("verify-only")) {
      if (System.getProperty("ledger") == null || !Files.isRegularFile(ledgerFile)) {
        throw new IllegalArgumentException(
            "-Dverify-only=true needs -Dledger=<the ledger.tsv of an earlier run>, an existing file");
      }
      ok =
          audit(
              WriteLedger.read(ledgerFile),
              base,
              Boolean.parseBoolean(System.getProperty("index-check", "true")));
    } else {
      Files.createDirectories(out);
      MixedLoad load = new MixedLoad(base, run, out, ledgerFile);
      try {
        ok =
            "fill-photos".equals(System.getProperty("mode"))
                ? load.fillPhotos()
                : load.run(
                    Integer.getInteger("clients", 64),
                    Duration.ofSeconds(Integer.getInteger("seconds", 300)));
      } finally {
        load.ledger.close();
      }
      System.out.println("Ledger: " + ledgerFile.toAbsolutePath());
      if (Boolean.parseBoolean(System.getProperty("verify", "true"))) {
        ok &= audit(WriteLedger.read(ledgerFile), base, Boolean.getBoolean("index-check"));
      }
    }
    System.out.println(ok ? "PASSED" : "FAILED");
    System.exit(ok ? 0 : 1);
  }

  /** The mixed load; false when a request failed on the server's side or took over 10 s. */
  private boolean run(int clients, Duration duration) throws Exception {
    double writes = Double.parseDouble(System.getProperty("writes", "0.10"));
    double photos = Double.parseDouble(System.getProperty("photo-share", "0.25"));
    System.out.printf(
        Locale.ROOT,
        "Mixed load %s: %d clients, %d s, %.0f %% writes (%.0f %% of them photo uploads), against"
            + " %s%n",
        run,
        clients,
        duration.toSeconds(),
        writes * 100,
        photos * 100,
        base);
    List<String> reads = readAddresses();
    System.out.println(reads.size() + " public addresses to read, found on the site");
    ensureCurator();
    log = new RequestLog(); // the run's figures start here, after finding addresses and signing in
    String pid = System.getProperty("pid");
    long heapBefore = heap();
    String jcmdBefore = pid == null ? null : fullGcHeap(pid);

    long end = System.nanoTime() + duration.toNanos();
    List<Long> heapSeries = new ArrayList<>();
    Thread sampler = new Thread(() -> sampleHeap(end, heapSeries), "heap");
    sampler.setDaemon(true);
    sampler.start();
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      Client client =
          new Client(
              new SplittableRandom(Long.getLong("seed", 7L) * 7919 + c),
              new Curator(base, curatorName, curatorPassword, log, ledger),
              reads,
              writes,
              photos,
              end);
      Thread thread = new Thread(client, "client-" + c);
      thread.start();
      threads.add(thread);
    }
    Thread importer = new Thread(() -> imports(duration, end), "importer");
    importer.start();
    // For scripts that break something a while into the load (src/test/scripts/faults.sh).
    Files.writeString(out.resolve("started"), java.time.Instant.now() + "\n");
    System.out.println("Load started");
    for (Thread thread : threads) {
      thread.join();
    }
    if (importer.isAlive()) {
      System.out.println("Load finished; waiting for the CSV import to finish ...");
    }
    importer.join();
    sampler.interrupt();

    long heapAfter = heap();
    String jcmdAfter = pid == null ? null : fullGcHeap(pid);
    log.write(out.resolve("requests.tsv"));

    System.out.println();
    System.out.println(log.summary());
    System.out.println(log.serviceUnavailable());
    System.out.println();
    System.out.println(writeSummary(WriteLedger.read(ledgerFile)));
    List<RequestLog.Sample> slow = log.slow();
    System.out.println("Requests over 10 s or timed out: " + slow.size());
    slow.stream()
        .limit(20)
        .forEach(
            s ->
                System.out.printf(
                    Locale.ROOT,
                    "  at %6.1f s  %-5s %-4d %7.1f s  %s%n",
                    s.at() / 1000.0,
                    s.kind(),
                    s.status(),
                    s.nanos() / 1e9,
                    s.path()));
    String notes = log.notes();
    if (!notes.isEmpty()) {
      System.out.println();
      System.out.println("What the curator was shown (the first time of each, and how often):");
      System.out.print(notes);
    }
    System.out.println();
    System.out.printf(
        Locale.ROOT,
        "Heap used (MicroProfile Metrics): before %s, after %s; every %d s during the run: %s%n",
        megabytes(heapBefore),
        megabytes(heapAfter),
        Integer.getInteger("heap-every", 10),
        heapSeries.stream().map(MixedLoad::megabytes).toList());
    if (pid != null) {
      System.out.println(
          "jcmd GC.heap_info after a full GC: before " + jcmdBefore + ", after " + jcmdAfter);
    }
    if (Boolean.getBoolean("timeline")) {
      System.out.println();
      System.out.println("Per second of the run (requests by the second they started in):");
      System.out.print(log.timeline());
    }
    System.out.println("Every request: " + out.resolve("requests.tsv").toAbsolutePath());
    long serverErrors =
        log.count(Kind.READ, "5xx") + log.count(Kind.ADMIN, "5xx") + log.count(Kind.WRITE, "5xx");
    if (serverErrors > 0 || !slow.isEmpty()) {
      System.out.println(
          "Load: " + serverErrors + " answers 5xx, " + slow.size() + " requests over 10 s");
      return false;
    }
    return true;
  }

  /** One client: reads, and now and then a curator's step. */
  private final class Client implements Runnable {

    private final SplittableRandom random;
    private final Curator curator;
    private final List<String> reads;
    private final double writes;
    private final double photos;
    private final long end;
    private final List<String> galleries = new ArrayList<>();
    private EntryKind kind;
    private String marker;
    private long id;
    private int step;

    Client(
        SplittableRandom random,
        Curator curator,
        List<String> reads,
        double writes,
        double photos,
        long end) {
      this.random = random;
      this.curator = curator;
      this.reads = reads;
      this.writes = writes;
      this.photos = photos;
      this.end = end;
    }

    @Override
    public void run() {
      while (System.nanoTime() < end) {
        if (random.nextDouble() < writes) {
          write();
        } else {
          read(reads.get(random.nextInt(reads.size())));
        }
      }
    }

    private void read(String path) {
      Answer<Void> answer =
          log.send(
              Kind.READ,
              path,
              () ->
                  http.send(
                      HttpRequest.newBuilder(base.resolve(path))
                          .timeout(Duration.ofSeconds(30))
                          .build(),
                      HttpResponse.BodyHandlers.discarding()));
      if (!answer.answered() || answer.status() >= 400) {
        pause(); // the server is away or not itself: a visitor would not hammer it either
      }
    }

    private void write() {
      if (!curator.signIn()) {
        pause();
        return;
      }
      if (!galleries.isEmpty() && random.nextDouble() < photos) {
        String gallery = galleries.get(random.nextInt(galleries.size()));
        String name = run + "f" + markers.incrementAndGet();
        curator.upload(gallery, name + ".jpg", Jpegs.unique(name, 320, 240, 0.02));
      } else {
        step();
      }
      if (curator.troubled()) {
        pause();
      }
    }

    private void step() {
      switch (step) {
        case 0 -> {
          kind = EntryKind.values()[random.nextInt(EntryKind.values().length)];
          marker = marker(kind);
          id = curator.create(kind, marker);
          if (id > 0) {
            step = 1;
            if (kind != EntryKind.PERSON) {
              galleries.add(kind.path + "/" + id);
              if (galleries.size() > 5) {
                galleries.remove(0);
              }
            }
          }
        }
        case 1 -> {
          curator.edit(kind, id, marker);
          step = 2;
        }
        default -> {
          curator.publish(kind, id, marker);
          step = 0;
        }
      }
    }
  }

  private String marker(EntryKind kind) {
    char letter =
        switch (kind) {
          case GIFT -> 'g';
          case SUMMIT -> 's';
          case PERSON -> 'p';
        };
    return run + letter + markers.incrementAndGet();
  }

  private static void pause() {
    try {
      Thread.sleep(250);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * The CSV imports: the first after a quarter of the run ({@code -Dimport-at}), then every {@code
   * -Dimport-every} seconds if given, while the load lasts. Each waits for its import to finish.
   */
  private void imports(Duration duration, long end) {
    int rows = Integer.getInteger("import-rows", 50);
    if (rows <= 0) {
      return;
    }
    long start = System.nanoTime();
    long first = Long.getLong("import-at", duration.toSeconds() / 4) * 1_000_000_000L;
    long every = Long.getLong("import-every", 0) * 1_000_000_000L;
    Duration wait = Duration.ofSeconds(Integer.getInteger("import-wait", 600));
    Curator curator = new Curator(base, curatorName, curatorPassword, log, ledger);
    for (int n = 1; ; n++) {
      long at = start + first + (n - 1) * every;
      if (n > 1 && (every <= 0 || at >= end)) {
        return;
      }
      while (System.nanoTime() < at) {
        pause();
      }
      while (!curator.signIn()) {
        if (System.nanoTime() > end) {
          return;
        }
        pause();
      }
      String prefix = run + "i" + n;
      byte[] csv = registerSample(prefix, rows, n);
      for (int attempt = 1; ; attempt++) {
        System.out.printf(
            Locale.ROOT,
            "%.0f s: importing %d rows of the U.S. register (%s), attempt %d%n",
            log.elapsedSeconds(),
            rows,
            prefix,
            attempt);
        if (curator.importRegister(prefix, prefix + ".csv", csv, rows, wait)) {
          break;
        }
        if (System.nanoTime() > end) {
          System.out.println("The import " + prefix + " could not be started before the end");
          return;
        }
        for (int i = 0; i < 20 || (System.nanoTime() < end && !curator.signIn()); i++) {
          pause(); // five seconds, and signed in again, before the next attempt
        }
      }
      System.out.printf(Locale.ROOT, "%.0f s: import %s over%n", log.elapsedSeconds(), prefix);
    }
  }

  /**
   * Real rows of the U.S. register ({@code -Dcsv}), picked at random, with a {@code load_title}
   * column that gives each its marker: "…description… mlXXXXXXi1r7" for the 7th row.
   */
  static byte[] registerSample(String prefix, int rows, long seed) {
    Path file = Path.of(System.getProperty("csv", "../shared/data/us-foreign-gifts.csv"));
    Csv.Table table;
    try {
      table = Csv.parse(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(
          "The register " + file.toAbsolutePath() + " cannot be read", e);
    }
    int description = table.column("gift_description");
    List<Csv.Row> good = table.rows().stream().filter(r -> r.problem() == null).toList();
    SplittableRandom random = new SplittableRandom(seed * 104729 + prefix.hashCode());
    StringBuilder csv = new StringBuilder();
    List<String> header = new ArrayList<>(table.columns());
    header.add("load_title");
    csv.append(line(header));
    for (int n = 1; n <= rows; n++) {
      Csv.Row row = good.get(random.nextInt(good.size()));
      List<String> fields = new ArrayList<>();
      for (int i = 0; i < table.columns().size(); i++) {
        fields.add(row.field(i));
      }
      String text = row.field(description).replaceAll("\\s+", " ").strip();
      fields.add(
          (text.length() > 60 ? text.substring(0, 60).strip() : text) + " " + prefix + "r" + n);
      csv.append(line(fields));
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String line(List<String> fields) {
    return String.join(
            ",", fields.stream().map(f -> "\"" + f.replace("\"", "\"\"") + "\"").toList())
        + "\r\n";
  }

  /** Signs the curator in, creating the account through the admin's form first if need be. */
  private void ensureCurator() {
    Curator probe = new Curator(base, curatorName, curatorPassword, new RequestLog(), ledger);
    if (probe.signIn()) {
      return;
    }
    String adminPassword =
        System.getProperty("admin-password", System.getenv("SUMMITRY_ADMIN_PASSWORD"));
    if (adminPassword == null || adminPassword.isBlank()) {
      throw new IllegalStateException(
          "The curator "
              + curatorName
              + " cannot sign in, and no admin password (-Dadmin-password or"
              + " SUMMITRY_ADMIN_PASSWORD) is given to create the account");
    }
    WebSession admin = new WebSession(base);
    HttpResponse<String> signedIn =
        admin.signIn(System.getProperty("admin", "admin"), adminPassword);
    if (signedIn.statusCode() != 303) {
      throw new IllegalStateException("The admin cannot sign in: " + signedIn.statusCode());
    }
    HttpResponse<String> created =
        admin.submit(
            "admin/users/new",
            "admin/users",
            Map.of(
                "username",
                curatorName,
                "role",
                "curator",
                "password",
                curatorPassword,
                "confirmation",
                curatorPassword));
    System.out.println(
        "Curator "
            + curatorName
            + (created.statusCode() == 303
                ? " created"
                : " not created: " + Curator.visible(created)));
    if (!probe.signIn()) {
      throw new IllegalStateException("The curator " + curatorName + " cannot sign in");
    }
  }

  /** Every address of {@link LoadBenchmark}'s sets, each set weighed alike. */
  private List<String> readAddresses() {
    LoadBenchmark benchmark = new LoadBenchmark(base, 1, Duration.ZERO, Duration.ZERO);
    List<String> addresses = new ArrayList<>();
    for (LoadBenchmark.UrlSet set :
        benchmark.discover(new SplittableRandom(Long.getLong("seed", 7L)))) {
      if (set.paths().isEmpty()) {
        continue;
      }
      for (int i = 0; i < 200; i++) {
        addresses.add(set.paths().get(i % set.paths().size()));
      }
    }
    return addresses;
  }

  /** How the writes of the ledger ended, by kind and step: a Markdown table. */
  static String writeSummary(List<Line> ledger) {
    Map<String, int[]> counts = new TreeMap<>();
    for (Line line : WriteLedger.outcomes(ledger).values()) {
      int[] c = counts.computeIfAbsent(line.kind() + " " + line.step(), k -> new int[4]);
      c[0]++;
      switch (line.event()) {
        case ACK -> c[1]++;
        case REFUSED -> c[2]++;
        default -> c[3]++;
      }
    }
    StringBuilder table =
        new StringBuilder(
            "| write | sent | acknowledged | refused | in flight (5xx, no answer) |\n"
                + "| --- | ---: | ---: | ---: | ---: |\n");
    counts.forEach(
        (what, c) ->
            table.append(
                String.format(
                    Locale.ROOT, "| %s | %d | %d | %d | %d |%n", what, c[0], c[1], c[2], c[3])));
    for (Line line : WriteLedger.outcomes(ledger).values()) {
      if (line.kind().equals("import")) {
        table.append("Import ").append(line.id()).append(" (").append(line.marker()).append("): ");
        table.append(
            line.event() == Event.ACK
                ? line.detail() + " rows acknowledged as committed"
                : line.event() + " " + line.detail());
        table.append('\n');
      }
    }
    return table.toString();
  }

  /**
   * The disk-full scenario: one curator uploads ever more photos (large noisy JPEGs) into a
   * summit's gallery until the photo folder's disk refuses three in a row, printing what each
   * answer showed; then checks that a change without a file still saves, what visitors get for a
   * derivative that cannot be written, and what {@code /health/ready} says.
   */
  private boolean fillPhotos() throws Exception {
    int width = Integer.getInteger("photo-width", 1600);
    int height = Integer.getInteger("photo-height", 1200);
    int max = Integer.getInteger("max-uploads", 200);
    System.out.printf(
        "Filling the photo folder of %s with %d × %d JPEGs (%s)%n", base, width, height, run);
    ensureCurator();
    Curator curator = new Curator(base, curatorName, curatorPassword, log, ledger);
    if (!curator.signIn()) {
      throw new IllegalStateException("The curator cannot sign in");
    }
    String summitMarker = marker(EntryKind.SUMMIT);
    long summit = curator.create(EntryKind.SUMMIT, summitMarker);
    if (summit == 0) {
      throw new IllegalStateException("No summit could be created: " + log.notes());
    }
    String gallery = "summits/" + summit;
    Curator.Upload first =
        curator.upload(gallery, run + "f0.jpg", Jpegs.unique(run + "f0", 640, 480, 0.02));
    String firstSha = null;
    if (first.photoId() > 0) {
      System.out.println(
          "A first photo ("
              + first.photoId()
              + ") published for visitors: "
              + curator.publishPhoto(first.photoId()));
      firstSha = lastSha(first.photoId());
    }
    int refusedInRow = 0;
    long stored = 0;
    Curator.Upload last = null;
    for (int n = 1; n <= max && refusedInRow < 3; n++) {
      String name = run + "f" + n;
      byte[] jpeg = Jpegs.unique(name, width, height, 1.0);
      Curator.Upload upload = curator.upload(gallery, name + ".jpg", jpeg);
      System.out.printf(
          Locale.ROOT,
          "  #%-3d %4d KB  %s  %6.2f s  %s%n",
          n,
          jpeg.length / 1024,
          upload.status(),
          upload.nanos() / 1e9,
          upload.photoId() > 0 ? "stored as photo " + upload.photoId() : upload.shown());
      if (upload.photoId() > 0) {
        stored += jpeg.length;
        refusedInRow = 0;
      } else {
        refusedInRow++;
        last = upload;
      }
    }
    System.out.printf(
        Locale.ROOT, "%.1f MB of photos stored before the first refusal%n", stored / 1e6);
    if (last != null) {
      System.out.println(
          "What the curator sees when the disk is full: HTTP "
              + last.status()
              + ": "
              + last.shown());
    } else {
      System.out.println("The disk never filled up within " + max + " uploads");
    }
    String giftMarker = marker(EntryKind.GIFT);
    long gift = curator.create(EntryKind.GIFT, giftMarker);
    System.out.println(
        "A gift draft (no file) while the disk is full: "
            + (gift > 0 ? "saved as " + gift : "not saved"));
    if (firstSha != null) {
      probe("/files/" + firstSha + "/w400", "A derivative not yet made, asked by a visitor");
      probe("/photos/" + first.photoId(), "The published photo's page");
    }
    probe("/health/ready", "Readiness");
    System.out.println(log.summary());
    String notes = log.notes();
    if (!notes.isEmpty()) {
      System.out.println("What the curator was shown (the first time of each, and how often):");
      System.out.print(notes);
    }
    return true;
  }

  private String lastSha(long photoId) {
    for (Line line : WriteLedger.read(ledgerFile)) {
      if (line.kind().equals("photo") && line.id() == photoId) {
        return line.marker();
      }
    }
    return null;
  }

  private void probe(String path, String what) {
    Answer<String> answer =
        log.send(
            Kind.READ,
            path,
            () ->
                http.send(
                    HttpRequest.newBuilder(base.resolve(path))
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                    HttpResponse.BodyHandlers.ofString()));
    String shown =
        !answer.answered()
            ? "no answer"
            : answer.header("Content-Type").startsWith("text/html")
                ? Curator.visible(answer)
                : answer.header("Content-Type")
                    + ", "
                    + answer.response().body().length()
                    + " chars";
    System.out.printf(
        Locale.ROOT,
        "%s (%s): %d in %.2f s: %s%n",
        what,
        path,
        answer.status(),
        answer.nanos() / 1e9,
        shown);
  }

  /**
   * Checks a ledger against the configured database ({@code SUMMITRY_DB_URL} …) and the photo
   * folder ({@code -Ddata}, else {@code SUMMITRY_DATA_DIR}); with {@code index}, also the search
   * index of the app at {@code base}.
   */
  static boolean audit(List<Line> ledger, URI base, boolean index) throws SQLException {
    CatalogGenerator.Target target = CatalogGenerator.Target.configured();
    String folder = System.getProperty("data", System.getenv("SUMMITRY_DATA_DIR"));
    Path data = folder == null || folder.isBlank() ? null : Path.of(folder);
    System.out.println();
    System.out.println(
        "Audit of "
            + ledger.size()
            + " ledger lines against "
            + target.url()
            + (data == null ? "" : " and " + data.toAbsolutePath()));
    try (Connection db =
        DriverManager.getConnection(target.url(), target.user(), target.password())) {
      WriteAudit audit = new WriteAudit(db, data);
      audit.check(ledger);
      if (index) {
        audit.checkIndex(
            ledger,
            base,
            Duration.ofSeconds(Integer.getInteger("index-wait", 180)),
            Integer.getInteger("search-checks", 50));
      }
      System.out.print(audit.report());
      System.out.println(
          audit.failures().isEmpty()
              ? "Audit: every acknowledged write is there exactly once, and the photo folder agrees"
              : "Audit: " + audit.failures().size() + " problems");
      return audit.failures().isEmpty();
    }
  }

  /** Heap used in bytes, from MicroProfile Metrics, or -1. */
  private long heap() {
    for (String path : List.of("/metrics?scope=base", "/metrics/base")) {
      try {
        HttpResponse<String> response =
            http.send(
                HttpRequest.newBuilder(base.resolve(path))
                    .header("Accept", "text/plain")
                    .timeout(Duration.ofSeconds(10))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher used = HEAP.matcher(response.body());
        if (response.statusCode() == 200 && used.find()) {
          return (long) Double.parseDouble(used.group(1));
        }
      } catch (IOException e) {
        // the other form of the address, or no answer
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return -1;
      }
    }
    return -1;
  }

  private void sampleHeap(long end, List<Long> series) {
    long every = Integer.getInteger("heap-every", 10) * 1000L;
    while (System.nanoTime() < end) {
      try {
        Thread.sleep(every);
      } catch (InterruptedException e) {
        return;
      }
      long used = heap();
      synchronized (series) {
        series.add(used);
      }
    }
  }

  private static String megabytes(long bytes) {
    return bytes < 0 ? "n/a" : String.format(Locale.ROOT, "%.0f MB", bytes / 1e6);
  }

  /** The heap after a full collection, as jcmd tells it. */
  private static String fullGcHeap(String pid) throws IOException, InterruptedException {
    LoadBenchmark.jcmd(pid, "GC.run");
    return LoadBenchmark.heapInfo(pid);
  }
}
