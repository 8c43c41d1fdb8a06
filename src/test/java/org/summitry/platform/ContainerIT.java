package org.summitry.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.summitry.testing.SlowRequest;
import org.summitry.testing.WebSession;

/**
 * The Dockerfile as an operator uses it: the image builds, runs as a user other than root with its
 * state in a volume, reports healthy, serves the archive, lets a curator add an entry, and after
 * {@code docker stop} (which lets a request in flight finish and closes the database) and a start
 * the entry is still there.
 *
 * <p>There is no Docker engine on the build machines: {@code SUMMITRY_CONTAINER_SCRIPT} names a
 * script that runs podman ({@code ../shared/container/podman-offline.sh}, set by {@code .ci/run}).
 * Without it the test is skipped, unless {@code SUMMITRY_CONTAINER_REQUIRED=true}.
 */
class ContainerIT {

  private static final String PASSWORD = "correct horse battery staple";
  private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

  private final String name = "summitry-it-" + UUID.randomUUID().toString().substring(0, 8);
  private final String image = "localhost/" + name + ":test";
  private final String volume = name + "-data";
  private Path logs;

  @Test
  void theImageRunsAsAnOperatorWouldRunItAndKeepsItsDataAcrossARestart() throws Exception {
    String script = containerScript();
    logs = Files.createDirectories(Path.of("target", "container").toAbsolutePath());
    int port = freePort();
    URI site = URI.create("http://127.0.0.1:" + port + "/");
    try {
      Result build =
          run(List.of(script, "build", Path.of("").toAbsolutePath().toString(), image), 600);
      Files.writeString(logs.resolve(name + "-build.log"), build.output());
      assertEquals(0, build.exit(), "the image builds:\n" + build.tail());
      assertEquals(
          "Summitry|NOASSERTION|dev|unknown",
          podman(
                  "image",
                  "inspect",
                  image,
                  "--format",
                  "{{index .Labels \"org.opencontainers.image.title\"}}"
                      + "|{{index .Labels \"org.opencontainers.image.licenses\"}}"
                      + "|{{index .Labels \"org.opencontainers.image.version\"}}"
                      + "|{{index .Labels \"org.opencontainers.image.revision\"}}")
              .strip(),
          "the image carries its OCI labels, with the defaults when no build argument is given");

      podman(
          "run",
          "-d",
          "--name",
          name,
          "--memory",
          "1g",
          "-p",
          "127.0.0.1:" + port + ":8080",
          "-v",
          volume + ":/data",
          "-e",
          "SUMMITRY_ADMIN_USER=operator",
          "-e",
          "SUMMITRY_ADMIN_PASSWORD=" + PASSWORD,
          image);
      awaitHealthy(site);

      assertNotEquals(
          "0", podman("exec", name, "id", "-u").strip(), "the app does not run as root");
      String pid1 = podman("exec", name, "cat", "/proc/1/status");
      assertTrue(pid1.contains("Name:\tjava"), "java is PID 1, so it receives SIGTERM:\n" + pid1);
      Matcher uid = Pattern.compile("Uid:\\s+(\\d+)").matcher(pid1);
      assertTrue(uid.find() && !uid.group(1).equals("0"), "java does not run as root:\n" + pid1);

      WebSession visitor = new WebSession(site);
      for (String page : List.of("", "summits", "gifts", "people", "countries")) {
        assertEquals(200, visitor.get(page).statusCode(), "/" + page);
      }
      assertTrue(
          visitor.get("gifts/aurus-limousine-2024").body().contains("Kim Jong Un"),
          "the demo content is loaded into the empty volume");
      String metrics = visitor.get("metrics").body();
      assertTrue(
          metrics.contains("page=\"/gifts/{slug}\""), "/metrics counts page views by page type");
      long maxHeap = metric(metrics, "memory_maxHeap_bytes");
      assertTrue(
          maxHeap > 0 && maxHeap < 1024L * 1024 * 1024,
          "the heap fits in the container's 1 GiB memory limit, was " + maxHeap);

      WebSession curator = new WebSession(site);
      assertEquals(303, curator.signIn("operator", PASSWORD).statusCode(), "signs in");
      HttpResponse<String> created =
          curator.submit(
              "admin/countries/new",
              "admin/countries/new",
              Map.of("code", "IS", "name", "Iceland"));
      assertEquals(303, created.statusCode(), created.body());
      String edit = created.headers().firstValue("Location").orElseThrow();
      String id = edit.replaceAll(".*/admin/countries/(\\d+).*", "$1");
      HttpResponse<String> published =
          curator.submit("admin/countries/" + id, "admin/countries/" + id + "/publish", Map.of());
      assertEquals(303, published.statusCode(), published.body());
      assertTrue(visitor.get("countries/is").body().contains("Iceland"), "the country is public");

      CompletableFuture<String> inFlight =
          SlowRequest.post(
              site.resolve("sign-in"), "username=someone&password=wrong", Duration.ofSeconds(2));
      Thread.sleep(700);
      podman("stop", "-t", "30", name);
      assertTrue(
          inFlight.get(30, TimeUnit.SECONDS).startsWith("HTTP/1.1 403"),
          "a request in flight when the container was stopped is answered: " + inFlight.join());
      String stopped = podman("logs", "--tail", "40", name);
      assertTrue(stopped.contains("Embedded database closed"), "the database closes:\n" + stopped);
      assertEquals(
          "143",
          podman("inspect", name, "--format", "{{.State.ExitCode}}").strip(),
          "stopped by SIGTERM, not killed");

      podman("start", name);
      awaitHealthy(site);
      assertTrue(
          new WebSession(site).get("countries/is").body().contains("Iceland"),
          "the country added before the restart is still there");
      assertTrue(
          new WebSession(site).get("gifts").body().contains("13 gifts"),
          "the demo content is not loaded a second time");
    } finally {
      saveLog();
      quietly("rm", "-f", "-t", "5", name);
      quietly("volume", "rm", "-f", volume);
      quietly("rmi", "-f", image);
    }
  }

