package dev.ztmm.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the boundaries of the flow: walk, collect, rules, engine, score, report, command line. */
class ArchitectureTest {

    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.ztmm");
    }

    @Test
    void collectors_knowNothingOfRulesOrReports() {
        noClasses().that().resideInAPackage("dev.ztmm.collect..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("dev.ztmm.pack..", "dev.ztmm.engine..", "dev.ztmm.score..",
                        "dev.ztmm.report..", "dev.ztmm.cli..", "dev.ztmm.app..")
                .check(main);
    }

    @Test
    void reports_knowNothingOfParsing() {
        noClasses().that().resideInAPackage("dev.ztmm.report..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("dev.ztmm.collect..", "dev.ztmm.walk..", "dev.ztmm.engine..", "dev.ztmm.pack..",
                        "org.snakeyaml..", "dev.cel..")
                .check(main);
    }

    @Test
    void engineAndScoring_knowNothingOfFilesOrReports() {
        noClasses().that().resideInAnyPackage("dev.ztmm.engine..", "dev.ztmm.score..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("dev.ztmm.collect..", "dev.ztmm.walk..", "dev.ztmm.report..", "dev.ztmm.cli..")
                .check(main);
    }

    @Test
    void onlyCommandLine_knowsPicocli() {
        noClasses().that().resideOutsideOfPackage("dev.ztmm.cli..")
                .should().dependOnClassesThat().resideInAPackage("picocli..")
                .check(main);
    }

    @Test
    void model_dependsOnNothingOfOurs() {
        noClasses().that().resideInAPackage("dev.ztmm.model..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("dev.ztmm.walk..", "dev.ztmm.collect..", "dev.ztmm.pack..", "dev.ztmm.engine..",
                        "dev.ztmm.score..", "dev.ztmm.report..", "dev.ztmm.cli..", "dev.ztmm.app..")
                .check(main);
    }

    @Test
    void nothing_opensNetworkConnections() {
        noClasses().should().dependOnClassesThat()
                .haveFullyQualifiedName("java.net.Socket")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.ServerSocket")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.URLConnection")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.HttpURLConnection")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.DatagramSocket")
                .orShould().dependOnClassesThat().resideInAPackage("java.net.http..")
                .orShould().dependOnClassesThat().resideInAPackage("java.nio.channels..")
                .orShould().callMethod(java.net.URL.class, "openConnection")
                .orShould().callMethod(java.net.URL.class, "openStream")
                .check(main);
    }

    @Test
    void nothing_startsProcesses() {
        noClasses().should().dependOnClassesThat().haveFullyQualifiedName("java.lang.ProcessBuilder")
                .orShould().callMethod(Runtime.class, "exec", String.class)
                .check(main);
    }
}
