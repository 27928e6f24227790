package org.matterstandards.core;

import static org.assertj.core.api.Assertions.assertThat;

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

/**
 * Keeps core's API line (接口边界): the public types of core's packages that are not {@code internal} are exactly
 * the types docs/api-core.md lists, each with class-level Javadoc, so a new public type fails the build until someone
 * adds it there on purpose (or makes it package-private, or puts it in an internal package); and the other modules
 * import no internal core package but the uses docs/api-core.md allows. Same format as the SDK's docs/api.md.
 */
class ApiSurfaceTest {

    private static final String CORE = "org.matterstandards.core";
    private static final String API_DOC = "docs/api-core.md";
    private static final Pattern CORE_IMPORT = Pattern.compile(
            "^import (?:static )?(org\\.matterstandards\\.core\\.[\\w.]*?\\.?[A-Z]\\w*)", Pattern.MULTILINE);
    private static final Pattern TYPE_KEYWORD = Pattern.compile("\\b(?:class|interface|enum|record|@interface)\\s+");
    /** What may stand between a type's Javadoc and its declaration: annotations, with or without arguments. */
    private static final Pattern ANNOTATIONS_ONLY =
            Pattern.compile("\\s*(?:@[\\w.]+(?:\\((?:[^()]|\\([^()]*\\))*\\))?\\s*)*", Pattern.DOTALL);
    /** The modules built on core, whose sources must keep to its API. */
    private static final List<String> CONSUMERS = List.of("schemas", "sdk", "cli", "spark", "spring-boot-starter",
            "examples", "benchmarks");

    @Test
    void thePublicTypesOutsideInternalPackagesAreTheDocumentedApi() throws IOException {
        Set<String> publicTypes = publicApiTypes();
        Set<String> documented = apiDocument().types();

        assertThat(publicTypes).as("the class import found core").contains(MatterException.class.getName());
        Set<String> undocumented = new TreeSet<>(publicTypes);
        undocumented.removeAll(documented);
        Set<String> gone = new TreeSet<>(documented);
        gone.removeAll(publicTypes);
        assertThat(undocumented)
                .as("public core types missing from " + API_DOC + ": if the type is meant for embedders, add it "
                        + "consciously under its package there and give it class-level Javadoc; otherwise make it "
                        + "package-private or move it to a package under " + CORE + ".internal")
                .isEmpty();
        assertThat(gone).as("types " + API_DOC + " lists that are no longer public API: remove them there").isEmpty();
    }

    @Test
    void everyApiTypeHasClassLevelJavadoc() throws IOException {
        Path sources = Path.of("src/main/java");
        assertThat(sources).as("core main sources (the test runs in the core module)").isDirectory();
        List<String> withoutJavadoc = new ArrayList<>();
        for (String type : apiDocument().types()) {
            if (!hasJavadoc(sources, type)) {
                withoutJavadoc.add(type);
            }
        }
        assertThat(withoutJavadoc).as("API types without class-level Javadoc (/** … */ right above the declaration)")
                .isEmpty();
    }

    @Test
    void theOtherModulesUseNoInternalCorePackageButTheAllowedOnes() throws IOException {
        List<String> allowed = apiDocument().allowedUses();
        List<String> violations = new ArrayList<>();
        int coreImports = 0;
        for (String module : CONSUMERS) {
            Path root = repository().resolve(module);
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(path -> path.toString().endsWith(".java"))
                        .filter(path -> !path.toString().contains("/target/")).toList()) {
                    Matcher imported = CORE_IMPORT.matcher(Files.readString(file, StandardCharsets.UTF_8));
                    while (imported.find()) {
                        coreImports++;
                        String type = imported.group(1);
                        if (type.startsWith(CORE + ".internal.") && !allowed.contains(type + " in " + module)) {
                            violations.add(repository().relativize(file) + ": " + type);
                        }
                    }
                }
            }
        }
        assertThat(coreImports).as("the scan found the other modules' imports of core").isGreaterThan(100);
        assertThat(violations).as("internal core types used outside core (" + API_DOC + ", 'Internal packages': "
                + "use the API, or list the use there with its reason)").isEmpty();
    }

    /** Public types, nested ones only when every enclosing type is public too, outside the internal packages. */
    static Set<String> publicApiTypes() {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(CORE).stream()
                .filter(type -> !isInternal(type.getPackageName()))
                .filter(ApiDocument::isPublicAllTheWayOut)
                .map(type -> type.getName().replace('$', '.'))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    static boolean isInternal(String packageName) {
        return packageName.equals(CORE + ".internal") || packageName.startsWith(CORE + ".internal.");
    }

    /**
     * Whether the type's declaration in its top-level type's source file has a Javadoc comment right above it
     * (annotations may stand between).
     */
    private static boolean hasJavadoc(Path sources, String type) throws IOException {
        String pkg = documentedPackage(type);
        String[] names = type.substring(pkg.length() + 1).split("\\.");
        Path file = sources.resolve(pkg.replace('.', '/')).resolve(names[0] + ".java");
        if (!Files.isRegularFile(file)) {
            return false;
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Matcher declaration = Pattern.compile(TYPE_KEYWORD.pattern() + Pattern.quote(names[names.length - 1]) + "\\b")
                .matcher(text);
        while (declaration.find()) {
            int lineStart = text.lastIndexOf('\n', declaration.start()) + 1;
            String before = text.substring(0, lineStart);
            int end = before.lastIndexOf("*/");
            int start = end < 0 ? -1 : before.lastIndexOf("/**", end);
            if (start >= 0 && ANNOTATIONS_ONLY.matcher(before.substring(end + 2)).matches()
                    && !before.substring(start + 3, end).isBlank()) {
                return true;
            }
        }
        return false;
    }

    /** The package of a documented type: the longest lower-case prefix. */
    private static String documentedPackage(String type) {
        String[] parts = type.split("\\.");
        int i = 0;
        while (i < parts.length && !Character.isUpperCase(parts[i].charAt(0))) {
            i++;
        }
        return String.join(".", List.of(parts).subList(0, i));
    }

    private static Path repository() {
        String dir = System.getenv("MATTER_REPO_DIR");
        return dir != null ? Path.of(dir) : Path.of("..").toAbsolutePath().normalize();
    }

    private static ApiDocument apiDocument() throws IOException {
        return ApiDocument.read(repository().resolve(API_DOC), "org.matterstandards.core");
    }
}
