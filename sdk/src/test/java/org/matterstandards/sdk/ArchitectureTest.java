package org.matterstandards.sdk;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Keeps the readers and the pipeline apart (读取与流水线分离): both speak through {@code sdk.input} (input record,
 * cell locator, conversion problem, reader, format, kind detection), which itself uses no other SDK package, so a
 * reader can change without the pipeline and the other way round. docs/architecture.md explains the packages.
 *
 * <p>Run alone with
 * {@code mvn -B -pl sdk -am test -Dtest=ArchitectureTest -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class ArchitectureTest {

    private static final String SDK = "org.matterstandards.sdk";

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(SDK);

    @Test
    void theReadersDoNotUseThePipeline() {
        noClasses().that().resideInAPackage(SDK + ".io..")
                .should().dependOnClassesThat().resideInAPackage(SDK + ".pipeline..")
                .check(CLASSES);
    }

    @Test
    void thePipelineDoesNotUseTheReaders() {
        noClasses().that().resideInAPackage(SDK + ".pipeline..")
                .should().dependOnClassesThat().resideInAPackage(SDK + ".io..")
                .check(CLASSES);
    }

    @Test
    void theInputContractUsesNoOtherSdkPackage() {
        noClasses().that().resideInAPackage(SDK + ".input..")
                .should().dependOnClassesThat(resideInAPackage(SDK + "..").and(not(resideInAPackage(SDK + ".input.."))))
                .check(CLASSES);
    }
}
