package org.summitry.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the modular monolith modular: each direct sub-package of org.summitry is a component, but
 * for the shared leaves (the kernel's value types and EDTF dates) every component may use whole;
 * components form no cycles, reach into each other only through boundaries, and keep web and
 * template types out of their entities; the public site's feature packages share only its common
 * web package.
 */
class ArchitectureTest {

  private static final String BASE = "org.summitry";
  private static JavaClasses classes;
  private static List<String> components;

  /** Leaves every component may use whole, not only through a boundary; they use no component. */
  private static final List<String> SHARED = List.of("edtf", "kernel");

  @BeforeAll
  static void importProductionClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(BASE);
    components =
        classes.stream()
            .map(c -> c.getPackageName())
            .filter(p -> p.startsWith(BASE + "."))
            .map(p -> p.substring(BASE.length() + 1).split("\\.")[0])
            .filter(c -> !SHARED.contains(c))
            .distinct()
            .sorted()
            .toList();
  }

  /**
   * Exactly these components, so that a new one (or one that vanished in a move) is noticed and its
   * place in these rules and in the README's map thought about.
   */
  @Test
  void everyComponentIsFound() {
    for (String leaf : SHARED) {
      org.junit.jupiter.api.Assertions.assertTrue(
          classes.stream().anyMatch(c -> c.getPackageName().equals(BASE + "." + leaf)),
          "the shared leaf " + leaf + " is missing");
    }
    org.junit.jupiter.api.Assertions.assertEquals(
        List.of(
            "accounts",
            "charts",
            "curation",
            "demo",
            "exchange",
            "gifts",
            "imports",
            "journal",
            "media",
            "opendata",
            "people",
            "platform",
            "search",
            "site",
            "sources",
            "stories",
            "summits",
            "translations"),
        components);
  }

  @Test
  void componentsFormNoCycles() {
    slices().matching(BASE + ".(*)..").should().beFreeOfCycles().check(classes);
  }

  @Test
  void componentsUseEachOtherOnlyThroughBoundaries() {
    for (String component : components) {
      String home = BASE + "." + component + "..";
      ArchRule rule =
          noClasses()
              .that()
              .resideOutsideOfPackage(home)
              .should()
              .dependOnClassesThat(insideButNotBoundary(component))
              .because(
                  "other components see only a component's boundary; the exceptions are the"
                      + " shared leaves (org.summitry.kernel, org.summitry.edtf), which every"
                      + " component may use");
      rule.check(classes);
    }
  }

  /**
   * The public site is cut by feature ({@code site.boundary.gifts}, {@code site.boundary.summits}
   * …), each beside its templates; what pages of several features need lies in {@code
   * site.boundary} itself and in {@code site.control}, which in turn know no feature.
   */
  @Test
  void sitePagesOfOneFeatureUseNoOtherFeature() {
    slices()
        .matching(BASE + ".site.boundary.(*)..")
        .should()
        .notDependOnEachOther()
        .because(
            "a feature's pages share only the site's common web package (site.boundary: page cache,"
                + " JSON-LD, metadata, gift cards, lists, parameters) and site.control; what two"
                + " features need belongs there")
        .check(classes);
    noClasses()
        .that()
        .resideInAnyPackage(BASE + ".site.boundary", BASE + ".site.control")
        .should()
        .dependOnClassesThat(
            DescribedPredicate.describe(
                "classes of a site feature",
                c -> c.getPackageName().startsWith(BASE + ".site.boundary.")))
        .because("the shared web package of the site serves every feature and knows none")
        .check(classes);
  }

  @Test
  void entitiesKnowNothingOfTheWeb() {
    noClasses()
        .that()
        .resideInAPackage(BASE + "..entity..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "jakarta.ws.rs..",
            "jakarta.mvc..",
            "jakarta.servlet..",
            "org.thymeleaf..",
            "jakarta.faces..")
        .because("entities carry domain rules; pages and resources live in boundaries")
        .check(classes);
  }

  @Test
  void theKernelDependsOnNoComponent() {
    noClasses()
        .that()
        .resideInAPackage(BASE + ".kernel..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            components.stream().map(c -> BASE + "." + c + "..").toArray(String[]::new))
        .because("the kernel holds value types every component shares and must stay at the bottom")
        .check(classes);
    noClasses()
        .that()
        .resideInAPackage(BASE + ".kernel..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(BASE + ".edtf..")
        .because("EDTF dates build on the kernel, not the other way round")
        .check(classes);
  }

  @Test
  void edtfDependsOnNoComponent() {
    noClasses()
        .that()
        .resideInAPackage(BASE + ".edtf..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            components.stream().map(c -> BASE + "." + c + "..").toArray(String[]::new))
        .because("EDTF dates are a leaf every component's entities and forms use")
        .check(classes);
  }

  @Test
  void controllersAndResourcesLiveInBoundaries() {
    classes()
        .that()
        .areAnnotatedWith(jakarta.ws.rs.Path.class)
        .should()
        .resideInAPackage("..boundary..")
        .because("a request enters a component through its boundary")
        .check(classes);
  }

  private static DescribedPredicate<JavaClass> insideButNotBoundary(String component) {
    String prefix = BASE + "." + component + ".";
    String boundary = prefix + "boundary";
    return DescribedPredicate.describe(
        "classes of " + component + " outside its boundary",
        c -> c.getPackageName().startsWith(prefix) && !c.getPackageName().startsWith(boundary));
  }
}
