package org.summitry.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mvc.MvcContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
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
    templates.render(template, variables, Language.of(request).locale(), request, response, html);
    return html.toString();
  }

  /** Whether {@code token} is this session's CSRF token, as Krazo checks it for ordinary forms. */
  public boolean validCsrfToken(String token) {
    return token != null && token.equals(mvc.getCsrf().getToken());
  }

  /** Whether a multipart form carries this session's CSRF token in its CSRF field. */
  public boolean validCsrfToken(Collection<Part> parts) {
    return validCsrfToken(textField(parts, csrfFieldName()));
  }

  /**
   * The value of a small text field of a multipart form (not a file), or null when there is none.
   */
  public static String textField(Collection<Part> parts, String name) {
    for (Part part : parts) {
      if (name.equals(part.getName())
          && part.getSubmittedFileName() == null
          && part.getSize() < 1024) {
        try (InputStream in = part.getInputStream()) {
          return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
          return null;
        }
      }
    }
    return null;
  }

  /** The name of the CSRF field in forms. */
  public String csrfFieldName() {
    return mvc.getCsrf().getName();
  }
}
