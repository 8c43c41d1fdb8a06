package org.summitry.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mvc.MvcContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;
import org.summitry.platform.control.Layout;
import org.summitry.platform.control.Templates;

/**
 * Renders a page for resources that are not MVC controllers (a multipart upload, whose CSRF token
 * the resource checks itself), with the same layout variables as every other page.
 */
@ApplicationScoped
public class Pages {

  @Inject Templates templates;
  @Inject MvcContext mvc;

  public String render(
      String template,
      Map<String, Object> model,
      HttpServletRequest request,
      HttpServletResponse response) {
    Map<String, Object> variables = new HashMap<>(model);
    Layout.addTo(variables, request);
    variables.put("csrf", mvc.getCsrf());
    StringWriter html = new StringWriter();
    templates.render(template, variables, Templates.LOCALE, request, response, html);
    return html.toString();
  }

  /** Whether {@code token} is this session's CSRF token, as Krazo checks it for ordinary forms. */
  public boolean validCsrfToken(String token) {
    return token != null && token.equals(mvc.getCsrf().getToken());
  }

  /** The name of the CSRF field in forms. */
  public String csrfFieldName() {
    return mvc.getCsrf().getName();
  }
}
