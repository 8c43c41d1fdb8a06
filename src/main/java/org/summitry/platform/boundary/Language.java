package org.summitry.platform.boundary;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages of the interface. English is the default and lives at the plain addresses; Korean
 * and Russian pages live under {@code /ko/} and {@code /ru/}, so that every language of a page has
 * an address of its own and any cache (the page cache, a proxy, a CDN) keeps them apart without
 * varying on a cookie.
 */
public enum Language {
  ENGLISH("en", Locale.UK),
  KOREAN("ko", Locale.KOREAN),
  RUSSIAN("ru", Locale.forLanguageTag("ru"));

  /** The request attribute holding the request's {@link Language}. */
  public static final String ATTRIBUTE = Language.class.getName();

  /** The cookie that remembers a language chosen with the switcher. */
  public static final String COOKIE = "summitry-lang";

  private static final ThreadLocal<Language> CURRENT = new ThreadLocal<>();

  private final String code;
  private final Locale locale;

  Language(String code, Locale locale) {
    this.code = code;
    this.locale = locale;
  }

  /** The BCP 47 tag, as in {@code <html lang>} and {@code hreflang}: "en", "ko", "ru". */
  public String code() {
    return code;
  }

  public Locale locale() {
    return locale;
  }

  /** The path prefix of this language's public pages: "" for English, "/ko", "/ru". */
  public String prefix() {
    return this == ENGLISH ? "" : "/" + code;
  }

  /** The language named by a tag ("ko", "ru-RU", "EN"), if it is one of the interface's. */
  public static Optional<Language> of(String tag) {
    if (tag == null) {
      return Optional.empty();
    }
    String language = Locale.forLanguageTag(tag.strip()).getLanguage();
    for (Language candidate : values()) {
      if (candidate.code.equals(language)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** The language a request was answered in, English unless the language filter said otherwise. */
  public static Language of(HttpServletRequest request) {
    return request != null && request.getAttribute(ATTRIBUTE) instanceof Language language
        ? language
        : ENGLISH;
  }

  /**
   * The language the browser ranks first among the interface's (by {@code Accept-Language} and its
   * q-values), or empty when it sends none or ranks none of them.
   */
  public static Optional<Language> accepted(HttpServletRequest request) {
    if (request.getHeader("Accept-Language") == null) {
      return Optional.empty();
    }
    Enumeration<Locale> locales = request.getLocales();
    while (locales.hasMoreElements()) {
      Optional<Language> language = of(locales.nextElement().toLanguageTag());
      if (language.isPresent()) {
        return language;
      }
    }
    return Optional.empty();
  }

  /** The language remembered by the switcher's cookie, if any. */
  public static Optional<Language> remembered(HttpServletRequest request) {
    if (request.getCookies() == null) {
      return Optional.empty();
    }
    for (var cookie : request.getCookies()) {
      if (COOKIE.equals(cookie.getName())) {
        return of(cookie.getValue());
      }
    }
    return Optional.empty();
  }

  /** The language of the request this thread is serving, English outside a request. */
  public static Language current() {
    Language language = CURRENT.get();
    return language == null ? ENGLISH : language;
  }

  /** Sets the language of the request this thread serves; {@code null} clears it. */
  public static void serving(Language language) {
    if (language == null) {
      CURRENT.remove();
    } else {
      CURRENT.set(language);
    }
  }
}
