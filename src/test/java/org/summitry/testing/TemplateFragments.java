package org.summitry.testing;

import java.io.StringReader;
import java.util.Map;
import java.util.Set;
import nu.validator.htmlparser.dom.HtmlDocumentBuilder;
import org.summitry.platform.control.Templates;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;
import org.thymeleaf.messageresolver.IMessageResolver;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.FileTemplateResolver;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/**
 * Renders one fragment of the application's templates outside the server, with its messages and
 * links under the {@code contextPath} variable, and parses the result as a browser would (the Nu
 * Html Checker's HTML5 parser).
 */
public final class TemplateFragments {

  private static final TemplateEngine ENGINE = engine();

  private TemplateFragments() {}

  /** The fragment {@code name} of {@code template} (e.g. "fragments"), as markup. */
  public static String render(String template, String name, Map<String, Object> variables) {
    Context context = new Context(Templates.LOCALE);
    context.setVariables(variables);
    if (!variables.containsKey("pagesPath")) {
      // English pages: links to pages start where every other link does (see Layout).
      context.setVariable("pagesPath", variables.getOrDefault("contextPath", ""));
    }
    return ENGINE.process(template, Set.of(name), context);
  }

  /** The fragment parsed inside an HTML document's body. */
  public static Document parse(String template, String name, Map<String, Object> variables) {
    return parse(render(template, name, variables));
  }

  /** Markup parsed inside an HTML document's body. */
  public static Document parse(String html) {
    try {
      return new HtmlDocumentBuilder()
          .parse(new InputSource(new StringReader("<!DOCTYPE html><title>t</title>" + html)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static TemplateEngine engine() {
    FileTemplateResolver resolver = new FileTemplateResolver();
    resolver.setPrefix("webapp/WEB-INF/templates/");
    resolver.setSuffix(".html");
    resolver.setTemplateMode(TemplateMode.HTML);
    resolver.setCharacterEncoding("UTF-8");
    TemplateEngine engine = new TemplateEngine();
    engine.setDialect(Templates.dialect());
    engine.setTemplateResolver(resolver);
    engine.setLinkBuilder(
        new StandardLinkBuilder() {
          @Override
          protected String computeContextPath(
              IExpressionContext context, String base, Map<String, Object> parameters) {
            Object path = context.getVariable("contextPath");
            return path == null ? "" : path.toString();
          }
        });
    engine.setMessageResolver(
        new IMessageResolver() {
          @Override
          public String getName() {
            return "messages";
          }

          @Override
          public Integer getOrder() {
            return 0;
          }

          @Override
          public String resolveMessage(
              ITemplateContext context, Class<?> origin, String key, Object[] parameters) {
            return Templates.message(
                Templates.LOCALE, key, parameters == null ? new Object[0] : parameters);
          }

          @Override
          public String createAbsentMessageRepresentation(
              ITemplateContext context, Class<?> origin, String key, Object[] parameters) {
            throw new AssertionError("no message " + key);
          }
        });
    return engine;
  }
}
