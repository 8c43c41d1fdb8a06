package org.summitry.platform.boundary;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.mvc.Controller;
import jakarta.mvc.locale.LocaleResolver;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Method;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.eclipse.krazo.MvcContextImpl;
import org.eclipse.krazo.jaxrs.JaxRsContextProducer;
import org.eclipse.krazo.jaxrs.PostMatchingRequestFilter;
import org.eclipse.krazo.jaxrs.PreMatchingRequestFilter;
import org.eclipse.krazo.locale.LocaleResolverContextImpl;

/**
 * What Eclipse Krazo does at the start of every request, done with the beans injected once instead
 * of looked up on every call. Krazo's own filters ({@link PreMatchingRequestFilter}, {@link
 * PostMatchingRequestFilter}) find the request's beans and locale resolvers through {@code
 * CDI.current()}, which in Payara walks the calling thread's stack to tell which application asks:
 * four walks a request, a tenth of a public page's time. These do the same work: hand the request's
 * JAX-RS objects to Krazo's producer (so that Krazo's beans can inject them) and set the request's
 * locale from the highest-priority resolver that answers. {@link Site} registers Krazo's other
 * providers and these in place of the two.
 */
public final class KrazoRequestStart {

  private KrazoRequestStart() {}

  /** Krazo's providers as {@link Site} registers them: all but the two replaced here. */
  static final List<String> PROVIDERS =
      List.of(
          "org.eclipse.krazo.core.ViewResponseFilter",
          "org.eclipse.krazo.core.ViewableWriter",
          "org.eclipse.krazo.security.CsrfValidateFilter",
          "org.eclipse.krazo.security.CsrfProtectFilter",
          "org.eclipse.krazo.security.CsrfExceptionMapper",
          "org.eclipse.krazo.binding.convert.MvcConverterProvider",
          "org.eclipse.krazo.forms.FormMethodOverwriteFilter",
          "org.eclipse.krazo.jersey.model.KrazoModelProcessor",
          "org.eclipse.krazo.jersey.validation.KrazoValidationInterceptor",
          BeforeMatching.class.getName(),
          AfterMatching.class.getName());

  /** The request's JAX-RS objects, as Krazo's producer takes them (its setters are protected). */
  private static final MethodHandle SET_CONFIGURATION =
      setter("setConfiguration", Configuration.class);

  private static final MethodHandle SET_RESPONSE = setter("setResponse", HttpServletResponse.class);
  private static final MethodHandle SET_APPLICATION = setter("setApplication", Application.class);
  private static final MethodHandle SET_URI_INFO = setter("setUriInfo", UriInfo.class);
  private static final MethodHandle SET_RESOURCE_INFO =
      setter("setResourceInfo", ResourceInfo.class);

  private static MethodHandle setter(String name, Class<?> type) {
    try {
      Method method = JaxRsContextProducer.class.getDeclaredMethod(name, type);
      method.setAccessible(true);
      return MethodHandles.lookup().unreflect(method);
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new IllegalStateException("Krazo's JaxRsContextProducer has changed: " + name, e);
    }
  }

  private static void hand(MethodHandle setter, JaxRsContextProducer producer, Object value) {
    try {
      setter.invoke(producer, value);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }

  /** Hands the request's JAX-RS objects to Krazo's producer, as both of Krazo's filters do. */
  private static void hand(
      JaxRsContextProducer producer,
      Configuration configuration,
      HttpServletResponse response,
      Application application,
      UriInfo uriInfo) {
    hand(SET_CONFIGURATION, producer, configuration);
    hand(SET_RESPONSE, producer, response);
    hand(SET_APPLICATION, producer, application);
    hand(SET_URI_INFO, producer, uriInfo);
  }

  /** Before the resource is matched: the request's objects and its locale. */
  @PreMatching
  @Priority(Interceptor.Priority.PLATFORM_BEFORE)
  public static class BeforeMatching implements ContainerRequestFilter {

    @Context private Configuration configuration;
    @Context private HttpServletResponse response;
    @Context private Application application;
    @Context private UriInfo uriInfo;

    @Inject private JaxRsContextProducer producer;
    @Inject private MvcContextImpl mvc;
    @Inject @Any private Instance<LocaleResolver> resolvers;

    /** The resolvers, highest priority first (as Krazo orders them), found on the first request. */
    private volatile List<LocaleResolver> ordered;

    @Override
    public void filter(ContainerRequestContext request) {
      hand(producer, configuration, response, application, uriInfo);
      mvc.setLocale(locale(request));
    }

    private Locale locale(ContainerRequestContext request) {
      List<LocaleResolver> chain = ordered;
      if (chain == null) {
        chain =
            resolvers.stream()
                .sorted(Comparator.comparingInt(BeforeMatching::priority).reversed())
                .toList();
        ordered = chain;
      }
      LocaleResolverContextImpl context = new LocaleResolverContextImpl(configuration, request);
      for (LocaleResolver resolver : chain) {
        Locale locale = resolver.resolveLocale(context);
        if (locale != null) {
          return locale;
        }
      }
      throw new IllegalStateException("No locale resolver answered (" + chain.size() + " asked)");
    }

    /** A resolver's {@code @Priority} (1000 without one), read through a CDI client proxy too. */
    static int priority(Object resolver) {
      Class<?> type = resolver.getClass();
      while (type != null && type.getName().contains("$Proxy$_$$_")) {
        type = type.getSuperclass();
      }
      Priority priority = type == null ? null : type.getAnnotation(Priority.class);
      return priority == null ? 1000 : priority.value();
    }
  }

  /** Once a controller is matched: its resource too. */
  @Controller
  @Priority(Interceptor.Priority.PLATFORM_BEFORE)
  public static class AfterMatching implements ContainerRequestFilter {

    @Context private Configuration configuration;
    @Context private HttpServletResponse response;
    @Context private Application application;
    @Context private UriInfo uriInfo;
    @Context private ResourceInfo resourceInfo;

    @Inject private JaxRsContextProducer producer;

    @Override
    public void filter(ContainerRequestContext request) {
      hand(producer, configuration, response, application, uriInfo);
      hand(SET_RESOURCE_INFO, producer, resourceInfo);
    }
  }

  /** The names Jersey reads from {@code jersey.config.server.provider.classnames}. */
  static String providerNames() {
    return String.join(",", PROVIDERS);
  }
}
