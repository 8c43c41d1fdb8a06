package org.summitry.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The Big List of Naughty Strings in ../shared/data/blns.txt: every line but comments and blanks.
 */
public final class NaughtyStrings {

  private NaughtyStrings() {}

  public static List<String> lines() {
    try {
      return Files.readAllLines(Path.of("..", "shared", "data", "blns.txt"), StandardCharsets.UTF_8)
          .stream()
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
