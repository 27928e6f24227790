package org.matterstandards.sdk;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Keeps the SDK's packages apart (包分层): the readers and the pipeline speak only through {@code sdk.input}, which
 * uses no other SDK package; the readers come in format families ({@code sdk.io.json}, {@code sdk.io.tabular},
 * {@code sdk.io.exchange}) that share {@code sdk.io.common} and do not use each other, and only the facade
 * {@code sdk.io} knows them all; the entry point in the root package uses the readers and the pipeline, never the
 * other way round; and no packages use each other round a loop. docs/architecture.md explains the packages.
 *
 * <p>Run alone with
 * {@code mvn -B -pl sdk -am test -Dtest=ArchitectureTest -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class ArchitectureTest {

    private static final String SDK = "org.matterstandards.sdk";
    private static final String IO = SDK + ".io";
    private static final List<String> FAMILIES = List.of(IO + ".json", IO + ".tabular", IO + ".exchange");

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(SDK);

    @Test
    void theReadersDoNotUseThePipeline() {
        noClasses().that().resideInAPackage(IO + "..")
                .should().dependOnClassesThat().resideInAPackage(SDK + ".pipeline..")
                .check(CLASSES);
    }

    @Test
    void thePipelineDoesNotUseTheReaders() {
        noClasses().that().resideInAPackage(SDK + ".pipeline..")
                .should().dependOnClassesThat().resideInAPackage(IO + "..")
                .check(CLASSES);
    }

    @Test
    void theInputContractUsesNoOtherSdkPackage() {
        noClasses().that().resideInAPackage(SDK + ".input..")
                .should().dependOnClassesThat(resideInAPackage(SDK + "..").and(not(resideInAPackage(SDK + ".input.."))))
                .check(CLASSES);
    }

    @Test
    void theFormatFamiliesDoNotUseEachOther() {
        for (String family : FAMILIES) {
            String[] others = FAMILIES.stream().filter(other -> !other.equals(family)).map(other -> other + "..")
                    .toArray(String[]::new);
            noClasses().that().resideInAPackage(family + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .because("what two families share belongs in " + IO + ".common")
                    .check(CLASSES);
        }
    }

    @Test
    void whatTheFamiliesShareUsesNoFamily() {
        noClasses().that().resideInAPackage(IO + ".common..")
                .should().dependOnClassesThat().resideInAnyPackage(FAMILIES.stream().map(family -> family + "..")
                        .toArray(String[]::new))
                .check(CLASSES);
    }

    @Test
    void onlyTheFacadeKnowsTheFamilies() {
        noClasses().that().resideInAnyPackage(IO + ".json..", IO + ".tabular..", IO + ".exchange..", IO + ".common..")
                .should().dependOnClassesThat().resideInAPackage(IO)
                .check(CLASSES);
    }

    @Test
    void theReadersAndThePipelineDoNotUseTheEntryPoint() {
        noClasses().that().resideInAnyPackage(IO + "..", SDK + ".pipeline..", SDK + ".input..")
                .should().dependOnClassesThat().resideInAPackage(SDK)
                .because("the root package (MatterValidator, Batch, RecordPipeline) is built on them")
                .check(CLASSES);
    }

    @Test
    void noSdkPackagesUseEachOtherRoundALoop() {
        // Each package is its own slice, the root package included (a pattern like "sdk.(**)" would leave it out).
        slices().assignedFrom(new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                String name = javaClass.getPackageName();
                return name.equals(SDK) || name.startsWith(SDK + ".") ? SliceIdentifier.of(name)
                        : SliceIdentifier.ignore();
            }

            @Override
            public String getDescription() {
                return "the SDK's packages";
            }
        }).should().beFreeOfCycles().check(CLASSES);
    }
}
