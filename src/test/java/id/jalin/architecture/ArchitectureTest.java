package id.jalin.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The house rules of docs/architecture.md, checked on every build. The rules name no feature, so a new feature
 * package is covered the day it is added; only the table owners below must be extended with its tables.
 */
@AnalyzeClasses(packages = "id.jalin", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    /** Packages under id.jalin that are not features. */
    private static final String KERNEL = "kernel";
    private static final String SHELL = "app";
    /**
     * The command line (decision record 0021) is a second shell beside the app: it wires services the same way and
     * may use any feature's storage to build them; no feature may use it. The app's launcher hands over to it.
     */
    private static final String COMMAND_LINE = "cli";

    /**
     * Which feature owns each table (generated class name). Only the owner's data package may use it; another
     * feature asks the owner's domain API. A table missing here fails {@link #everyTableHasAnOwner}.
     */
    private static final Map<String, String> TABLE_OWNERS = Map.ofEntries(
            Map.entry("Library", "member"), Map.entry("Staff", "member"),
            Map.entry("ForumProfile", "forum"), Map.entry("ForumSettings", "forum"), Map.entry("DatabaseIdentity", "kernel"),
            Map.entry("Agreement", "agreement"), Map.entry("AgreementArticle", "agreement"),
            Map.entry("AgreementAttachment", "agreement"), Map.entry("AgreementObligation", "agreement"),
            Map.entry("AgreementParty", "agreement"), Map.entry("ClauseTemplate", "agreement"),
            Map.entry("ObligationFulfilment", "agreement"),
            Map.entry("Card", "crossservice"), Map.entry("CardHolder", "crossservice"),
            Map.entry("HostRule", "crossservice"), Map.entry("LetterCounter", "crossservice"),
            Map.entry("CardPrefix", "crossservice"), Map.entry("CardCounter", "crossservice"), Map.entry("VisitAnnouncement", "crossservice"),
            Map.entry("VisitArrival", "crossservice"),
            Map.entry("JalinUser", "access"),
            Map.entry("CatalogueWork", "catalogue"), Map.entry("CatalogueRecord", "catalogue"), Map.entry("CatalogueKey", "catalogue"),
            Map.entry("CatalogueLoad", "catalogue"), Map.entry("CatalogueDecision", "catalogue"),
            Map.entry("LoanRules", "loan"), Map.entry("LoanNumberCounter", "loan"), Map.entry("LoanLetterCounter", "loan"), Map.entry("LoanRequest", "loan"),
            Map.entry("LoanRota", "loan"), Map.entry("LoanEvent", "loan"), Map.entry("AuditEntry", "kernel"), Map.entry("AuditChange", "kernel"),
            Map.entry("ExchangePartnership", "exchange"), Map.entry("ExchangeEntry", "exchange"),
            Map.entry("ExchangeClosedYear", "exchange"),
            Map.entry("AcqRound", "acquisition"), Map.entry("AcqLetterCounter", "acquisition"), Map.entry("AcqParticipant", "acquisition"),
            Map.entry("AcqLine", "acquisition"), Map.entry("AcqReceipt", "acquisition"),
            Map.entry("TrnEvent", "training"), Map.entry("TrnSession", "training"),
            Map.entry("TrnRegistration", "training"), Map.entry("TrnAttendance", "training"),
            Map.entry("TrnCertificate", "training"), Map.entry("TrnCertificateCounter", "training"),
            Map.entry("RedistributionOffer", "redistribution"), Map.entry("RedistributionClaim", "redistribution"));

    private static final Pattern FEATURE_PACKAGE = Pattern.compile("id\\.jalin\\.([a-z]+)(?:\\.([a-z]+))?.*");
    private static final Pattern TABLE_CLASS = Pattern.compile(
            "id\\.jalin\\.kernel\\.db\\.generated\\.tables\\.(?:records\\.)?([A-Za-z]+?)(?:Record)?(?:\\$.*)?");

    @ArchTest
    static final ArchRule domainKnowsNeitherJavaFxNorJooq = noClasses()
            .that().resideInAPackage("id.jalin.*.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jooq..", "id.jalin.kernel.db.generated..")
            .because("a feature's rules are plain Java, testable without a window or a database");

    @ArchTest
    static final ArchRule onlyDataTouchesJooq = noClasses()
            .that().resideOutsideOfPackages("id.jalin.*.data..", "id.jalin.kernel.db..", "id.jalin.kernel.audit..",
                    "id.jalin.app..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "id.jalin.kernel.db.generated..")
            .because("storage is the data packages' business");

    @ArchTest
    static final ArchRule screensDoNotReachIntoStorage = noClasses()
            .that().resideInAPackage("id.jalin.*.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("id.jalin.*.data..", "org.jooq..")
            .because("a screen talks to its feature's services through its view model");

    @ArchTest
    static final ArchRule printingKnowsNoJavaFx = noClasses()
            .that().resideInAnyPackage("id.jalin.*.print..", "id.jalin.kernel.pdf..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..")
            .because("documents are laid out from plain values, so they print the same from a screen, a test or a batch");

    @ArchTest
    static final ArchRule kernelKnowsNoFeature = noClasses()
            .that().resideInAPackage("id.jalin.kernel..")
            .should().dependOnClassesThat(resideInAPackage("id.jalin..").and(
                    com.tngtech.archunit.base.DescribedPredicate.not(resideInAPackage("id.jalin.kernel.."))))
            .because("dependencies point inwards: every feature may use the kernel, the kernel uses none of them");

    @ArchTest
    static final ArchRule featuresDoNotUseTheShell = noClasses()
            .that().resideInAPackage("id.jalin..")
            .and().resideOutsideOfPackages("id.jalin." + SHELL + "..", "id.jalin." + COMMAND_LINE + "..")
            .should().dependOnClassesThat().resideInAnyPackage("id.jalin." + SHELL + "..",
                    "id.jalin." + COMMAND_LINE + "..")
            .because("the shells (the app, the command line) wire the features together; a feature that reached "
                    + "back would tie them in a knot");

    @ArchTest
    static final ArchRule featuresUseOnlyEachOthersDomain = classes()
            .that().resideInAPackage("id.jalin..")
            .should(new ArchCondition<>("use another feature only through its domain package") {
                @Override
                public void check(JavaClass origin, ConditionEvents events) {
                    Optional<String> own = feature(origin.getName());
                    for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                        String target = dependency.getTargetClass().getName();
                        Matcher matcher = FEATURE_PACKAGE.matcher(target);
                        if (!matcher.matches() || feature(target).isEmpty() || feature(target).equals(own)
                                || origin.getPackageName().startsWith("id.jalin." + SHELL)
                                || origin.getPackageName().startsWith("id.jalin." + COMMAND_LINE)) {
                            continue;
                        }
                        if (!"domain".equals(matcher.group(2))) {
                            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                        }
                    }
                }
            })
            .because("a feature's storage, screens and printing are its own; others ask its domain API");

    @ArchTest
    static final ArchRule tablesAreUsedOnlyByTheirOwner = classes()
            // the kernel's own tables (identity, audit trail) are read and written by kernel.db and kernel.audit only
            .that().resideInAPackage("id.jalin..")
            .and().resideOutsideOfPackages("id.jalin.kernel.db..", "id.jalin.kernel.audit..")
            .should(new ArchCondition<>("use only tables their own feature owns") {
                @Override
                public void check(JavaClass origin, ConditionEvents events) {
                    Optional<String> own = feature(origin.getName());
                    for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                        Matcher table = TABLE_CLASS.matcher(dependency.getTargetClass().getName());
                        if (table.matches() && TABLE_OWNERS.containsKey(table.group(1))
                                && !Optional.of(TABLE_OWNERS.get(table.group(1))).equals(own)) {
                            events.add(SimpleConditionEvent.violated(dependency,
                                    "table " + table.group(1) + " belongs to " + TABLE_OWNERS.get(table.group(1))
                                            + ": " + dependency.getDescription()));
                        }
                    }
                }
            })
            .because("a join into another feature's table couples the two schemas; ask that feature's domain API");

    @ArchTest
    static final ArchRule everyTableHasAnOwner = classes()
            .that().resideInAPackage("id.jalin.kernel.db.generated.tables")
            .and().areTopLevelClasses()
            .should(new ArchCondition<>("be listed with its owning feature") {
                @Override
                public void check(JavaClass table, ConditionEvents events) {
                    if (!TABLE_OWNERS.containsKey(table.getSimpleName())) {
                        events.add(SimpleConditionEvent.violated(table,
                                "table " + table.getSimpleName() + " has no owner in ArchitectureTest.TABLE_OWNERS"));
                    }
                }
            });

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

    /** The feature a class belongs to, or empty for the kernel and the shells. */
    private static Optional<String> feature(String className) {
        Matcher matcher = FEATURE_PACKAGE.matcher(className);
        if (!matcher.matches() || matcher.group(1).equals(KERNEL) || matcher.group(1).equals(SHELL)
                || matcher.group(1).equals(COMMAND_LINE)) {
            return Optional.empty();
        }
        return Optional.of(matcher.group(1));
    }
}
