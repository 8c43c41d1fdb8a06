import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;

/**
 * The container's HEALTHCHECK: asks the app on this host for a health endpoint and exits 0 when it
 * answers 200, 1 otherwise. It exists because a JRE base image need not have curl or wget, while it
 * always has java. Kept to the JDK's plainest HTTP client so it starts in a fraction of a second.
 *
 * <p>Usage: {@code java -cp /opt/summitry/probe HealthProbe [path]}, path defaulting to {@code
 * /health/ready}; the port is {@code SUMMITRY_PORT} (default 8080), as the app itself uses.
 */
public final class HealthProbe {

  private HealthProbe() {}

  public static void main(String[] args) {
    String path = args.length > 0 ? args[0] : "/health/ready";
    String port = System.getenv().getOrDefault("SUMMITRY_PORT", "8080");
    try {
      HttpURLConnection connection =
          (HttpURLConnection) new URL("http://127.0.0.1:" + port + path).openConnection();
      connection.setConnectTimeout(3000);
      connection.setReadTimeout(8000);
      int status = connection.getResponseCode();
      InputStream body = status < 400 ? connection.getInputStream() : connection.getErrorStream();
      String text = body == null ? "" : new String(body.readNBytes(2000), StandardCharsets.UTF_8);
      System.out.println(status + " " + text);
      System.exit(status == 200 ? 0 : 1);
    } catch (IOException e) {
      System.out.println("no answer on port " + port + ": " + e);
      System.exit(1);
    }
  }
}
