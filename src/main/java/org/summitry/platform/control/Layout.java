package org.summitry.platform.control;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.eclipse.microprofile.config.ConfigProvider;
import org.summitry.platform.boundary.Configuration;
import org.summitry.platform.boundary.DemoNotice;
import org.summitry.platform.boundary.Language;
import org.summitry.platform.boundary.LanguagePrefix;
import org.summitry.platform.boundary.PublicAddress;

/** What the shared layout needs on every page, added beside each controller's own model. */
public final class Layout {

  private static final Properties BUILD = readBuild();
  private static final String ASSET_VERSION = property("assets");
  private static final String BUILD_VERSION = property("build");

  /** The language curators write entries in: the archive keeps no translation of them yet. */
  private static final String ENTRY_LANGUAGE = "en";

  /**
   * Stands for an entry's name in an interface sentence ({@code #{people.photos(${nameMark})}}), so
   * that the template's {@code named} fragment can put the name there in a span with its own {@code
   * lang}. A character of Unicode's private use area: no message and no name holds it.
   */
  public static final String NAME_MARK = "\uE000";

  private Layout() {}

  public static void addTo(Map<String, Object> variables, HttpServletRequest request) {
    // The page's path without the language's prefix (/ko/people is the people page), so that the
    // menu marks its section on every language's pages; Krazo hands views the container's own
    // request, whose address still has the prefix.
    String path = "/";
    if (request != null && request.getAttribute(LanguagePrefix.PATH) instanceof String asked) {
      int question = asked.indexOf('?');
      path = question < 0 ? asked : asked.substring(0, question);
    } else if (request != null) {
      path = request.getRequestURI().substring(request.getContextPath().length());
    }
    variables.putIfAbsent("currentPath", path);
    // The search page has its own search form: the header's is left out there.
    variables.put("searchPage", String.valueOf(variables.get("currentPath")).startsWith("/search"));
    variables.put("contextPath", request == null ? "" : request.getContextPath());
    boolean signedIn = request != null && request.getUserPrincipal() != null;
    variables.put("signedIn", signedIn);
    variables.put("callerName", signedIn ? request.getUserPrincipal().getName() : null);
    variables.put("canCurate", signedIn && request.isUserInRole("curator"));
    variables.put("canAdminister", signedIn && request.isUserInRole("admin"));
    variables.putIfAbsent("assetVersion", ASSET_VERSION);
    variables.put("demoNotice", DemoNotice.shown());
    addLanguages(variables, request);
  }

  /** One choice of the language switcher: the same page in another language. */
  public record LanguageChoice(String code, String name, String href, boolean current) {
    /** {@code aria-current}'s value: {@code true} for the page's own language, else none. */
    public String ariaCurrent() {
      return current ? "true" : null;
    }
  }

  /** A {@code <link rel="alternate" hreflang>}: the page in one language, or {@code x-default}. */
  public record Alternate(String hreflang, String href) {}

  /**
   * The page's language ({@code lang}), the switcher's choices ({@code languages}) and, for public
   * pages, the absolute addresses of the page in each language ({@code alternates}). Each choice
   * carries {@code ?lang=}, which {@link LanguagePrefix} remembers in a cookie before sending the
   * visitor on to the page, so that a visitor who picks English is not sent back to the language
   * their browser prefers.
   */
  static void addLanguages(Map<String, Object> variables, HttpServletRequest request) {
    Language language = Language.of(request);
    variables.put("lang", language.code());
    // Entries' own text (titles, descriptions, captions, names in Latin script) is typed by
    // curators in English: on a Korean or Russian page it is marked so, for screen readers to read
    // it with an English voice; on an English page it needs no mark of its own.
    variables.put("contentLang", language == Language.ENGLISH ? null : ENTRY_LANGUAGE);
    variables.put("nameMark", NAME_MARK);
    String context = request == null ? "" : request.getContextPath();
    // Where links to public pages start ("/ko"): templates that build a page's address from parts
    // rather than through @{...} (which adds the prefix itself) start it with this.
    variables.put("pagesPath", context + language.prefix());
    String asked =
        request != null && request.getAttribute(LanguagePrefix.PATH) instanceof String path
            ? path
            : String.valueOf(variables.get("currentPath"));
    int question = asked.indexOf('?');
    String path = question < 0 ? asked : asked.substring(0, question);
    String query = question < 0 ? "" : withoutLang(asked.substring(question + 1));
    boolean localised = LanguagePrefix.localised(path);
    List<LanguageChoice> choices = new ArrayList<>();
    List<Alternate> alternates = new ArrayList<>();
    URI base = localised && request != null ? base(request) : null;
    for (Language each : Language.values()) {
      String address = (localised ? each.prefix() : "") + path;
      choices.add(
          new LanguageChoice(
              each.code(),
              Templates.message(each.locale(), "language.name"),
              context
                  + address
                  + "?"
                  + (query.isEmpty() ? "" : query + "&")
                  + "lang="
                  + each.code(),
              each == language));
      if (base != null) {
        String href = PublicAddress.resolve(base, address) + (query.isEmpty() ? "" : "?" + query);
        alternates.add(new Alternate(each.code(), href));
        if (each == Language.ENGLISH) {
          alternates.add(new Alternate("x-default", href));
        }
      }
    }
    variables.put("languages", choices);
    variables.put("alternates", alternates);
  }

  /** The public base address, as {@link PublicAddress} has it. */
  public static URI base(HttpServletRequest request) {
    return Configuration.publicUrl(ConfigProvider.getConfig())
        .orElseGet(() -> PublicAddress.fromRequest(request));
  }

  private static String withoutLang(String query) {
    StringBuilder kept = new StringBuilder();
    for (String pair : query.split("&")) {
      if (!pair.isEmpty() && !pair.startsWith("lang=")) {
        kept.append(kept.length() == 0 ? "" : "&").append(pair);
      }
    }
    return kept.toString();
  }

  /**
   * A hash of the files under {@code static/}: it changes when one of them does and only then, so
   * links carrying it may be cached for a year and still update.
   */
  public static String assetVersion() {
    return ASSET_VERSION;
  }

  /**
   * The Maven version and a hash of the webapp and the runtime classpath: it changes with every
   * build that changes what is served. "dev" when the classes run without a packaged build.
   */
  public static String buildVersion() {
    return BUILD_VERSION;
  }

  private static String property(String name) {
    return BUILD.getProperty(name, "dev").replaceAll("[^A-Za-z0-9.-]", "");
  }

  /** Written at prepare-package by src/build/java/BuildFingerprint.java, absent before. */
  private static Properties readBuild() {
    try (InputStream in = Layout.class.getResourceAsStream("/summitry-build.properties")) {
      Properties properties = new Properties();
      if (in != null) {
        properties.load(in);
      }
      return properties;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