  private static String containerScript() {
    String script = System.getenv("SUMMITRY_CONTAINER_SCRIPT");
    boolean required = Boolean.parseBoolean(System.getenv("SUMMITRY_CONTAINER_REQUIRED"));
    if (script == null || script.isBlank() || !Files.isExecutable(Path.of(script))) {
      String why =
          "The container test needs SUMMITRY_CONTAINER_SCRIPT, a script that builds and runs the"
              + " Dockerfile with podman (such as ../shared/container/podman-offline.sh); it is "
              + (script == null || script.isBlank() ? "not set" : "not executable: " + script);
      if (required) {
        fail(why + " and SUMMITRY_CONTAINER_REQUIRED=true");
      }
      Assumptions.abort(why + ". Skipped.");
    }
    return script;
  }

  /** Waits until the image's own HEALTHCHECK passes and readiness answers 200 over HTTP. */
  private void awaitHealthy(URI site) {
    Instant deadline = Instant.now().plus(START_TIMEOUT);
    WebSession probe = new WebSession(site);
    while (Instant.now().isBefore(deadline)) {
      String state = podman("inspect", name, "--format", "{{.State.Status}}").strip();
      if (!state.equals("running")) {
        fail("the container is " + state + ":\n" + quietly("logs", "--tail", "80", name));
      }
      if (run(podmanCommand("healthcheck", "run", name), 60).exit() == 0) {
        try {
          HttpResponse<String> ready = probe.get("health/ready");
          assertEquals(200, ready.statusCode(), ready.body());
          return;
        } catch (UncheckedIOException notPublishedYet) {
          // the port forward can lag behind the container's own view
        }
      }
      sleep(2000);
    }
    fail(
        "not healthy within "
            + START_TIMEOUT
            + ":\n"
            + quietly("logs", "--tail", "80", name)
            + quietly("inspect", name, "--format", "{{json .State.Health}}"));
  }

  private static long metric(String metrics, String name) {
    Matcher value = Pattern.compile("(?m)^" + name + "\\{[^}]*\\} ([0-9.Ee+]+)$").matcher(metrics);
    assertTrue(value.find(), name + " in /metrics");
    return (long) Double.parseDouble(value.group(1));
  }

  private String podman(String... arguments) {
    Result result = run(podmanCommand(arguments), 120);
    assertEquals(0, result.exit(), "podman " + String.join(" ", arguments) + ":\n" + result.tail());
    return result.output();
  }

  private String quietly(String... arguments) {
    return run(podmanCommand(arguments), 60).output();
  }

  private static List<String> podmanCommand(String... arguments) {
    List<String> command = new ArrayList<>();
    command.add(System.getenv("SUMMITRY_CONTAINER_SCRIPT"));
    command.add("podman");
    command.addAll(List.of(arguments));
    return command;
  }

  private void saveLog() {
    try {
      Files.writeString(logs.resolve(name + ".log"), quietly("logs", name));
    } catch (IOException | RuntimeException e) {
      // the container may never have been created; the build log says why
    }
  }

  private record Result(int exit, String output) {
    String tail() {
      List<String> lines = output.lines().toList();
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }
  }

  private static Result run(List<String> command, int timeoutSeconds) {
    try {
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
      // podman keeps its temporary files (image layers while building) in TMPDIR, which the
      // build points into target/ but does not create.
      Path tmp = Files.createDirectories(Path.of("target", "container", "tmp").toAbsolutePath());
      builder.environment().put("TMPDIR", tmp.toString());
      Process process = builder.start();
      CompletableFuture<String> output =
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  return new String(
                      process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                } catch (IOException e) {
                  return e.toString();
                }
              });
      if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        return new Result(-1, "timed out after " + timeoutSeconds + " s: " + command);
      }
      return new Result(process.exitValue(), output.get(10, TimeUnit.SECONDS));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** A free port in 18100-18199, the range these machines keep for what tests start. */
  private static int freePort() {
    for (int port = 18100 + (int) (Math.random() * 100), tries = 0;
        tries < 100;
        port = 18100 + (port - 18100 + 1) % 100, tries++) {
      try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
        return port;
      } catch (IOException taken) {
        // try the next one
      }
    }
    throw new IllegalStateException("no free port in 18100-18199");
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
