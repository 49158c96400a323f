package id.jalin.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The house rules of ARCHITECTURE.md, checked on every build. */
@AnalyzeClasses(packages = "id.jalin", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainKnowsNeitherJavaFxNorJooq = noClasses()
            .that().resideInAPackage("id.jalin.*.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jooq..", "id.jalin.kernel.db.generated..")
            .because("a feature's rules are plain Java, testable without a window or a database");

    @ArchTest
    static final ArchRule onlyDataTouchesJooq = noClasses()
            .that().resideOutsideOfPackages("id.jalin.*.data..", "id.jalin.kernel.db..", "id.jalin.app..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "id.jalin.kernel.db.generated..")
            .because("storage is the data packages' business");

    @ArchTest
    static final ArchRule screensDoNotReachIntoStorage = noClasses()
            .that().resideInAPackage("id.jalin.*.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("id.jalin.*.data..", "org.jooq..")
            .because("a screen talks to its feature's services through its view model");

    @ArchTest
    static final ArchRule kernelDependsOnNoFeature = noClasses()
            .that().resideInAPackage("id.jalin.kernel..")
            .should().dependOnClassesThat().resideInAnyPackage("id.jalin.member..", "id.jalin.forum..", "id.jalin.app..")
            .because("dependencies point inwards");

    @ArchTest
    static final ArchRule featuresDoNotUseTheShell = noClasses()
            .that().resideInAPackage("id.jalin.member..")
            .should().dependOnClassesThat().resideInAPackage("id.jalin.app..");

    @ArchTest
    static final ArchRule crossServiceReadsTheForumWithoutAgreements = noClasses()
            .that().resideInAPackage("id.jalin.crossservice..")
            .should().dependOnClassesThat().resideInAPackage("id.jalin.agreement..")
            .because("the forum's profile belongs to the forum feature; cards and letters read it there");

    @ArchTest
    static final ArchRule forumDependsOnNoOtherFeature = noClasses()
            .that().resideInAPackage("id.jalin.forum..")
            .should().dependOnClassesThat().resideInAnyPackage("id.jalin.member..", "id.jalin.agreement..",
                    "id.jalin.crossservice..", "id.jalin.app..")
            .because("every feature reads the forum's profile, so the forum may lean on none of them");

    @ArchTest
    static final ArchRule featuresAreFreeOfCycles = slices().matching("id.jalin.(*)..").should().beFreeOfCycles();
}
