package org.summitry.platform.control;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.standard.expression.IStandardVariableExpression;
import org.thymeleaf.standard.expression.IStandardVariableExpressionEvaluator;
import org.thymeleaf.standard.expression.StandardExpressionExecutionContext;
import org.thymeleaf.standard.expression.StandardExpressions;
import org.thymeleaf.standard.util.StandardExpressionUtils;
import org.thymeleaf.util.ExpressionUtils;

/**
 * Evaluates the templates' commonest expressions, a variable followed by calls of its accessors
 * ({@code ${hit.title()}}, {@code ${card.gift().category()}}) or of one-argument methods given a
 * variable or a text ({@code ${keptCards.html(card)}}, {@code ${claims.fact('date')}}), by calling
 * the methods directly, and hands every other expression to OGNL, Thymeleaf's own evaluator. OGNL
 * finds, checks and calls each method anew on every evaluation (a tenth of a page's time); here
 * each is looked up once per class and called through a method handle. The answers are OGNL's: the
 * same variables, the same member rules ({@link ExpressionUtils#isMemberAllowed}), the same
 * conversion to text, and in the restricted contexts of links, fragment parameters and {@code
 * th:utext} the same refusal of request parameters, instantiation and static access. Whatever this
 * does not answer the same way (a null along the chain, a property without parentheses, an
 * overloaded method, an argument of another type, selections) goes to OGNL, which answers or fails
 * as before.
 */
final class AccessorChains implements IStandardVariableExpressionEvaluator {

  /**
   * A variable name, then zero or more {@code .method()} calls, each with no argument or one (a
   * variable's name or a text in single quotes); the whole perhaps negated ({@code !…}) or compared
   * with null ({@code … != null}, {@code … == null}).
   */
  private static final Pattern CHAIN =
      Pattern.compile(
          "(!?)\\s*([A-Za-z_][A-Za-z0-9_]*(?:\\s*\\.\\s*[A-Za-z_][A-Za-z0-9_]*\\s*\\(\\s*"
              + "(?:#locale|[A-Za-z_][A-Za-z0-9_]*|'[^'\\\\]*')?\\s*\\))*)"
              + "\\s*(?:([!=])=\\s*null)?");

  /** One call along a chain: {@code .name()}, {@code .name(variable)} or {@code .name('text')}. */
  private static final Pattern CALL =
      Pattern.compile(
          "\\.\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*\\(\\s*(?:(#locale|[A-Za-z_][A-Za-z0-9_]*)|'([^']*)')?\\s*\\)");

  /** What is done with the chain's value: answered as it is, negated, or compared with null. */
  enum Test {
    NONE,
    NOT,
    IS_NULL,
    NOT_NULL
  }

  /**
   * An expression this evaluator answers: the variable's and the methods' names, each method's
   * argument (null for none), and the test.
   */
  record Chain(String[] names, Argument[] arguments, Test test) {}

  /** A method's one argument: a variable, by its name ({@code #locale}: the page's), or a text. */
  record Argument(String variable, String text) {
    Object value(IExpressionContext context) {
      return variable == null
          ? text
          : LOCALE.equals(variable) ? context.getLocale() : context.getVariable(variable);
    }
  }

  private static final String LOCALE = "#locale";

  /** {@code ${null}}, as fragment parameters given {@code null} are read. */
  private static final Chain NULL = new Chain(new String[0], new Argument[0], Test.NONE);

  /** A method found once for a class: called with its target (and argument, of this type). */
  private record Method(MethodHandle handle, Class<?> parameter) {}

  /** Words OGNL reads as operators or literals rather than as names. */
  private static final Set<String> KEYWORDS =
      Set.of(
          "and",
          "or",
          "not",
          "in",
          "instanceof",
          "new",
          "eq",
          "neq",
          "lt",
          "lte",
          "gt",
          "gte",
          "shl",
          "shr",
          "ushr",
          "band",
          "bor",
          "xor",
          "true",
          "false",
          "null",
          "this",
          "root");

