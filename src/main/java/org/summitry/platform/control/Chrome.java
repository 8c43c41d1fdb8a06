package org.summitry.platform.control;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.summitry.platform.boundary.KeptOutput;

/**
 * The parts of the layout that are the same on many pages: the brand and main menu (per section of
 * the site, for the menu marks the current one), the footer and the links to styles and scripts.
 * Each is a fragment of {@code layout.html}, rendered once per language and variant and then placed
 * by {@code th:utext="${chrome.html('…')}"}, instead of evaluating its fifty-odd expressions again
 * on every page. Templates rendered without a chrome (error pages) draw the fragments in place.
 * None of them depends on the archive's content, so they are kept for as long as the build runs.
 */
public final class Chrome {

  /** The menu's sections, in the order of the menu: a page under one of them marks it current. */
  private static final List<String> SECTIONS =
      List.of(
          "/summits",
          "/stories",
          "/gifts",
          "/people",
          "/countries",
          "/timeline",
          "/map",
          "/flows",
          "/statistics");

  private static final KeptOutput<String> KEPT = new KeptOutput<>(512);

  private final Templates templates;
  private final Map<String, Object> variables;
  private final Locale locale;
  private final HttpServletRequest request;

  Chrome(
      Templates templates,
      Map<String, Object> variables,
      Locale locale,
      HttpServletRequest request) {
    this.templates = templates;
    this.variables = variables;
    this.locale = locale;
    this.request = request;
  }

  /** The markup of the layout's fragment {@code fragment} for this page. */
  public String html(String fragment) {
    KeptOutput.Key key =
        new KeptOutput.Key(
            fragment,
            variant(fragment),
            locale.toLanguageTag(),
            String.valueOf(variables.get("contextPath")));
    return KEPT.get(
        key,
        Layout.buildVersion(),
        () -> templates.renderFragment("layout", fragment, variables, locale, request));
  }

  private String variant(String fragment) {
    return switch (fragment) {
      case "menu" -> section(String.valueOf(variables.get("currentPath")));
      case "footer" -> String.valueOf(variables.get("demoNotice"));
      default -> "";
    };
  }

  static String section(String path) {
    for (String section : SECTIONS) {
      if (path.startsWith(section)) {
        return section;
      }
    }
    return "";
  }
}
