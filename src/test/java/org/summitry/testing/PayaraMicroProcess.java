package org.summitry.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The built WAR on Payara Micro in a process of its own, started the way the README starts it and
 * configured only through environment variables, as an operator would.
 */
public final class PayaraMicroProcess implements AutoCloseable {

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private final Process process;
  private final Path log;
  private final int port;

  private PayaraMicroProcess(Process process, Path log, int port) {
    this.process = process;
    this.log = log;
    this.port = port;
  }

  /** Starts the app with these environment variables and waits until the home page answers. */
  public static PayaraMicroProcess start(String name, Map<String, String> environment) {
    try {
      return start(name, environment, freePort());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The same on a given port, for machines where tests must keep to a range of ports. */
  public static PayaraMicroProcess start(String name, Map<String, String> environment, int port) {
    return start(name, environment, port, List.of("--nocluster"));
  }

  /**
   * The same with Payara Micro arguments of the test's choosing in place of {@code --nocluster},
   * such as {@code --clustermode tcpip:127.0.0.1:18750,127.0.0.1:18751 --startport 18750} to join a
   * cluster.
   */
  public static PayaraMicroProcess start(
      String name, Map<String, String> environment, int port, List<String> payaraArguments) {
    try {
      Path work = Path.of("target", "processes").toAbsolutePath();
      Files.createDirectories(work);
      for (int attempt = 1; ; attempt++) {
        Path log = work.resolve(name + "-" + port + (attempt == 1 ? "" : "-" + attempt) + ".log");
        ProcessBuilder builder =
            new ProcessBuilder(command(port, payaraArguments))
                .directory(work.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        PayaraMicroProcess app = new PayaraMicroProcess(builder.start(), log, port);
        if (app.awaitReady(Duration.ofMinutes(3)) || attempt == 2) {
          return app;
        }
        // Payara Micro on a loaded machine has once failed to find the WAR's EJBs while deploying
        // ("DeploymentContext does not contain any EJB") and then served nothing; a second start
        // of the same WAR deploys it. A WAR that cannot deploy fails both times.
        System.err.println(
            "Payara Micro failed to deploy the WAR; starting it once more. First error:\n"
                + app.firstError());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> command(int port, List<String> payaraArguments) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Djava.awt.headless=true");
    // Bridges of containers on the test machines confuse Hazelcast's choice of an address.
    command.add("-Djava.net.preferIPv4Stack=true");
    command.addAll(
        List.of(
            "-jar",
            System.getProperty("payara.micro.jar"),
            "--deploy",
            System.getProperty("summitry.war"),
            "--contextroot",
            "/",
            "--port",
            Integer.toString(port)));
    command.addAll(payaraArguments);
    return command;
  }

  public URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + "/" + path);
  }

  public HttpResponse<String> get(String path) {
    try {
      return HTTP.send(
          HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * Waits for the home page; false when Payara Micro reports that the WAR failed to deploy (it
   * keeps running, serving nothing), after stopping it.
   */
  private boolean awaitReady(Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        fail("Payara Micro exited with " + process.exitValue() + ":\n" + tail());
      }
      if (deploymentFailed()) {
        close();
        return false;
      }
      try {
        // Bounded from outside too: a request to a server that is still starting can hang past
        // the client's own timeout.
        HttpResponse<String> home =
            HTTP.sendAsync(
                    HttpRequest.newBuilder(uri("")).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString())
                .get(10, TimeUnit.SECONDS);
        if (home.statusCode() == 200) {
          return true;
        }
      } catch (ExecutionException | TimeoutException notYet) {
        // the server is still starting
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      sleep(500);
    }
    close();
    fail(
        "Payara Micro did not answer within "
            + timeout
            + ". First error:\n"
            + firstError()
            + "\nEnd of the log:\n"
            + tail());
    return false;
  }

  private boolean deploymentFailed() {
    try {
      String text = Files.readString(log);
      return text.contains("Exception while preparing the app")
          || text.contains("Exception while loading the app");
    } catch (IOException e) {
      return false;
    }
  }

  /** The first SEVERE entry of the log, where the cause of a failed start usually is. */
  public String firstError() {
    try {
      List<String> lines = Files.readAllLines(log);
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).contains("[SEVERE]")) {
          return String.join("\n", lines.subList(i, Math.min(lines.size(), i + 40)));
        }
      }
      return "(none)";
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  /** The server's whole log so far, for what an operator reads in it. */
  public String log() {
    try {
      return Files.readString(log);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The end of the server's log, for failure messages. */
  public String tail() {
    try {
      List<String> lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  /** Ends the server at once (SIGKILL), as a crash or a lost machine would, without a shutdown. */
  public void kill() {
    try {
      process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Stops the server as an operator's SIGTERM would, and waits for it to finish. */
  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
