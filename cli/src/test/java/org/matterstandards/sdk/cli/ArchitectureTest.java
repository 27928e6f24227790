package org.matterstandards.sdk.cli;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.matterstandards.sdk.io.internal.FileReplacement;

/**
 * Keeps the CLI on the SDK's API (命令行只用公开接口): it uses no internal SDK package but the uses docs/api.md allows,
 * and its own classes are package-private but for the entry point and its exit codes.
 *
 * <p>Run alone with
 * {@code mvn -B -pl cli -am test -Dtest=ArchitectureTest -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class ArchitectureTest {

    private static final String CLI = "org.matterstandards.sdk.cli";

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(CLI);

    @Test
    void theCliUsesNoInternalSdkPackageButTheDocumentedOnes() {
        noClasses().that().resideInAPackage(CLI + "..")
                .should().dependOnClassesThat(resideInAPackage("org.matterstandards.sdk..internal..")
                        .and(not(belongToAnyOf(FileReplacement.class))))
                .because("docs/api.md lists the internal types the CLI may use")
                .check(CLASSES);
    }

    @Test
    void onlyTheEntryPointAndItsExitCodesArePublic() {
        classes().that().resideInAPackage(CLI + "..").and().haveModifier(JavaModifier.PUBLIC)
                .should().be(MatterCli.class).orShould().be(ExitCode.class)
                .check(CLASSES);
    }
}
