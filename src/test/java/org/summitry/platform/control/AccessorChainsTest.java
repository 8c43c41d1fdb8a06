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

    public String label(String prefix) {
      return prefix + code;
    }

    public String host(Party party) {
      return party.name() + " in " + name;
    }

    public String pick(String text) {
      return "text " + text;
    }

    public String pick(Long number) {
      return "number " + number;
    }

    public String spoken(Locale locale) {
      return name + " " + locale.getLanguage();
    }

    public int twice(int number) {
      return 2 * number;
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
      <p th:text="${party.country().label('code ')} + ${party.country().label(greeting)}">x</p>
      <p th:text="${party.country().host(party)} + ${party.country().host(noCountry).length()}">x</p>
      <p th:text="${party.country().pick('a')} + ${party.country().pick('ab')} + ${party.country().pick(number)}">x</p>
      <p th:text="${party.country().twice(number)} + ${party.country().label(number)}">x</p>
      <p th:text="${party.country().label(missing)} + ${party.country().label( 'x' )}">x</p>
      <p th:text="${party.country().spoken(#locale)} + ${party.country().spoken( #locale ).length()}">x</p>
      <a th:href="${party.country().code()}" th:title="${party.name()}">x</a>
      <a th:href="@{countries/{c}(c=${party.country().code()},q=${party.country().label(greeting)})}">x</a>
      <p th:utext="${markup}">x</p>
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
    context.setVariable("greeting", "Hello ");
    context.setVariable("markup", "<b>bold</b>");
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
            "<p>true</p>",
            "<p>code KPHello KP</p>",
            "<p>Kim Jong Un in North Korea24</p>",
            // OGNL reads 'a' as a character, and so chooses pick(Long).
            "<p>number 97text abnumber 3</p>",
            "<p>63KP</p>",
            "<p>North Korea en14</p>",
            "<a href=\"KP\" title=\"Kim Jong Un\">",
            "<a href=\"countries/KP?q=Hello%20KP\">",
            "<p><b>bold</b></p>")) {
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
            "${thread.getContextClassLoader()}",
            "${party.country().label(thread.getContextClassLoader())}",
            "${party.country().shout(party)}")) {
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
  void refusesWhatRestrictedContextsMayNotRead() {
    for (String page :
        List.of("<a th:href=\"${param.size()}\">x</a>", "<p th:utext=\"${param.size()}\">x</p>")) {
      for (boolean chains : new boolean[] {false, true}) {
        TemplateProcessingException refused =
            assertThrows(
                TemplateProcessingException.class,
                () -> engine(chains).process(page, context()),
                page + (chains ? " through chains" : " through OGNL"));
        StringBuilder messages = new StringBuilder();
        for (Throwable cause = refused; cause != null; cause = cause.getCause()) {
          messages.append(cause.getMessage()).append('\n');
        }
        assertTrue(messages.toString().contains("forbidden"), page + ": " + messages);
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
    AccessorChains.Chain calls = AccessorChains.chain("a.b( c ).d('two words') .e()").orElseThrow();
    assertArrayEquals(new String[] {"a", "b", "d", "e"}, calls.names());
    assertArrayEquals(
        new AccessorChains.Argument[] {
          null,
          new AccessorChains.Argument("c", null),
          new AccessorChains.Argument(null, "two words"),
          null
        },
        calls.arguments());
    for (String other :
        List.of(
            "a.b",
            "a.b(1)",
            "a.b('x')",
            "a.b(null)",
            "a.b(c, d)",
            "a.b(c.d())",
            "a.b('it\\'s')",
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
