package org.summitry.platform.control;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The request as one rendering of a template sees it: Thymeleaf keeps a page's variables (the
 * model, each {@code th:each} item, each {@code th:with}) as attributes of the request, and here
 * they live in a map of this rendering's own instead of going through the servlet container's
 * attribute handling (its checks and listeners, every time a loop moves on). Attributes the request
 * already holds are read through; what a rendering sets or removes stays with it, so a fragment
 * rendered inside a page ({@link Chrome}) does not change the page's variables.
 */
final class RenderingRequest extends HttpServletRequestWrapper {

  /** Stands for an attribute this rendering removed, so that the request's own is not read. */
  private static final Object REMOVED = new Object();

  private final Map<String, Object> own = new HashMap<>(64);

  RenderingRequest(HttpServletRequest request) {
    super(request);
  }

  @Override
  public Object getAttribute(String name) {
    Object value = own.get(name);
    if (value == null) {
      return super.getAttribute(name);
    }
    return value == REMOVED ? null : value;
  }

  @Override
  public void setAttribute(String name, Object value) {
    if (name == null) {
      throw new IllegalArgumentException("An attribute needs a name");
    }
    own.put(name, value == null ? REMOVED : value);
  }

  @Override
  public void removeAttribute(String name) {
    own.put(name, REMOVED);
  }

  @Override
  public Enumeration<String> getAttributeNames() {
    Set<String> names = new LinkedHashSet<>(Collections.list(super.getAttributeNames()));
    own.forEach(
        (name, value) -> {
          if (value == REMOVED) {
            names.remove(name);
          } else {
            names.add(name);
          }
        });
    return Collections.enumeration(names);
  }
}
