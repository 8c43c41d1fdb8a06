import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes summitry-build.properties from what is built, never from the clock, so two builds of the
 * same sources give the same WAR (see pom.xml, prepare-package). Run as a single-file program:
 *
 * <pre>
 * java BuildFingerprint.java OUT VERSION WEBAPP CLASSPATH
 * </pre>
 *
 * <ul>
 *   <li>{@code assets}: a hash of WEBAPP/static, the files whose links carry {@code ?v=}; it
 *       changes only when one of them does, so browsers keep the rest for a year.
 *   <li>{@code build}: VERSION and a hash of everything that shapes an answer: the whole of WEBAPP
 *       (templates included) and the runtime classpath (the compiled classes and the libraries
 *       packed into the WAR). Page validators include it.
 * </ul>
 *
 * Files are hashed in the order of their paths relative to their root, written with '/', and
 * libraries by file name, so neither the checkout's nor the Maven repository's location matters.
 */
public final class BuildFingerprint {

  private static final String OUTPUT_NAME = "summitry-build.properties";

  public static void main(String[] args) throws IOException {
    if (args.length != 4) {
      System.err.println("usage: java BuildFingerprint.java OUT VERSION WEBAPP CLASSPATH");
      System.exit(2);
    }
    Path out = Path.of(args[0]);
    String version = args[1];
    Path webapp = Path.of(args[2]);

    MessageDigest assets = sha256();
    hashTree(assets, webapp.resolve("static"));

    MessageDigest build = sha256();
    hashTree(build, webapp);
    for (String entry : args[3].split(java.io.File.pathSeparator)) {
      if (entry.isBlank()) {
        continue;
      }
      Path path = Path.of(entry);
      if (Files.isDirectory(path)) {
        hashTree(build, path);
      } else if (Files.isRegularFile(path)) {
        hashFile(build, path.getFileName().toString(), path);
      }
    }

    String properties =
        "assets=" + shortHex(assets) + "\n" + "build=" + version + "-" + shortHex(build) + "\n";
    Files.createDirectories(out.getParent());
    Files.writeString(out, properties, StandardCharsets.UTF_8);
    System.out.print(properties);
  }

  private static void hashTree(MessageDigest digest, Path root) throws IOException {
    if (!Files.isDirectory(root)) {
      return;
    }
    List<String> names = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      files
          .filter(Files::isRegularFile)
          .filter(file -> !file.getFileName().toString().equals(OUTPUT_NAME))
          .map(file -> root.relativize(file).toString().replace('\\', '/'))
          .sorted()
          .forEach(names::add);
    }
    for (String name : names) {
      hashFile(digest, name, root.resolve(name));
    }
  }

  /** The name, the length and the bytes, so no two different trees can run together alike. */
  private static void hashFile(MessageDigest digest, String name, Path file) {
    try {
      byte[] content = Files.readAllBytes(file);
      digest.update((name + "\0" + content.length + "\0").getBytes(StandardCharsets.UTF_8));
      digest.update(content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String shortHex(MessageDigest digest) {
    return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
