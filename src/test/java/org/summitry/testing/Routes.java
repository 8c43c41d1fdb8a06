package org.summitry.testing;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.MediaType;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The JAX-RS resource methods of the app (Jakarta MVC controllers included), found by reflection in
 * the compiled classes, as clients call them: an HTTP method and a path template.
 */
public final class Routes {

  private static final Pattern PARAMETER =
      Pattern.compile("\\{\\s*(\\w+)\\s*(?::\\s*((?:[^{}]|\\{[^{}]*})*))?}");
  private static final Pattern WORDS = Pattern.compile("[\\w-]+(\\|[\\w-]+)+");

  private Routes() {}

  /**
   * A resource method as clients call it, such as {@code POST /admin/summits/{id}/publish}, and the
   * Java method that serves it ({@code SummitEditor.change}).
   */
  public record Route(String method, String path, boolean multipart, String javaMethod) {

    public String key() {
      return method + " " + path;
    }

    /** POST, PUT, PATCH and DELETE change things and, in controllers, need the CSRF token. */
    public boolean writes() {
      return !Set.of("GET", "HEAD", "OPTIONS").contains(method);
    }

    /** The names of the path's parameters, in order. */
    public List<String> parameters() {
      return PARAMETER.matcher(path).results().map(found -> found.group(1)).toList();
    }

    /** The path without its leading slash, with these values for its parameters. */
    public String fill(Map<String, String> values) {
      Matcher parameter = PARAMETER.matcher(path);
      StringBuilder filled = new StringBuilder();
      while (parameter.find()) {
        String value =
            Objects.requireNonNull(
                values.get(parameter.group(1)), () -> "No value for " + parameter.group());
        parameter.appendReplacement(filled, Matcher.quoteReplacement(value));
      }
      parameter.appendTail(filled);
      return filled.substring(1);
    }
  }

  /**
   * Every resource method of the classes compiled beside {@code application} under its top package,
   * keyed by {@link Route#key()}. A path parameter whose pattern lists words ({@code {change:
   * publish|unpublish|trash|restore}}) makes one route per word, since each may be open to other
   * callers; any other parameter is written {@code {name}}.
   */
  public static Map<String, Route> of(Class<? extends Application> application) {
    String root = application.getAnnotation(ApplicationPath.class).value();
    Map<String, Route> routes = new TreeMap<>();
    for (Class<?> type : classesBeside(application, application.getPackageName().split("\\.")[0])) {
      if (!type.isAnnotationPresent(Path.class)
          || type.isInterface()
          || Modifier.isAbstract(type.getModifiers())) {
        continue;
      }
      for (Method method : type.getMethods()) {
        if (method.isBridge()) {
          continue;
        }
        String http = httpMethod(method);
        Path sub = method.getAnnotation(Path.class);
        String name = type.getSimpleName() + "." + method.getName();
        if (http == null) {
          if (sub != null) {
            throw new AssertionError(name + " is a sub-resource locator, which is not followed");
          }
          continue;
        }
        String template =
            join(root, type.getAnnotation(Path.class).value(), sub == null ? "" : sub.value());
        for (String path : expand(template)) {
          Route route = new Route(http, path, multipart(method), name);
          Route clash = routes.put(route.key(), route);
          if (clash != null) {
            throw new AssertionError(
                route.key() + " is served by both " + clash.javaMethod() + " and " + name);
          }
        }
      }
    }
    return routes;
  }

  /** The classes in the folder {@code application} was loaded from, under {@code topPackage}. */
  private static List<Class<?>> classesBeside(Class<?> application, String topPackage) {
    try {
      java.nio.file.Path folder =
          java.nio.file.Path.of(
              application.getProtectionDomain().getCodeSource().getLocation().toURI());
      try (Stream<java.nio.file.Path> files = Files.walk(folder.resolve(topPackage))) {
        return files
            .map(file -> folder.relativize(file).toString())
            .filter(name -> name.endsWith(".class") && !name.endsWith("package-info.class"))
            .map(name -> name.substring(0, name.length() - ".class".length()))
            .map(name -> name.replace(File.separatorChar, '.'))
            .<Class<?>>map(name -> load(name, application.getClassLoader()))
            .toList();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Class<?> load(String name, ClassLoader loader) {
    try {
      // Not initialised: some resources build metrics or read files in static fields.
      return Class.forName(name, false, loader);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String httpMethod(Method method) {
    for (Annotation annotation : method.getAnnotations()) {
      HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
      if (http != null) {
        return http.value();
      }
    }
    return null;
  }

  private static boolean multipart(Method method) {
    Consumes consumes = method.getAnnotation(Consumes.class);
    if (consumes == null) {
      consumes = method.getDeclaringClass().getAnnotation(Consumes.class);
    }
    return consumes != null
        && Arrays.asList(consumes.value()).contains(MediaType.MULTIPART_FORM_DATA);
  }

  private static String join(String... parts) {
    return "/"
        + Arrays.stream(parts)
            .flatMap(part -> Arrays.stream(part.split("/")))
            .filter(segment -> !segment.isBlank())
            .collect(Collectors.joining("/"));
  }

  private static List<String> expand(String template) {
    Matcher parameter = PARAMETER.matcher(template);
    if (!parameter.find()) {
      return List.of(template);
    }
    String before = template.substring(0, parameter.start());
    String pattern = parameter.group(2) == null ? "" : parameter.group(2).strip();
    List<String> values =
        WORDS.matcher(pattern).matches()
            ? List.of(pattern.split("\\|"))
            : List.of("{" + parameter.group(1) + "}");
    List<String> paths = new ArrayList<>();
    for (String value : values) {
      for (String rest : expand(template.substring(parameter.end()))) {
        paths.add(before + value + rest);
      }
    }
    return paths;
  }
}
