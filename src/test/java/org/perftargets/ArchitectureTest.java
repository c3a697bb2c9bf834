package org.perftargets;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.ArrayList;
import java.util.List;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The stages follow the data: intake → model → check → render/export → job → Main. Each package
 * may use only those before it (model and form, the vocabulary, are used by all), and each
 * library stays in the stage that is its job: POI in intake and export, FreeMarker and Flying
 * Saucer in render.
 */
class ArchitectureTest {

    private static final String BASE = "org.perftargets";
    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(BASE);
    }

    /** The packages of ours and the libraries a stage may use, besides the JDK and itself. */
    private static void stage(String pkg, List<String> ours, String... libraries) {
        List<String> allowed = new ArrayList<>(List.of("java..", "javax..", BASE + "." + pkg));
        ours.forEach(p -> allowed.add(p.isEmpty() ? BASE : BASE + "." + p));
        allowed.addAll(List.of(libraries));
        classes().that().resideInAPackage(BASE + "." + pkg).should().onlyDependOnClassesThat()
                .resideInAnyPackage(allowed.toArray(String[]::new))
                .check(classes);
    }

    @Test
    void theModelDependsOnNothingOfOurs() {
        stage("model", List.of());
    }

    @Test
    void aFormKindIsDescribedInTermsOfTheModelOnly() {
        stage("form", List.of("model"));
    }

    @Test
    void intakeReadsIntoTheModelAndKnowsNoLaterStage() {
        stage("intake", List.of("model", "form"), "org.apache.poi..", "org.apache.xmlbeans..", "org.openxmlformats..");
    }

    @Test
    void checksAreRulesOverTheModel() {
        stage("check", List.of("model"));
    }

    /**
     * The review's rules give advice, never validation findings: they cannot make an error, keep a
     * project from being published or change the exit code.
     */
    @Test
    void theReviewNeverMakesValidationFindings() {
        noClasses().that().resideInAPackage(BASE + ".check").and(new DescribedPredicate<JavaClass>("the review's classes") {
            @Override
            public boolean test(JavaClass c) {
                return c.getSimpleName().startsWith("Review") || c.isAssignableTo(BASE + ".check.ReviewRule");
            }
        }).should().dependOnClassesThat().haveFullyQualifiedName(BASE + ".model.Finding")
                .orShould().dependOnClassesThat().haveFullyQualifiedName(BASE + ".model.Severity")
                .check(classes);
    }

    @Test
    void theOutputSeamKnowsOnlyTheModel() {
        stage("output", List.of("model"));
    }

    @Test
    void renderingKnowsNeitherIntakeNorChecksNorTheJob() {
        stage("render", List.of("model", "form", "output"), "freemarker..", "org.xhtmlrenderer..", "com.lowagie..",
                "org.w3c..", "org.xml..");
    }

    @Test
    void exportKnowsNeitherIntakeNorChecksNorTheJob() {
        stage("export", List.of("model", "form", "output"), "org.apache.poi..", "org.apache.commons.csv..",
                "org.apache.commons.compress..");
    }

    @Test
    void theJobWiresTheStagesButNotTheCommandLine() {
        stage("job", List.of("model", "form", "intake", "check", "output", "render", "export"));
    }

    @Test
    void theCommandLineTalksToTheJob() {
        classes().that().resideInAPackage(BASE).should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", BASE, BASE + ".job", BASE + ".benchmark", "picocli..")
                .check(classes);
    }

    @Test
    void noPackagesDependOnEachOtherInACircle() {
        slices().matching(BASE + ".(*)..").should().beFreeOfCycles().check(classes);
    }
}
