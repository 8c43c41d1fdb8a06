package org.summitry.platform.control;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.standard.expression.IStandardVariableExpression;
import org.thymeleaf.standard.expression.IStandardVariableExpressionEvaluator;
import org.thymeleaf.standard.expression.StandardExpressionExecutionContext;
import org.thymeleaf.standard.expression.StandardExpressions;
import org.thymeleaf.util.ExpressionUtils;

/**
 * Evaluates the templates' commonest expressions, a variable followed by calls of its accessors
 * ({@code ${hit.title()}}, {@code ${card.gift().category()}}), by calling the accessors directly,
 * and hands every other expression to OGNL, Thymeleaf's own evaluator. OGNL finds, checks and calls
 * each method anew on every evaluation (a tenth of a page's time); here each is looked up once per
 * class and called through a method handle. The answers are OGNL's: the same variables, the same
 * member rules ({@link ExpressionUtils#isMemberAllowed}), the same conversion to text. Whatever
 * this does not answer the same way (a null along the chain, a property without parentheses, a
 * method OGNL would refuse, restricted contexts, selections) goes to OGNL, which answers or fails
 * as before.
 */
final class AccessorChains implements IStandardVariableExpressionEvaluator {

  /**
   * A variable name, then zero or more {@code .accessor()} calls; the whole perhaps negated ({@code
   * !…}) or compared with null ({@code … != null}, {@code … == null}).
   */
  private static final Pattern CHAIN =
      Pattern.compile(
          "(!?)\\s*([A-Za-z_][A-Za-z0-9_]*(?:\\s*\\.\\s*[A-Za-z_][A-Za-z0-9_]*\\s*\\(\\s*\\))*)"
              + "\\s*(?:([!=])=\\s*null)?");

  /** What is done with the chain's value: answered as it is, negated, or compared with null. */
  enum Test {
    NONE,
    NOT,
    IS_NULL,
    NOT_NULL
  }

  /** An expression this evaluator answers: the variable and accessors' names, and the test. */
  record Chain(String[] names, Test test) {}

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

  /** Each expression read once: its chain, or none when OGNL must evaluate it. */
  private final ConcurrentMap<String, Optional<Chain>> chains = new ConcurrentHashMap<>();

  /** Each class's accessors by name, looked up once; empty when OGNL must call it. */
  private final ClassValue<ConcurrentMap<String, Optional<MethodHandle>>> accessors =
      new ClassValue<>() {
        @Override
        protected ConcurrentMap<String, Optional<MethodHandle>> computeValue(Class<?> type) {
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
        || execution.getRestrictVariableAccess()
        || execution.getRestrictInstantiationAndStatic()
        || expression.getUseSelectionAsRoot()
            && context instanceof ITemplateContext template
            && template.hasSelectionTarget()) {
      return ognl.evaluate(context, expression, execution);
    }
    Chain chain = chain(text, chains);
    if (chain == null) {
      return ognl.evaluate(context, expression, execution);
    }
    String[] names = chain.names();
    Object value = context.getVariable(names[0]);
    for (int i = 1; i < names.length; i++) {
      MethodHandle accessor =
          value == null || value instanceof Class ? null : accessor(value, names[i]);
      if (accessor == null) {
        return ognl.evaluate(context, expression, execution);
      }
      try {
        value = accessor.invokeExact(value);
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
    Matcher matcher = CHAIN.matcher(text.strip());
    if (!matcher.matches()) {
      return Optional.empty();
    }
    String[] names = matcher.group(2).replaceAll("[\\s()]", "").split("\\.");
    for (String name : names) {
      if (KEYWORDS.contains(name)) {
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
    return Optional.of(new Chain(names, test));
  }

  private MethodHandle accessor(Object target, String name) {
    return accessors
        .get(target.getClass())
        .computeIfAbsent(name, n -> find(target, n))
        .orElse(null);
  }

  /**
   * The public no-argument method {@code name} of {@code target}'s class as a handle taking and
   * answering objects, declared in a public class or interface so that it can be called from here;
   * empty when there is none or Thymeleaf forbids calling it on objects of this class (its rule
   * reads only the class, so it holds for every object of it).
   */
  private static Optional<MethodHandle> find(Object target, String name) {
    if (!ExpressionUtils.isMemberAllowed(target, name)) {
      return Optional.empty();
    }
    Deque<Class<?>> candidates = new ArrayDeque<>();
    candidates.add(target.getClass());
    while (!candidates.isEmpty()) {
      Class<?> candidate = candidates.poll();
      if (Modifier.isPublic(candidate.getModifiers())) {
        try {
          Method method = candidate.getMethod(name);
          if (Modifier.isStatic(method.getModifiers())
              || !Modifier.isPublic(method.getDeclaringClass().getModifiers())) {
            throw new NoSuchMethodException(name);
          }
          return Optional.of(MethodHandles.publicLookup().unreflect(method).asType(ANY_TO_ANY));
        } catch (NoSuchMethodException | IllegalAccessException e) {
          // Not here: perhaps declared by a public interface or superclass.
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
