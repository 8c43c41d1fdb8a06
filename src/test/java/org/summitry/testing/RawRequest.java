package org.summitry.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/**
 * An HTTP request written byte for byte, for what no HTTP client library lets a test send: a
 * malformed Host header, an address the client would have normalised, a body length that lies.
 */
public final class RawRequest {

  private RawRequest() {}

  /**
   * Sends {@code request} to the port on loopback and returns the answer as it came, until the
   * server closes the connection or is quiet for ten seconds; an interim "100 Continue" is left
   * out.
   */
  public static String send(int port, String request) {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
      socket.getOutputStream().flush();
      ByteArrayOutputStream answer = new ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      try {
        for (int read; (read = socket.getInputStream().read(buffer)) > 0; ) {
          answer.write(buffer, 0, read);
        }
      } catch (SocketTimeoutException | SocketException stopped) {
        // what arrived is the answer
      }
      String text = answer.toString(StandardCharsets.UTF_8);
      return text.startsWith("HTTP/1.1 100") ? text.substring(text.indexOf("\r\n\r\n") + 4) : text;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
