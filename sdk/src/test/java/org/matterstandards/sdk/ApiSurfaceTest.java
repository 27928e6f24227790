package org.matterstandards.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.matterstandards.core.ApiDocument;

/**
 * Keeps the API line (接口边界): the public types of the SDK's packages that are not {@code internal} are exactly the
 * types docs/api.md lists, so a new public type fails the build until someone adds it there on purpose (or makes it
 * package-private, or puts it in an internal package); and the other modules use no internal package but the ones
 * docs/api.md allows them.
 */
class ApiSurfaceTest {

    private static final Path API_DOC = RepoFiles.resolve("docs/api.md");
    private static final Pattern INTERNAL_IMPORT =
            Pattern.compile("^import (?:static )?(org\\.matterstandards\\.sdk\\.[\\w.]*internal[\\w.]*?\\.[A-Z]\\w*)",
                    Pattern.MULTILINE);
    /** The modules built on the SDK, whose sources must keep to the API. */
    private static final List<String> CONSUMERS = List.of("cli", "spark", "spring-boot-starter", "examples",
            "benchmarks");

    @Test
    void thePublicTypesOutsideInternalPackagesAreTheDocumentedApi() throws IOException {
        Set<String> publicTypes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.matterstandards.sdk").stream()
                .filter(type -> !type.getPackageName().contains(".internal") && !isCli(type))
                .filter(ApiDocument::isPublicAllTheWayOut)
                .map(type -> type.getName().replace('$', '.'))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> documented = apiDocument().types();

        assertThat(publicTypes).as("the class import found the SDK").contains(MatterValidator.class.getName());
        Set<String> undocumented = new TreeSet<>(publicTypes);
        undocumented.removeAll(documented);
        Set<String> gone = new TreeSet<>(documented);
        gone.removeAll(publicTypes);
        assertThat(undocumented)
                .as("public types missing from docs/api.md: list each under its package there (with Javadoc on it), "
                        + "or make it package-private, or move it to an internal package")
                .isEmpty();
        assertThat(gone).as("types docs/api.md lists that are no longer public API: remove them there").isEmpty();
    }

    @Test
    void theOtherModulesUseNoInternalPackageButTheAllowedOnes() throws IOException {
        List<String> allowed = apiDocument().allowedUses();
        List<String> violations = new ArrayList<>();
        for (String module : CONSUMERS) {
            Path root = RepoFiles.resolve(module);
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(path -> path.toString().endsWith(".java"))
                        .filter(path -> !path.toString().contains("/target/")).toList()) {
                    Matcher imported = INTERNAL_IMPORT.matcher(Files.readString(file, StandardCharsets.UTF_8));
                    while (imported.find()) {
                        String use = imported.group(1) + " in " + module;
                        if (!allowed.contains(use)) {
                            violations.add(RepoFiles.resolve("").relativize(file) + ": " + imported.group(1));
                        }
                    }
                }
            }
        }
        assertThat(violations).as("internal SDK types used outside the SDK (docs/api.md, 'Internal packages')")
                .isEmpty();
        assertThat(allowed).as("the allowed uses docs/api.md lists").isNotEmpty();
    }

    private static boolean isCli(JavaClass type) {
        // The CLI shares the namespace but is its own module; the class import may see it on an IDE's class path.
        return type.getPackageName().startsWith("org.matterstandards.sdk.cli");
    }

    private static ApiDocument apiDocument() throws IOException {
        return ApiDocument.read(API_DOC, "org.matterstandards.sdk");
    }
}
