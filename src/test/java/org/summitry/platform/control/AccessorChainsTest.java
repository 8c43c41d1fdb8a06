package org.summitry.platform.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/** Templates read the same through accessor chains as through OGNL alone. */
class AccessorChainsTest {

  public record Party(String name, Country country) {}

  public record Country(String code, String name) {
    public String shout() {
      throw new IllegalStateException("no");
    }
  }

  private record Hidden(String secret) {}

  private static final String PAGE =
      """
      <p th:text="${party.name()}">x</p>
      <p th:text="${party.country().name()}">x</p>
      <p th:text="${ party . country ( ) . code ( ) }">x</p>
      <p th:text="${party.country().name().length()}">x</p>
      <p th:text="${noCountry.country()}">x</p>
      <p th:text="${missing}">x</p>
      <p th:text="${list.size()} + ' ' + ${list.isEmpty()} + ' ' + ${list.get(1)}">x</p>
      <p th:text="${map.size()} + ' ' + ${map.gift} + ' ' + ${map.isEmpty()}">x</p>
      <p th:text="${hidden.secret()}">x</p>
      <p th:text="${number.intValue()} + ${number.doubleValue()}">x</p>
      <p th:if="${flag.booleanValue()}">shown</p>
      <p th:each="p, it : ${parties}" th:text="${p.name()} + ${it.last}">x</p>
      <p th:object="${party}" th:text="*{name()} + ${party.name()}">x</p>
      <p th:text="${#strings.toUpperCase(party.name())}">x</p>
      <p th:text="${true} + ${null} + ${this}">x</p>
      <p th:text="${party.country() != null} + ${noCountry.country() != null} + ${missing == null}">x</p>
      <p th:text="${noCountry.country()==null} + ${!flag} + ${!flag.booleanValue()} + ${!party.name()}">x</p>
      <p th:if="${!list.isEmpty()}" th:text="${!map.isEmpty()}">x</p>
      """;

  private static TemplateEngine engine(boolean chains) {
    TemplateEngine engine = new TemplateEngine();
    if (chains) {
      engine.setDialect(Templates.dialect());
    }
    StringTemplateResolver resolver = new StringTemplateResolver();
    resolver.setTemplateMode(TemplateMode.HTML);
    engine.setTemplateResolver(resolver);
    return engine;
  }

  private static Context context() {
    Party kim = new Party("Kim Jong Un", new Country("KP", "North Korea"));
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("gift", "dogs");
    Context context = new Context(Locale.ENGLISH);
    context.setVariable("party", kim);
    context.setVariable("noCountry", new Party("Anonymous", null));
    context.setVariable("list", List.of("a", "b"));
    context.setVariable("map", map);
    context.setVariable("hidden", new Hidden("s"));
    context.setVariable("number", 3L);
    context.setVariable("flag", Boolean.TRUE);
    context.setVariable("parties", List.of(kim, new Party("Putin", null)));
    context.setVariable("thread", Thread.currentThread());
    return context;
  }

  @Test
  void answersAsOgnlDoes() {
    String ognl = engine(false).process(PAGE, context());
    String chains = engine(true).process(PAGE, context());
    assertEquals(ognl, chains);
    for (String shown :
        List.of(
            "<p>Kim Jong Un</p>",
            "<p>North Korea</p>",
            "<p>KP</p>",
            "<p>11</p>",
            "<p>2 false b</p>",
            "<p>1 dogs false</p>",
            "<p>s</p>",
            "<p>shown</p>",
            "<p>Kim Jong UnKim Jong Un</p>",
            "<p>KIM JONG UN</p>",
            "<p>truefalsetrue</p>",
            "<p>truefalsefalsetrue</p>",
            "<p>true</p>")) {
      assertTrue(chains.contains(shown), shown + " in " + chains);
    }
  }

  @Test
  void failsWhereOgnlFails() {
    for (String expression :
        List.of(
            "${noCountry.country().name()}",
            "${missing.size()}",
            "${party.country().shout()}",
            "${party.nothing()}",
            "${thread.getContextClassLoader()}")) {
      String page = "<p th:text=\"" + expression + "\">x</p>";
      for (boolean chains : new boolean[] {false, true}) {
        assertThrows(
            TemplateProcessingException.class,
            () -> engine(chains).process(page, context()),
            expression + (chains ? " through chains" : " through OGNL"));
      }
    }
  }

  @Test
  void readsOnlyVariablesAccessorCallsAndTheirTests() {
    assertArrayEquals(
        new String[] {"hit", "title"}, AccessorChains.chain("hit.title()").orElseThrow().names());
    assertArrayEquals(new String[] {"q"}, AccessorChains.chain(" q ").orElseThrow().names());
    assertEquals(
        AccessorChains.Test.NOT_NULL,
        AccessorChains.chain("hit.thumbnail() != null").orElseThrow().test());
    assertEquals(AccessorChains.Test.IS_NULL, AccessorChains.chain("a==null").orElseThrow().test());
    assertEquals(AccessorChains.Test.NOT, AccessorChains.chain("!a.b()").orElseThrow().test());
    for (String other :
        List.of(
            "a.b",
            "a.b(1)",
            "a.b() != 'x'",
            "!a == null",
            "a.b() != nullish",
            "#locale",
            "true",
            "a.null()",
            "@java.lang.Math@max()")) {
      assertTrue(AccessorChains.chain(other).isEmpty(), other);
    }
  }
}
