package io.github.clientbudgets;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import io.github.clientbudgets.budget.Budget;
import net.java.ao.RawEntity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.nio.file.Paths;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The plugin's packages, as compiled: feature packages depend on each other one way only (no cycle, however long),
 * and the domain names none of the edges ({@code rest}, {@code web}, {@code admin}) nor a servlet, JAX-RS, Velocity
 * or Atlassian web type; upgrade tasks name their frozen entity copies, never a live entity. Reads the plugin's own
 * classes only (not the tests', nor the dev host's); the system property {@code architecture.classes} points it at
 * another directory of compiled classes, e.g. an older build.
 */
class ArchitectureTest {
    private static final String ROOT = "io.github.clientbudgets";
    /** Where the app's logic lives: plain Java, Active Objects and the Atlassian services it adapts to. */
    private static final String[] DOMAIN = {ROOT + ".access..", ROOT + ".alert..", ROOT + ".approval..",
            ROOT + ".attribution..", ROOT + ".audit..", ROOT + ".budget..", ROOT + ".common..", ROOT + ".digest..",
            ROOT + ".expense..", ROOT + ".forecast..", ROOT + ".format..",
            ROOT + ".lineitem..", ROOT + ".period..", ROOT + ".permission..", ROOT + ".portal..", ROOT + ".review..",
            ROOT + ".question..", ROOT + ".service..", ROOT + ".signoff..", ROOT + ".summary..",
            ROOT + ".timeentry..", ROOT + ".upgrade.."};

    private static JavaClasses plugin;

    @BeforeAll
    static void importThePluginsClasses() throws URISyntaxException {
        String given = System.getProperty("architecture.classes");
        Path classes = given != null && !given.isBlank() ? Paths.get(given)
                : Paths.get(Budget.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        plugin = new ClassFileImporter().importPath(classes);
    }

    @Test
    void featurePackagesFormNoCycle() {
        ArchRule rule = slices().matching(ROOT + ".(*)..").namingSlices("$1").should().beFreeOfCycles();
        rule.check(plugin);
    }

    @Test
    void theDomainNamesNoEdgeNorWebType() {
        ArchRule rule = noClasses().that().resideInAnyPackage(DOMAIN).should().dependOnClassesThat()
                .resideInAnyPackage(ROOT + ".rest..", ROOT + ".web..", ROOT + ".admin..", "javax.servlet..",
                        "javax.ws.rs..", "org.apache.velocity..", "com.atlassian.plugin.web..",
                        "com.atlassian.webresource..")
                .because("rest, web and admin are thin edges over the domain, and the domain is plain Java");
        rule.check(plugin);
    }

    @Test
    void retainerPeriodsNameOnlyCommonAndBudget() {
        ArchRule rule = noClasses().that().resideInAPackage(ROOT + ".period..").should().dependOnClassesThat(
                        resideInAPackage(ROOT + "..").and(resideOutsideOfPackage(ROOT + ".period.."))
                                .and(resideOutsideOfPackage(ROOT + ".common..")
                                .and(resideOutsideOfPackage(ROOT + ".budget.."))))
                .because("the period rules are plain arithmetic over a budget's terms; the SQL that feeds them is "
                        + "summary.AoRetainerQueries, behind the port period.RetainerQueries");
        rule.check(plugin);
    }

    @Test
    void theForecastNamesOnlyCommonBudgetAndPeriodBesidesTheTablesItSums() {
        ArchRule arithmetic = noClasses().that().resideInAPackage(ROOT + ".forecast..")
                .and().doNotHaveSimpleName("AoBurnQueries").should().dependOnClassesThat(
                        resideInAPackage(ROOT + "..").and(resideOutsideOfPackage(ROOT + ".forecast.."))
                                .and(resideOutsideOfPackage(ROOT + ".common.."))
                                .and(resideOutsideOfPackage(ROOT + ".budget.."))
                                .and(resideOutsideOfPackage(ROOT + ".period..")))
                .because("the forecast is plain arithmetic over a budget, its retainer periods and its burn per work "
                        + "day; only its SQL adapter, AoBurnQueries, names the tables");
        arithmetic.check(plugin);
        ArchRule sql = noClasses().that().haveSimpleName("AoBurnQueries").should().dependOnClassesThat(
                        resideInAPackage(ROOT + "..").and(resideOutsideOfPackage(ROOT + ".forecast.."))
                                .and(resideOutsideOfPackage(ROOT + ".common.."))
                                .and(resideOutsideOfPackage(ROOT + ".budget.."))
                                .and(resideOutsideOfPackage(ROOT + ".review.."))
                                .and(resideOutsideOfPackage(ROOT + ".service.."))
                                .and(resideOutsideOfPackage(ROOT + ".timeentry..")))
                .because("the forecast's SQL reads the time entries of a budget's line items, nothing else");
        sql.check(plugin);
        ArchRule nobodyBelow = noClasses().that().resideInAnyPackage(ROOT + ".budget..", ROOT + ".period..",
                        ROOT + ".common..", ROOT + ".summary..", ROOT + ".timeentry..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".forecast..")
                .because("the forecast reads the budget and its periods; they know nothing of it");
        nobodyBelow.check(plugin);
    }

    @Test
    void upgradeTasksUseTheirFrozenEntitiesOnly() {
        ArchRule rule = noClasses().that().resideInAPackage(ROOT + ".upgrade..").should().dependOnClassesThat(
                        assignableTo(RawEntity.class).and(resideInAPackage(ROOT + ".."))
                                .and(resideOutsideOfPackage(ROOT + ".upgrade..")))
                .because("an upgrade task migrates to its model version's tables, frozen under upgrade.vN, "
                        + "not to whatever the live entities have become since");
        rule.check(plugin);
    }
}
