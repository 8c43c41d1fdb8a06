package org.summitry.platform.control;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mvc.MvcContext;
import jakarta.mvc.engine.ViewEngine;
import jakarta.mvc.engine.ViewEngineContext;
import jakarta.mvc.engine.ViewEngineException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.summitry.platform.boundary.Language;
import org.summitry.platform.boundary.LanguagePrefix;
import org.summitry.platform.boundary.PageMeta;
import org.summitry.platform.boundary.Representation;

/**
 * Lets Jakarta MVC controllers return Thymeleaf view names ("gifts/show.html"). A view engine of
 * our own rather than krazo-thymeleaf, so that the engine is the same one error pages use and its
 * message bundle is the application's.
 */
@ApplicationScoped
@Priority(ViewEngine.PRIORITY_APPLICATION)
public class ThymeleafViewEngine implements ViewEngine {

  /** Characters gathered before they are encoded: most pages fit in one run. */
  private static final int PAGE_BUFFER = 16 * 1024;

  @Inject Templates templates;

  @Inject MvcContext mvc;

  @Override
  public boolean supports(String view) {
    return view.endsWith(".html");
  }

  @Override
  public void processView(ViewEngineContext context) throws ViewEngineException {
    KeptServiceFiles.withApplicationLoader(() -> render(context));
  }

  private void render(ViewEngineContext context) throws ViewEngineException {
    Object model = context.getModels().get("meta");
    PageMeta meta = model instanceof PageMeta pageMeta ? pageMeta : null;
    HttpServletRequest asked = context.getRequest(HttpServletRequest.class);
    Language language = Language.of(asked);
    if (meta != null && language != Language.ENGLISH && meta.url() != null) {
      String base = Layout.base(asked).toString();
      if (meta.url().startsWith(base)) {
        meta =
            meta.withUrl(
                base + language.prefix().substring(1) + "/" + meta.url().substring(base.length()));
      }
    }
    if (meta != null) {
      context.getResponseHeaders().putSingle("Link", meta.linkHeader());
    }
    if (meta != null
        && meta.jsonLd() != null
        && meta.data() != null
        && asked.getAttribute(Representation.ATTRIBUTE) == Representation.LINKED_DATA) {
      writeLinkedData(context, meta);
      return;
    }
    String view = context.getView();
    String template = view.substring(0, view.length() - ".html".length());
    Map<String, Object> variables = new HashMap<>(context.getModels().asMap());
    HttpServletRequest request = context.getRequest(HttpServletRequest.class);
    HttpServletResponse response = context.getResponse(HttpServletResponse.class);
    if (meta != null) {
      variables.put("meta", meta);
    }
    Layout.addTo(variables, request);
    variables.put("csrf", mvc.getCsrf());
    // Public pages only: their links are the same for every page of a language (the back office's
    // are not prefixed with it).
    if (LanguagePrefix.localised(String.valueOf(variables.get("currentPath")))) {
      variables.put("chrome", new Chrome(templates, variables, language.locale(), request));
    }
    try {
      // Thymeleaf writes a page in hundreds of small pieces; encoding each on its own costs more
      // than rendering it, so they are gathered first and encoded in large runs.
      Writer out =
          new BufferedWriter(
              new OutputStreamWriter(bulk(context.getOutputStream()), StandardCharsets.UTF_8),
              PAGE_BUFFER);
      templates.render(template, variables, language.locale(), request, response, out);
      out.flush();
    } catch (IOException e) {
      throw new ViewEngineException(e);
    }
  }

  /**
   * An entry page's JSON-LD twin instead of the page: the same description the page embeds, from
   * the same model, so the two cannot disagree.
   */
  private static void writeLinkedData(ViewEngineContext context, PageMeta meta)
      throws ViewEngineException {
    context
        .getResponseHeaders()
        .putSingle("Content-Type", Representation.LINKED_DATA.mediaType() + ";charset=UTF-8");
    try {
      OutputStream out = bulk(context.getOutputStream());
      out.write(meta.jsonLd().getBytes(StandardCharsets.UTF_8));
      out.flush();
    } catch (IOException e) {
      throw new ViewEngineException(e);
    }
  }

  private static final String KRAZO_STREAM =
      "org.eclipse.krazo.core.ViewableWriter$DelegatingServletOutputStream";

  private static volatile Field krazoStreamTarget;

  /**
   * The stream to write the page to. Krazo hands views a stream that passes on one byte at a time
   * (it implements only {@code write(int)}), so every byte of a page would go through each stream
   * below it in a call of its own; the stream it wraps (JAX-RS's entity stream, which commits the
   * status and headers as usual) takes whole buffers. Any other stream, or one whose field cannot
   * be read, is used as given.
   */
  static OutputStream bulk(OutputStream given) {
    if (given == null || !given.getClass().getName().equals(KRAZO_STREAM)) {
      return given;
    }
    try {
      Field target = krazoStreamTarget;
      if (target == null) {
        target = given.getClass().getDeclaredField("out");
        target.setAccessible(true);
        krazoStreamTarget = target;
      }
      Object wrapped = target.get(given);
      return wrapped instanceof OutputStream stream ? stream : given;
    } catch (ReflectiveOperationException | RuntimeException unavailable) {
      return given;
    }
  }
}