  private static final MethodType ANY_TO_ANY = MethodType.methodType(Object.class, Object.class);

  private static final MethodType TWO_TO_ANY =
      MethodType.methodType(Object.class, Object.class, Object.class);

  /** Each expression read once: its chain, or none when OGNL must evaluate it. */
  private final ConcurrentMap<String, Optional<Chain>> chains = new ConcurrentHashMap<>();

  /**
   * Each class's methods by name (and {@code /1} for those of one argument), looked up once; empty
   * when OGNL must call it.
   */
  private final ClassValue<ConcurrentMap<String, Optional<Method>>> accessors =
      new ClassValue<>() {
        @Override
        protected ConcurrentMap<String, Optional<Method>> computeValue(Class<?> type) {
          return new ConcurrentHashMap<>();
        }
      };

  private final IStandardVariableExpressionEvaluator ognl;

  AccessorChains(IStandardVariableExpressionEvaluator ognl) {
    this.ognl = ognl;
  }

  @Override
  public Object evaluate(
      IExpressionContext context,
      IStandardVariableExpression expression,
      StandardExpressionExecutionContext execution) {
    String text = expression.getExpression();
    if (text == null
        || expression.getUseSelectionAsRoot()
            && context instanceof ITemplateContext template
            && template.hasSelectionTarget()) {
      return ognl.evaluate(context, expression, execution);
    }
    Chain chain = chain(text, chains);
    if (chain == null
        || (execution.getRestrictVariableAccess() || execution.getRestrictInstantiationAndStatic())
            && StandardExpressionUtils.containsOGNLInstantiationOrStaticOrParam(text)) {
      // OGNL answers, or refuses what a restricted context may not read.
      return ognl.evaluate(context, expression, execution);
    }
    String[] names = chain.names();
    Object value = names.length == 0 ? null : context.getVariable(names[0]);
    for (int i = 1; i < names.length; i++) {
      Argument argument = chain.arguments()[i];
      Method method =
          value == null || value instanceof Class
              ? null
              : method(value, names[i], argument != null);
      Object given = argument == null ? null : argument.value(context);
      if (method == null
          || argument != null && (given == null || !method.parameter().isInstance(given))) {
        return ognl.evaluate(context, expression, execution);
      }
      try {
        value =
            argument == null
                ? (Object) method.handle().invokeExact(value)
                : (Object) method.handle().invokeExact(value, given);
      } catch (Throwable e) {
        throw new TemplateProcessingException(
            "Exception evaluating expression: \"" + text + "\"", e);
      }
    }
    switch (chain.test()) {
      case NOT -> {
        if (!(value instanceof Boolean b)) {
          return ognl.evaluate(context, expression, execution);
        }
        value = !b;
      }
      case IS_NULL -> value = value == null;
      case NOT_NULL -> value = value != null;
      case NONE -> {}
    }
    if (!execution.getPerformTypeConversion()) {
      return value;
    }
    return StandardExpressions.getConversionService(context.getConfiguration())
        .convert(context, value, String.class);
  }

  /**
   * Templates' expressions are their own text, a few thousand at most; should one ever be built
   * while rendering (Thymeleaf's {@code __…__} preprocessing), the map stops growing there.
   */
  private static final int MOST_KEPT = 10_000;

  private static Chain chain(String text, ConcurrentMap<String, Optional<Chain>> kept) {
    Optional<Chain> known = kept.get(text);
    if (known == null) {
      known = chain(text);
      if (kept.size() < MOST_KEPT) {
        kept.putIfAbsent(text, known);
      }
    }
    return known.orElse(null);
  }

