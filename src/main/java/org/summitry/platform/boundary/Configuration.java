package org.summitry.platform.boundary;

import java.nio.file.Path;
import org.eclipse.microprofile.config.Config;

/** Where the archive keeps its state; every option is documented in the README. */
public final class Configuration {

  private Configuration() {}

  /**
   * {@code SUMMITRY_DATA_DIR}: the H2 database and photo files live here; relative to the working
   * directory.
   */
  public static Path dataDirectory(Config config) {
    return Path.of(config.getOptionalValue("summitry.data.dir", String.class).orElse("./data"))
        .toAbsolutePath()
        .normalize();
  }
}
