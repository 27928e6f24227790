package org.matterstandards.examples.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code ```java} block of README.md and docs/ compiles (文档代码可编译) against the real modules, so that a
 * renamed method cannot leave the documentation behind.
 *
 * <p>A block's {@code import} lines stay imports; a block that declares a type becomes a member of the generated
 * class, any other block a method body. The generated class imports every project package and offers the names the
 * prose takes for granted ({@link #CONTEXT}); {@code -> ...} stands for "your code" and becomes {@code -> { }}.
 */
class DocumentationSnippetsTest {

    private static final Path REPO = ServiceTestSetup.REPO;
    private static final Pattern BLOCK = Pattern.compile("^```java\\n(.*?)^```", Pattern.MULTILINE | Pattern.DOTALL);
    private static final Pattern TYPE = Pattern.compile("^(@[\\w.]+(\\(.*\\))?\\s+)*(public\\s+)?(final\\s+)?"
            + "(class|record|interface|enum)\\s", Pattern.MULTILINE);
    // Packages left out of the wildcard imports because their simple names clash with others: blocks import them.
    private static final List<String> EXPLICIT = List.of("org.matterstandards.core.constraint",
            "org.matterstandards.core.model.constraint");
    /** What the snippets assume the reader has: the validator built above, a logger, a record, streams, a report. */
    private static final String CONTEXT = """
                interface Log { void info(String text, Object... args); void warn(String text, Object... args); }
                static final class MyDistrictRules extends AbstractRuleSet {
                    MyDistrictRules() { super("my-district", List.of()); }
                }
                MatterValidator validator; Log log; String jsonText; InputStream inputStream; InputStream in; OutputStream out;
                Consumer<ValidationResult> consumer; ValidationReport report; Profile profile;
                MatterRecord upstreamItem; ImplementationItem localItem;
                List<ClaimCheck.Entry> upstreamEntries; List<ClaimCheck.Entry> localEntries; ListFindingSink sink;
                void store(ValidationResult result) { }
            """;

    /**
     * Documents whose Java needs libraries this module does not have: docs/spark.md uses the Spark API, a provided
     * dependency of the spark module that would clash with Spring Boot's Jackson here. Not compiled by this test.
     */
    private static final List<String> NOT_COMPILED_HERE = List.of("docs/spark.md");

    @TempDir
    Path classes;

    @Test
    void everyJavaBlockInTheReadmeAndTheDocsCompiles() throws IOException {
        List<Path> documents = new ArrayList<>(List.of(REPO.resolve("README.md")));
        try (Stream<Path> docs = Files.walk(REPO.resolve("docs"))) {
            docs.filter(path -> path.toString().endsWith(".md"))
                    .filter(path -> !NOT_COMPILED_HERE.contains(REPO.relativize(path).toString().replace('\\', '/')))
                    .sorted().forEach(documents::add);
        }
        String imports = projectImports();
        List<JavaFileObject> units = new ArrayList<>();
        for (Path document : documents) {
            String text = Files.readString(document, StandardCharsets.UTF_8);
            Matcher block = BLOCK.matcher(text);
            while (block.find()) {
                int line = text.substring(0, block.start()).split("\n", -1).length + 1;
                units.add(unit(REPO.relativize(document) + ":" + line, block.group(1), imports, units.size()));
            }
        }
        assertThat(units).as("java blocks found").hasSizeGreaterThan(10);

        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        boolean ok = compiler.getTask(null, null, diagnostics, List.of("-classpath",
                System.getProperty("java.class.path"), "-d", classes.toString(), "-proc:none", "-encoding", "UTF-8"),
                null, units).call();
        String problems = diagnostics.getDiagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .map(d -> ((Snippet) d.getSource()).origin + " (generated line " + d.getLineNumber() + "): "
                        + d.getMessage(Locale.ENGLISH))
                .collect(Collectors.joining("\n"));
        assertThat(problems).as("snippets that do not compile").isEmpty();
        assertThat(ok).isTrue();
    }

    private static JavaFileObject unit(String origin, String code, String projectImports, int number) {
        StringBuilder imports = new StringBuilder(projectImports);
        StringBuilder body = new StringBuilder();
        for (String line : code.split("\n")) {
            (line.startsWith("import ") ? imports : body).append(line).append('\n');
        }
        String snippet = body.toString().replaceAll("->\\s*\\.\\.\\.", "-> { }");
        String name = "Snippet" + number;
        String member = TYPE.matcher(snippet).find() ? snippet
                : "void snippet() throws Exception {\n" + snippet + "}\n";
        String source = imports + "\n@SuppressWarnings(\"unused\")\nclass " + name + " {\n" + CONTEXT + member + "}\n";
        return new Snippet(name, origin, source);
    }

    /** Wildcard imports of the JDK packages the snippets use and of every package of the published modules. */
    private static String projectImports() throws IOException {
        TreeSet<String> packages = new TreeSet<>(List.of("java.io", "java.nio.charset", "java.nio.file", "java.time",
                "java.util", "java.util.function"));
        for (String module : List.of("core", "schemas", "sdk", "spring-boot-starter")) {
            Path root = REPO.resolve(module).resolve("src/main/java");
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(path -> path.toString().endsWith(".java") && !path.endsWith("package-info.java"))
                        .map(path -> root.relativize(path.getParent()).toString().replace('/', '.'))
                        .filter(name -> !EXPLICIT.contains(name)).forEach(packages::add);
            }
        }
        return packages.stream().map(name -> "import " + name + ".*;\n").collect(Collectors.joining());
    }

    /** A generated source that remembers which document and line it came from. */
    private static final class Snippet extends SimpleJavaFileObject {

        private final String origin;
        private final String source;

        Snippet(String name, String origin, String source) {
            super(URI.create("string:///" + name + ".java"), Kind.SOURCE);
            this.origin = origin;
            this.source = source;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return source;
        }
    }
}
