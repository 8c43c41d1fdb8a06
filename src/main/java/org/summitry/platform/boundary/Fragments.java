package org.summitry.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.summitry.platform.control.Layout;
import org.summitry.platform.control.Templates;

/**
 * One fragment of a template rendered on its own for the request being answered, so that its output
 * can be kept ({@link KeptOutput}) and placed in pages: the markup stays in the template.
 */
@ApplicationScoped
public class Fragments {

  @Inject Templates templates;

  /** The language pages are drawn in. */
  public Locale locale(HttpServletRequest request) {
    return Language.of(request).locale();
  }

  public String render(
      String template, String fragment, Map<String, Object> variables, HttpServletRequest request) {
    // The same layout variables a whole page gets (addresses, asset version), then the caller's.
    Map<String, Object> all = new HashMap<>();
    Layout.addTo(all, request);
    all.putAll(variables);
    return templates.renderFragment(template, fragment, all, locale(request), request);
  }
}
