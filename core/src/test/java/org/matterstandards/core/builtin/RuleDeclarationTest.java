package org.matterstandards.core.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.matterstandards.core.rule.Rule;
import org.matterstandards.core.rule.RuleDescriptor;
import org.matterstandards.core.rule.RuleSet;

/**
 * Each rule is declared once, next to its logic (规则就地声明): the code literal of every built-in rule stands exactly
 * once in core's main sources, and in the source file of the class that holds the rule's check. The exceptions are
 * the shared, parameterised rule classes of {@code core.internal.rule}, whose descriptors are written where the rule
 * set instantiates them, and the codes no rule class reports (SC, SYS, EL …), written in their rule set or in the
 * model constraint that reports them. docs/architecture.md, "How a rule is declared", explains the style.
 *
 * <p>The check reads the sources as text: it finds string literals outside comments, so a code named in Javadoc does
 * not count.
 */
class RuleDeclarationTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern CODE = Pattern.compile("(SC|CD|CT|SM|PW|EL|IM|FL|SYS)-\\d{4}");
    private static final String SHARED_RULES = "org.matterstandards.core.internal.rule";
    private static final String CONSTRAINTS = "org/matterstandards/core/model/constraint/";

    /** Code → the source files (relative to {@link #SOURCES}) that write it as a literal, once per occurrence. */
    private static Map<String, List<String>> literals;

    @BeforeAll
    static void readSources() throws IOException {
        assertThat(SOURCES).as("core main sources (the test runs in the core module)").isDirectory();
        literals = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).sorted().toList()) {
                String relative = SOURCES.relativize(file).toString().replace('\\', '/');
                for (String literal : stringLiterals(Files.readString(file, StandardCharsets.UTF_8))) {
                    if (CODE.matcher(literal).matches()) {
                        literals.computeIfAbsent(literal, code -> new ArrayList<>()).add(relative);
                    }
                }
            }
        }
    }

    @Test
    void noCodeIsWrittenTwice() {
        Map<String, List<String>> twice = literals.entrySet().stream().filter(entry -> entry.getValue().size() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
        assertThat(twice).as("codes written as a literal more than once in core main sources").isEmpty();
        assertThat(literals).as("the scan found the built-in codes").containsKeys("SM-0218", "IM-0401", "SC-0001");
    }

    @Test
    void everyCatalogCodeIsDeclaredOnce() {
        List<String> notOnce = BuiltInRules.catalog().descriptors().stream().map(RuleDescriptor::code)
                .filter(code -> literals.getOrDefault(code, List.of()).size() != 1)
                .map(code -> code + " " + literals.getOrDefault(code, List.of()))
                .toList();
        assertThat(notOnce).as("catalog codes not written exactly once as a literal").isEmpty();
    }

    @Test
    void aRuleDeclaresItsDescriptorInItsOwnClass() {
        List<String> misplaced = new ArrayList<>();
        for (RuleSet set : BuiltInRules.ruleSets()) {
            List<Rule> rules = new ArrayList<>(set.recordRules());
            rules.addAll(set.listRules());
            for (Rule rule : rules) {
                String code = rule.descriptor().code();
                boolean shared = rule.getClass().getPackageName().equals(SHARED_RULES);
                // A shared class serves many codes: its descriptor is written where the rule set instantiates it.
                String expected = sourceFile(shared ? set.getClass() : rule.getClass());
                if (!literals.getOrDefault(code, List.of()).equals(List.of(expected))) {
                    misplaced.add(code + " of " + rule.getClass().getName() + ": expected in " + expected
                            + ", written in " + literals.getOrDefault(code, List.of()));
                }
            }
        }
        assertThat(misplaced).as("rules whose descriptor is not declared next to their logic").isEmpty();
    }

    @Test
    void aCodeWithoutARuleIsDeclaredInItsRuleSet() {
        List<String> misplaced = new ArrayList<>();
        for (RuleSet set : BuiltInRules.ruleSets()) {
            Set<String> ruled = Stream.concat(set.recordRules().stream(), set.listRules().stream())
                    .map(rule -> rule.descriptor().code()).collect(Collectors.toSet());
            for (RuleDescriptor descriptor : set.descriptors()) {
                List<String> files = literals.getOrDefault(descriptor.code(), List.of());
                boolean inSetOrConstraint = files.size() == 1 && (files.get(0).equals(sourceFile(set.getClass()))
                        || files.get(0).startsWith(CONSTRAINTS));
                if (!ruled.contains(descriptor.code()) && !inSetOrConstraint) {
                    misplaced.add(descriptor.code() + " of set " + set.id() + ", written in " + files);
                }
            }
        }
        assertThat(misplaced).as("codes reported by stages, declared outside their rule set").isEmpty();
    }

    @Test
    void theScanSeesLiteralsNotComments() {
        assertThat(stringLiterals("/** \"SM-0001\" */ String a = \"SM-0002\"; // \"SM-0003\"\n"
                + "String b = \"x\\\"SM-0004\"; char c = '\"'; String d = \"SM-0005\";"))
                .containsExactly("SM-0002", "x\\\"SM-0004", "SM-0005");
    }

    private static String sourceFile(Class<?> type) {
        Class<?> top = type;
        while (top.getEnclosingClass() != null) {
            top = top.getEnclosingClass();
        }
        return top.getName().replace('.', '/') + ".java";
    }

    /** The string literals of a Java source, without those inside comments (text blocks count as one literal). */
    static List<String> stringLiterals(String source) {
        List<String> found = new ArrayList<>();
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                i = endOf(source, "\n", i + 2);
            } else if (source.startsWith("/*", i)) {
                i = endOf(source, "*/", i + 2);
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                end = end < 0 ? source.length() : end;
                found.add(source.substring(i + 3, end));
                i = end + 3;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < source.length() && source.charAt(j) != c) {
                    j += source.charAt(j) == '\\' ? 2 : 1;
                }
                if (c == '"') {
                    found.add(source.substring(i + 1, Math.min(j, source.length())));
                }
                i = j + 1;
            } else {
                i++;
            }
        }
        return found;
    }

    private static int endOf(String source, String end, int from) {
        int at = source.indexOf(end, from);
        return at < 0 ? source.length() : at + end.length();
    }
}
