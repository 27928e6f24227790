package org.matterstandards.core;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the packages of core layered (包分层): a package uses packages of its own layer or below, never one above,
 * and no packages use each other round a loop. The layers are listed bottom first; docs/architecture.md explains
 * them. A new package must be given a layer here, so that the check covers it too; the packages under
 * {@code core.internal} (not API, docs/api-core.md) get their layer like any other. And no API type shows an internal
 * type in its signature, so the API line ({@link ApiSurfaceTest}) holds for what embedders see, not only for names.
 *
 * <p>Run alone with {@code mvn -B -pl core test -Dtest=ArchitectureTest}.
 */
class ArchitectureTest {

    private static final String CORE = "org.matterstandards.core";

    /** Packages relative to {@value #CORE} ({@code ""} is the root package), bottom layer first. */
    private static final List<Layer> LAYERS = List.of(
            new Layer("ground", "", "i18n", "finding", "internal.datafile"),
            new Layer("codes and model", "code", "model", "model.constraint"),
            new Layer("reference data", "profile", "calendar", "codetable", "element"),
            new Layer("reference aggregate", "reference"),
            new Layer("rule engine", "rule", "internal.rule"),
            new Layer("rule domains", "internal.rule.cd", "internal.rule.ct", "rule.el", "internal.rule.pw",
                    "internal.rule.sm", "intermediary",
                    "history", "constraint"),
            new Layer("built-in registration", "builtin"));

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(CORE);

    @Test
    void noPackageUsesALayerAboveIt() {
        LayeredArchitecture architecture = layeredArchitecture()
                .consideringOnlyDependenciesInAnyPackage(CORE + "..");
        for (Layer layer : LAYERS) {
            architecture = architecture.layer(layer.name()).definedBy(layer.qualifiedPackages());
        }
        for (int i = 0; i < LAYERS.size() - 1; i++) {
            String[] above = IntStream.range(i + 1, LAYERS.size()).mapToObj(j -> LAYERS.get(j).name())
                    .toArray(String[]::new);
            architecture = architecture.whereLayer(LAYERS.get(i).name()).mayOnlyBeAccessedByLayers(above);
        }
        architecture = architecture.whereLayer(LAYERS.get(LAYERS.size() - 1).name()).mayNotBeAccessedByAnyLayer();
        architecture.check(CLASSES);
    }

    @Test
    void noPackagesUseEachOtherRoundALoop() {
        slices().matching(CORE + ".(**)").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void everyPackageHasALayer() {
        Set<String> layered = LAYERS.stream().flatMap(layer -> layer.qualifiedPackagesList().stream())
                .collect(Collectors.toSet());
        Set<String> packages = CLASSES.stream().map(JavaClass::getPackageName)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(packages)
                .as("core packages without a layer: add each to ArchitectureTest.LAYERS (and docs/architecture.md)")
                .isSubsetOf(layered);
        assertThat(packages).as("the class import found core").contains(CORE + ".rule", CORE + ".model");
    }

    @Test
    void noApiTypeShowsAnInternalTypeInItsSignature() {
        Set<String> api = ApiSurfaceTest.publicApiTypes();
        List<String> leaks = new ArrayList<>();
        for (JavaClass type : CLASSES) {
            if (!api.contains(type.getName().replace('$', '.'))) {
                continue;
            }
            type.getRawSuperclass().ifPresent(superclass -> leaks.add(leak(type, "extends", superclass)));
            type.getRawInterfaces().forEach(each -> leaks.add(leak(type, "implements", each)));
            type.getFields().stream().filter(ArchitectureTest::isVisible)
                    .forEach(field -> leaks.add(leak(type, field.getName(), field.getRawType())));
            for (JavaCodeUnit member : type.getCodeUnits()) {
                if (isVisible(member)) {
                    leaks.add(leak(type, member.getName() + " returns", member.getRawReturnType()));
                    member.getRawParameterTypes().forEach(each -> leaks.add(leak(type, member.getName(), each)));
                }
            }
        }
        leaks.removeIf(String::isEmpty);
        assertThat(leaks).as("API types whose public signature shows an internal type (docs/api-core.md): keep the "
                + "internal type behind an API type, or make it API").isEmpty();
    }

    private static boolean isVisible(JavaMember member) {
        Set<JavaModifier> modifiers = member.getModifiers();
        return modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED);
    }

    private static String leak(JavaClass type, String where, JavaClass used) {
        return ApiSurfaceTest.isInternal(used.getPackageName())
                ? type.getName() + " " + where + " " + used.getName() : "";
    }

    /** A layer: its name and its packages relative to {@value #CORE}. */
    private record Layer(String name, String... packages) {

        List<String> qualifiedPackagesList() {
            return Arrays.stream(packages).map(p -> p.isEmpty() ? CORE : CORE + "." + p).toList();
        }

        String[] qualifiedPackages() {
            return qualifiedPackagesList().toArray(String[]::new);
        }
    }
}
