package org.summitry.testing;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import nu.validator.client.EmbeddedValidator;

/** The Nu Html Checker, run inside the tests: the errors it finds in a page, as readable lines. */
public final class HtmlChecker {

  private static final EmbeddedValidator VALIDATOR = new EmbeddedValidator();

  static {
    VALIDATOR.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
  }

  private HtmlChecker() {}

  public static synchronized List<String> errors(String html) {
    try {
      String report =
          VALIDATOR.validate(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
      return Arrays.stream(report.split("\n")).filter(line -> line.contains("error:")).toList();
    } catch (Exception e) {
      throw new IllegalStateException("The HTML checker failed: " + e.getMessage(), e);
    }
  }
}
