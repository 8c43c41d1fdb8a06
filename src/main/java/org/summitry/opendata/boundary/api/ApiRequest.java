package org.summitry.opendata.boundary.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.summitry.kernel.Page;
import org.summitry.people.boundary.CountryView;
import org.summitry.people.boundary.People;
import org.summitry.platform.boundary.ProblemDetails;
import org.summitry.platform.boundary.PublicAddress;
import org.summitry.platform.boundary.PublicLinks;

/**
 * What every API request shares: its query parameters read strictly (a value that is not understood
 * is a 400 naming the parameter, never silently ignored), absolute addresses of API documents and
 * public pages, and the answer as JSON with the RFC 8288 {@code Link} header of a list's pages. Its
 * validators ({@code ETag}, {@code Last-Modified}), 304s and {@code Cache-Control} come from {@code
 * site.boundary.PublicPageCache}, as for every public answer, before the resource runs.
 */
@RequestScoped
public class ApiRequest {

  static final String JSON = "application/json";
  static final int DEFAULT_PAGE = 1;
  static final int DEFAULT_SIZE = 20;
  static final int MAX_SIZE = 100;

  private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(true));

  @Inject HttpServletRequest request;
  @Inject PublicAddress address;
  @Inject People people;

  private URI base;

  private URI base() {
    if (base == null) {
      base = address.base();
    }
    return base;
  }

  /** Public page addresses beneath the archive's public address. */
  PublicLinks pages() {
    return new PublicLinks(base());
  }

  /** The absolute address of an API document, such as {@code api("gifts/tea-set")}. */
  String api(String path) {
    return PublicAddress.resolve(base(), "api/v1/" + path);
  }

  /** An API list's address with these query parameters (nulls left out) and a page. */
  String api(String path, Map<String, String> query, Integer page, Integer size) {
    Map<String, String> all = new LinkedHashMap<>(query);
    if (page != null) {
      all.put("page", page.toString());
    }
    if (size != null) {
      all.put("size", size.toString());
    }
    StringBuilder address = new StringBuilder(api(path));
    char separator = '?';
    for (Map.Entry<String, String> parameter : all.entrySet()) {
      if (parameter.getValue() != null) {
        address
            .append(separator)
            .append(parameter.getKey())
            .append('=')
            .append(URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8));
        separator = '&';
      }
    }
    return address.toString();
  }

  /** A page number from 1; absent means 1. */
  int page(String value) {
    return wholeNumber("page", value, DEFAULT_PAGE, 1, Integer.MAX_VALUE);
  }

  /** A page size from 1 to {@value #MAX_SIZE}; absent means {@value #DEFAULT_SIZE}. */
  int size(String value) {
    return wholeNumber("size", value, DEFAULT_SIZE, 1, MAX_SIZE);
  }

  /** A calendar year from 1 to 9999, or null when absent. */
  Integer year(String parameter, String value) {
    return blank(value) ? null : wholeNumber(parameter, value, 0, 1, 9999);
  }

  private int wholeNumber(String parameter, String value, int absent, int min, int max) {
    if (blank(value)) {
      return absent;
    }
    try {
      int number = Integer.parseInt(value.strip());
      if (number >= min && number <= max) {
        return number;
      }
    } catch (NumberFormatException e) {
      // answered below, with the range
    }
    throw invalid(
        parameter,
        parameter
            + " must be a whole number from "
            + min
            + (max == Integer.MAX_VALUE ? " up" : " to " + max)
            + ", not “"
            + value
            + "”.");
  }

  /** A path's numeric id; anything else names no entry. */
  static Optional<Long> id(String value) {
    return value != null && value.matches("[0-9]{1,18}")
        ? Optional.of(Long.valueOf(value))
        : Optional.empty();
  }

  static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  /** The country a parameter names by its code; null when blank, a 400 when there is none. */
  CountryView country(String parameter, String code) {
    if (blank(code)) {
      return null;
    }
    String value = code.strip();
    return people
        .country(value.toUpperCase(Locale.ROOT))
        .orElseThrow(
            () -> invalid(parameter, "There is no country with the code “" + value + "”."));
  }

  /** A 400 naming the query parameter that was not understood, in the detail too. */
  WebApplicationException invalid(String parameter, String detail) {
    return new WebApplicationException(
        ProblemDetails.response(
            400,
            detail.startsWith(parameter + " ") ? detail : parameter + ": " + detail,
            ProblemDetails.instance(request),
            Map.of("parameter", parameter)));
  }

  /** A 404 saying what was not found. */
  WebApplicationException notFound(String detail) {
    return new NotFoundException(
        ProblemDetails.response(404, detail, ProblemDetails.instance(request), Map.of()));
  }

  /** Links to the pages of a list, the same in the body and the {@code Link} header. */
  ApiModel.PageLinks pageLinks(
      String path, Map<String, String> query, int number, int size, int pages) {
    return new ApiModel.PageLinks(
        api(path, query, number, size),
        api(path, query, 1, size),
        number > 1 ? api(path, query, number - 1, size) : null,
        number < pages ? api(path, query, number + 1, size) : null,
        api(path, query, pages, size));
  }

  ApiModel.PageLinks pageLinks(String path, Map<String, String> query, Page<?> page) {
    return pageLinks(path, query, page.number(), page.size(), page.totalPages());
  }

  /** A list document of the API: its items, page number, page size, total and page links. */
  @FunctionalInterface
  interface ListDocument<I> {
    Object of(List<I> items, int page, int size, long total, ApiModel.PageLinks links);
  }

  /**
   * The answer of a list resource: one page of {@code result} as the collection's document, with
   * the links to its neighbour pages in the body and the {@code Link} header ({@code path} and
   * {@code query} make their addresses).
   */
  <T, I> Response list(
      String path,
      Map<String, String> query,
      Page<T> result,
      Function<List<T>, List<I>> items,
      ListDocument<I> document) {
    ApiModel.PageLinks links = pageLinks(path, query, result);
    return ok(
        document.of(
            items.apply(result.items()), result.number(), result.size(), result.total(), links),
        links);
  }

  /**
   * The answer of an entry resource: the entry's document, or a 404 problem saying {@code missing}.
   */
  <T> Response entry(Optional<T> found, String missing, Function<T, Object> document) {
    return ok(document.apply(found.orElseThrow(() -> notFound(missing))));
  }

  /** A single document. */
  Response ok(Object document) {
    return respond(document, List.of());
  }

  /** A page of a list, with the RFC 8288 {@code Link} header of its neighbours. */
  Response ok(Object document, ApiModel.PageLinks links) {
    List<Link> header = new ArrayList<>();
    header.add(Link.fromUri(links.first()).rel("first").build());
    if (links.prev() != null) {
      header.add(Link.fromUri(links.prev()).rel("prev").build());
    }
    if (links.next() != null) {
      header.add(Link.fromUri(links.next()).rel("next").build());
    }
    header.add(Link.fromUri(links.last()).rel("last").build());
    return respond(document, header);
  }

  private Response respond(Object document, List<Link> links) {
    byte[] body = JSONB.toJson(document).getBytes(StandardCharsets.UTF_8);
    return Response.ok(body, JSON).links(links.toArray(Link[]::new)).build();
  }
}
