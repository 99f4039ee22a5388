package cn.gov.laoshan.district.archrules;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The project's architecture rules, in one place. Each module's {@code ArchitectureTest} analyses its own main
 * classes ({@code @AnalyzeClasses(packages = "cn.gov.laoshan.district.<module>")}) and names the rules that apply to
 * it, so that a rule is written once and a module's test reads as the list of what it promises.
 *
 * <p>The layer rules ({@link #domainReachesNoServiceOrUi}, {@link #servicesReachNoUi}, {@link #viewsReachNoRepository})
 * go by the package names every module and plugin uses ({@code domain}, {@code service}, {@code ui}; STYLE.md) and
 * allow an empty match, so a module takes all of them and a package it adds later is checked from its first class.
 */
public final class DistrictRules {

    /** The root package of every module and plugin of the project. */
    public static final String ROOT = "cn.gov.laoshan.district";

    /** Platform modules a plugin may reach: the contract and the UI kit, both exported by the runtime. */
    public static final String[] PLUGIN_MAY_USE = {"api", "uikit"};

    /** Platform modules a shared service (audit, identity, registry, console, ...) may reach besides itself. */
    public static final String[] SHARED_SERVICE_MAY_USE = {"api", "core", "shell", "uikit"};

    private DistrictRules() {
    }

    /**
     * Records and rules hold no I/O: nothing in a {@code domain} package reaches a service, anything of the UI
     * (see {@link #userInterface()}) or Vaadin.
     */
    public static ArchRule domainReachesNoServiceOrUi() {
        return noClasses().that().resideInAPackage(ROOT + "..domain..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + "..service..")
                .orShould().dependOnClassesThat(userInterface())
                .orShould().dependOnClassesThat().resideInAPackage("com.vaadin..")
                .because("services and views build on the domain, never the other way (Vaadin walking skeleton)")
                .allowEmptyShould(true);
    }

    /**
     * A service reaches nothing of the UI (see {@link #userInterface()}), so that it can run where no UI is: a job,
     * an import, another node.
     */
    public static ArchRule servicesReachNoUi() {
        return noClasses().that().resideInAPackage(ROOT + "..service..")
                .should().dependOnClassesThat(userInterface())
                .because("a service serves views, jobs and imports alike; what a screen needs stays in the screen")
                .allowEmptyShould(true);
    }

    /**
     * Views reach data through services only: nothing in a {@code ui} package and no class named {@code *View}
     * reaches a repository (a class named {@code *Repository}, its nested types such as filters, a
     * {@code repository} package), Jdbi or JDBC.
     */
    public static ArchRule viewsReachNoRepository() {
        DescribedPredicate<JavaClass> views = resideInAPackage(ROOT + "..ui..").or(simpleNameEndingWith("View"))
                .as("views");
        return noClasses().that(views)
                .should().dependOnClassesThat(repositories())
                .because("permissions, scope and audit are checked in the services; a view that reads a repository"
                        + " bypasses them (Vaadin walking skeleton: repositories only from services)")
                .allowEmptyShould(true);
    }

    /** No two packages of the project depend on each other, directly or through others. */
    public static ArchRule noPackageCycles() {
        return slices().matching(ROOT + ".(**)").namingSlices("package $1")
                .should().beFreeOfCycles()
                .because("a package cycle is one concern spread over two packages; split or merge them");
    }

    /**
     * The classes of one module reach, of the project, only their own module and the named platform modules.
     *
     * @param module  the module's package below {@link #ROOT}, e.g. {@code "housing"}
     * @param mayUse  the platform modules it may reach, e.g. {@link #PLUGIN_MAY_USE}
     */
    public static ArchRule reachesOnly(String module, String... mayUse) {
        String[] allowed = Stream.concat(Stream.of(module), Arrays.stream(mayUse))
                .map(m -> ROOT + "." + m + "..").toArray(String[]::new);
        return noClasses().that().resideInAPackage(ROOT + "." + module + "..")
                .should().dependOnClassesThat(resideInAPackage(ROOT + "..").and(not(resideInAnyPackage(allowed))))
                .because("of the project, " + module + " may use only " + String.join(", ", mayUse)
                        + " (ARCHITECTURE.md: plugins reach the platform only through api and uikit;"
                        + " modules point inward)");
    }

    /** A plugin reaches, of the platform, only {@code api} and {@code uikit}. */
    public static ArchRule pluginUsesOnlyApiAndUikit(String plugin) {
        return reachesOnly(plugin, PLUGIN_MAY_USE);
    }

    /**
     * The api is the contract only: it reaches no other module of the project and none of the libraries an
     * implementation is built on (Felix, Jetty, the database drivers and pools, Flyway).
     */
    public static ArchRule apiReachesNoImplementation() {
        return noClasses().that().resideInAPackage(ROOT + ".api..")
                .should().dependOnClassesThat(resideInAPackage(ROOT + "..").and(not(resideInAPackage(ROOT + ".api.."))))
                .orShould().dependOnClassesThat().resideInAnyPackage(
                        "org.apache.felix..", "org.eclipse.jetty..", "org.apache.derby..", "org.postgresql..",
                        "com.zaxxer..", "org.flywaydb..")
                .because("plugins compile against the api alone; an implementation type in it would tie every"
                        + " plugin to that implementation's version");
    }

    /**
     * What belongs to the user interface: a {@code ui} package, Vaadin's components, routing, data binding and
     * downloads, and the UI kit's classes that are built on Vaadin (a grid, a date picker, a download). The UI kit's
     * plain helpers ({@code XlsxSheet}, {@code ZipLimits}, {@code SettableClock}, {@code SpreadsheetText},
     * {@code Money}, ...) use no Vaadin and are no UI; nor is reading the current request ({@code VaadinRequest}), which the audit does to
     * record the client's address.
     */
    public static DescribedPredicate<JavaClass> userInterface() {
        return new DescribedPredicate<>("the UI (views, Vaadin, UI-kit classes built on Vaadin)") {
            @Override
            public boolean test(JavaClass type) {
                String pkg = type.getPackageName();
                boolean view = pkg.startsWith(ROOT + ".") && (pkg.endsWith(".ui") || pkg.contains(".ui."));
                if (view || VAADIN_UI.stream().anyMatch(pkg::startsWith)) {
                    return true;
                }
                if (!pkg.equals(ROOT + ".uikit") && !pkg.startsWith(ROOT + ".uikit.")) {
                    return false;
                }
                return outermost(type).getDirectDependenciesFromSelf().stream()
                        .anyMatch(d -> isVaadin(d.getTargetClass().getPackageName()));
            }
        };
    }

    private static final List<String> VAADIN_UI = List.of("com.vaadin.flow.component", "com.vaadin.flow.router",
            "com.vaadin.flow.data", "com.vaadin.flow.server.streams");

    private static boolean isVaadin(String pkg) {
        return pkg.startsWith("com.vaadin.");
    }

    private static JavaClass outermost(JavaClass type) {
        JavaClass outer = type;
        while (outer.getEnclosingClass().isPresent()) {
            outer = outer.getEnclosingClass().get();
        }
        return outer;
    }

    private static DescribedPredicate<JavaClass> repositories() {
        return new DescribedPredicate<>("repositories, Jdbi or JDBC") {
            @Override
            public boolean test(JavaClass type) {
                String pkg = type.getPackageName();
                return outermost(type).getSimpleName().endsWith("Repository")
                        || pkg.endsWith(".repository") || pkg.contains(".repository.")
                        || pkg.startsWith("org.jdbi.") || pkg.startsWith("java.sql") || pkg.startsWith("javax.sql");
            }
        };
    }
}