  /** The chain {@code text} is, or empty when it is something else. */
  static Optional<Chain> chain(String text) {
    if (text.strip().equals("null")) {
      return Optional.of(NULL);
    }
    Matcher matcher = CHAIN.matcher(text.strip());
    if (!matcher.matches()) {
      return Optional.empty();
    }
    String path = matcher.group(2);
    int dot = path.indexOf('.');
    List<String> names = new ArrayList<>();
    List<Argument> arguments = new ArrayList<>();
    names.add((dot < 0 ? path : path.substring(0, dot)).strip());
    arguments.add(null);
    // CHAIN has checked the whole: the calls follow one another, whitespace aside.
    Matcher call = CALL.matcher(path);
    while (call.find()) {
      names.add(call.group(1));
      arguments.add(
          call.group(2) != null
              ? new Argument(call.group(2), null)
              : call.group(3) != null ? new Argument(null, call.group(3)) : null);
    }
    for (int i = 0; i < names.size(); i++) {
      Argument argument = arguments.get(i);
      if (KEYWORDS.contains(names.get(i))
          || argument != null
              && (argument.variable() != null && KEYWORDS.contains(argument.variable())
                  // OGNL reads a one-letter text in single quotes as a character.
                  || argument.text() != null && argument.text().length() == 1)) {
        return Optional.empty();
      }
    }
    boolean not = !matcher.group(1).isEmpty();
    String compared = matcher.group(3);
    if (not && compared != null) {
      return Optional.empty();
    }
    Test test =
        not
            ? Test.NOT
            : compared == null ? Test.NONE : compared.equals("!") ? Test.NOT_NULL : Test.IS_NULL;
    return Optional.of(
        new Chain(names.toArray(String[]::new), arguments.toArray(Argument[]::new), test));
  }

  private Method method(Object target, String name, boolean oneArgument) {
    return accessors
        .get(target.getClass())
        .computeIfAbsent(oneArgument ? name + "/1" : name, n -> find(target, name, oneArgument))
        .orElse(null);
  }

  /**
   * The public method {@code name} of {@code target}'s class, without parameters or with one, as a
   * handle taking and answering objects, declared in a public class or interface so that it can be
   * called from here; empty when there is none, when there are several of one parameter (OGNL
   * chooses among them by the argument), or when Thymeleaf forbids calling it on objects of this
   * class (its rule reads only the class, so it holds for every object of it).
   */
  private static Optional<Method> find(Object target, String name, boolean oneArgument) {
    if (!ExpressionUtils.isMemberAllowed(target, name)) {
      return Optional.empty();
    }
    int arity = oneArgument ? 1 : 0;
    long overloads =
        Stream.of(target.getClass().getMethods())
            .filter(m -> m.getName().equals(name) && m.getParameterCount() == arity)
            .map(m -> List.of(m.getParameterTypes()))
            .distinct()
            .count();
    if (overloads != 1) {
      return Optional.empty();
    }
    Deque<Class<?>> candidates = new ArrayDeque<>();
    candidates.add(target.getClass());
    while (!candidates.isEmpty()) {
      Class<?> candidate = candidates.poll();
      if (Modifier.isPublic(candidate.getModifiers())) {
        for (java.lang.reflect.Method method : candidate.getMethods()) {
          if (method.getName().equals(name)
              && method.getParameterCount() == arity
              && !Modifier.isStatic(method.getModifiers())
              && Modifier.isPublic(method.getDeclaringClass().getModifiers())) {
            try {
              MethodHandle handle = MethodHandles.publicLookup().unreflect(method);
              return Optional.of(
                  oneArgument
                      ? new Method(
                          handle.asType(TWO_TO_ANY),
                          MethodType.methodType(method.getParameterTypes()[0]).wrap().returnType())
                      : new Method(handle.asType(ANY_TO_ANY), null));
            } catch (IllegalAccessException e) {
              // Not callable from here: perhaps through a public interface or superclass.
            }
          }
        }
      }
      if (candidate.getSuperclass() != null) {
        candidates.add(candidate.getSuperclass());
      }
      candidates.addAll(List.of(candidate.getInterfaces()));
    }
    return Optional.empty();
  }
}
