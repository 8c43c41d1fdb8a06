package org.summitry.curation.boundary;

/** The version an editor started from, sent back in a hidden field. */
final class Versions {

  private Versions() {}

  /** The version, or -1 (never current) when the field is missing or tampered with. */
  static Long parse(String version) {
    try {
      return version == null ? -1L : Long.valueOf(version.strip());
    } catch (NumberFormatException e) {
      return -1L;
    }
  }
}
