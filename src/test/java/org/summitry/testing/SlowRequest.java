package org.summitry.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * A form post whose body trickles in over a while, as a slow upload does: the request is in flight
 * for that long, which is what graceful shutdown must wait for.
 */
public final class SlowRequest {

  private SlowRequest() {}

  /**
   * Starts posting {@code body} to {@code target} over {@code duration}; completes with the status
   * line of the answer, or a description of what happened instead.
   */
  public static CompletableFuture<String> post(URI target, String body, Duration duration) {
    return CompletableFuture.supplyAsync(() -> send(target, body, duration));
  }

  private static String send(URI target, String form, Duration duration) {
    byte[] body = form.getBytes(StandardCharsets.UTF_8);
    try (Socket socket = new Socket(target.getHost(), target.getPort())) {
      socket.setSoTimeout(60_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST "
                  + target.getRawPath()
                  + " HTTP/1.1\r\nHost: "
                  + target.getHost()
                  + "\r\nConnection: close\r\n"
                  + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: "
                  + body.length
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      long pause = Math.max(1, duration.toMillis() / body.length);
      for (byte b : body) {
        out.write(b);
        out.flush();
        Thread.sleep(pause);
      }
      String response =
          new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
      return response.isEmpty()
          ? "(connection closed without an answer)"
          : response.lines().findFirst().orElse("");
    } catch (IOException e) {
      return "(" + e + ")";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "(interrupted)";
    }
  }
}
