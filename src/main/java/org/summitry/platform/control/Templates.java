package org.summitry.platform.control;

import com.ibm.icu.text.MessageFormat;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.StringWriter;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.summitry.platform.boundary.Language;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.TemplateSpec;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.messageresolver.IMessageResolver;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.WebApplicationTemplateResolver;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * The one Thymeleaf engine of the application, built on first use. Templates live under {@code
 * WEB-INF/templates} and mirror the URLs; all interface text comes from the {@code messages}
 * bundles (English, Korean, Russian: see {@link org.summitry.platform.boundary.Language}), whose
 * patterns are ICU MessageFormat patterns so that counts take each language's plural forms ({@code
 * {0,plural,one{…} few{…} many{…} other{…}}}).
 */
@ApplicationScoped
public class Templates {

  static final String BUNDLE = "messages";

  /** The default language's locale: English, at the plain addresses. */
  public static final Locale LOCALE = Language.ENGLISH.locale();

  // Without this, a locale without a bundle of its own would fall back to the JVM's default locale
  // before the base bundle (English), so a server running in Russian would answer in Russian.
  private static final ResourceBundle.Control NO_DEFAULT_LOCALE =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  @Inject ServletContext servletContext;

  private volatile TemplateEngine engine;
  private volatile JakartaServletWebApplication application;

  private TemplateEngine engine() {
    TemplateEngine current = engine;
    if (current == null) {
      synchronized (this) {
        current = engine;
        if (current == null) {
          application = JakartaServletWebApplication.buildApplication(servletContext);
          WebApplicationTemplateResolver resolver = new WebApplicationTemplateResolver(application);
          resolver.setPrefix("/WEB-INF/templates/");
          resolver.setSuffix(".html");
          resolver.setTemplateMode(TemplateMode.HTML);
          resolver.setCharacterEncoding("UTF-8");
          resolver.setCacheable(true);
          current = new TemplateEngine();
          current.setDialect(dialect());
          current.setTemplateResolver(resolver);
          current.setMessageResolver(new BundleMessages());
          engine = current;
        }
      }
    }
    return current;
  }

  /**
   * Thymeleaf's standard dialect, its variable expressions evaluated by {@link AccessorChains} (a
   * variable and its accessors called directly, OGNL for everything else); the tests' engines use
   * it too.
   */
  public static StandardDialect dialect() {
    StandardDialect standard = new StandardDialect();
    standard.setVariableExpressionEvaluator(
        new AccessorChains(standard.getVariableExpressionEvaluator()));
    return standard;
  }

  /**
   * The request attribute holding the container's own request and response ({@link Own}), set as
   * each request arrives ({@code RequestsInFlight}). Those handed to views are CDI proxies, and
   * Thymeleaf keeps every variable of a page as a request attribute and builds every link through
   * the response: through the container's own, each is a plain call instead of a trip through the
   * proxy. They travel in a record because the container replaces a request attribute whose value
   * is a request with its CDI proxy on the way to the controller.
   */
  public static final String OWN = Templates.class.getName() + ".own";

  /** The container's own request and response, as the first filter saw them. */
  public record Own(HttpServletRequest request, HttpServletResponse response) {}

  static HttpServletRequest own(HttpServletRequest request) {
    return request.getAttribute(OWN) instanceof Own own ? own.request() : request;
  }

  static HttpServletResponse own(HttpServletRequest request, HttpServletResponse response) {
    return request.getAttribute(OWN) instanceof Own own ? own.response() : response;
  }

  /** Renders {@code template} (a path under {@code WEB-INF/templates}, without ".html"). */
  public void render(
      String template,
      Map<String, Object> variables,
      Locale locale,
      HttpServletRequest request,
      HttpServletResponse response,
      Writer out) {
    TemplateEngine templateEngine = engine();
    WebContext context =
        new WebContext(
            application.buildExchange(new RenderingRequest(own(request)), own(request, response)),
            locale,
            variables);
    templateEngine.process(template, context, out);
  }

  /**
   * Renders one fragment of {@code template} ({@code "fragments"}, {@code "giftCard"}) for the
   * request being answered, to be kept and placed in pages by {@code th:utext}: the markup stays in
   * the template, only its output is kept (see {@code platform.boundary.KeptOutput}).
   */
  public String renderFragment(
      String template,
      String fragment,
      Map<String, Object> variables,
      Locale locale,
      HttpServletRequest request) {
    TemplateEngine templateEngine = engine();
    if (!(request.getAttribute(OWN) instanceof Own own)) {
      throw new IllegalStateException("a fragment is rendered only while answering a request");
    }
    WebContext context =
        new WebContext(
            application.buildExchange(new RenderingRequest(own.request()), own.response()),
            locale,
            variables);
    StringWriter out = new StringWriter(2048);
    templateEngine.process(
        new TemplateSpec(template, Set.of(fragment), TemplateMode.HTML, null), context, out);
    return out.toString();
  }

  /** Looks up interface text outside templates, e.g. for error messages built in Java. */
  public static String message(Locale locale, String key, Object... parameters) {
    Text text = TEXTS.computeIfAbsent(new TextKey(locale, key), Templates::text);
    if (parameters.length == 0) {
      return text.pattern();
    }
    synchronized (text.format()) {
      return text.format().format(parameters);
    }
  }

  /**
   * Parsed messages, kept: a page of charts or lists formats hundreds of labels, and parsing a
   * pattern costs far more than formatting with it. An ICU {@link MessageFormat} is not safe for
   * concurrent use, so each is used by one thread at a time, which costs little since formatting is
   * quick.
   */
  private static final ConcurrentMap<TextKey, Text> TEXTS = new ConcurrentHashMap<>();

  private record TextKey(Locale locale, String key) {}

  private record Text(String pattern, MessageFormat format) {}

  private static Text text(TextKey key) {
    String pattern =
        ResourceBundle.getBundle(
                BUNDLE, key.locale(), Templates.class.getClassLoader(), NO_DEFAULT_LOCALE)
            .getString(key.key());
    return new Text(pattern, new MessageFormat(pattern, key.locale()));
  }

  private static final class BundleMessages implements IMessageResolver {

    @Override
    public String getName() {
      return "summitry-messages";
    }

    @Override
    public Integer getOrder() {
      return 0;
    }

    @Override
    public String resolveMessage(
        ITemplateContext context, Class<?> origin, String key, Object[] parameters) {
      try {
        return message(context.getLocale(), key, parameters == null ? new Object[0] : parameters);
      } catch (MissingResourceException missing) {
        return null;
      }
    }

    @Override
    public String createAbsentMessageRepresentation(
        ITemplateContext context, Class<?> origin, String key, Object[] parameters) {
      return "??" + key + "??";
    }
  }
}
