package org.matterstandards.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The compiled code patterns agree with {@code java.util.regex}, which networknt applies (字符类模式与正则一致): on
 * texts built from every alternative of every pattern of the published schemas that is compiled, with each character
 * replaced by the neighbours of its class's bounds, shortened, lengthened and followed by line terminators, a
 * compiled pattern passes only texts the regular expression is found in, and refuses one it is found in only when
 * the text ends in a line terminator (which {@code $} lets through; the screen then leaves the record to networknt).
 */
class CharClassPatternTest {

    private static final String LINE_TERMINATORS = "\n\r\u0085\u2028\u2029";

    @Test
    void everyCompiledPatternOfTheSchemasAgreesWithJavaRegex() {
        Set<String> patterns = schemaPatterns();
        int compiled = 0;
        int compared = 0;
        for (String regex : patterns) {
            CharClassPattern fast = CharClassPattern.compile(regex);
            if (fast == null) {
                continue;
            }
            compiled++;
            Pattern reference = Pattern.compile(regex);
            for (String text : texts(regex)) {
                boolean expected = reference.matcher(text).find();
                boolean actual = fast.test(text);
                if (actual) {
                    assertThat(expected).as("%s passes %s", escaped(text), regex).isTrue();
                } else if (expected) {
                    assertThat(LINE_TERMINATORS.indexOf(text.charAt(text.length() - 1)))
                            .as("%s refused by %s", escaped(text), regex).isNotNegative();
                }
                compared++;
            }
        }
        assertThat(compiled).as("the code patterns are compiled").isGreaterThanOrEqualTo(7);
        assertThat(compared).isGreaterThan(5_000);
    }

    @Test
    void patternsOfAnotherShapeAreLeftToTheRegexEngine() {
        for (String regex : List.of("[0-9]{6}", "^[0-9]{6}$", "^(?:[0-9]{6})", "^(SC|CD)-[0-9]{4}$",
                "^(?:[^0-9]{6})$", "^(?:[0-9]{2,6})$", "^(?:[0-9]+)$", "^(?:[0-9]*[A-Z])$", "^(?:[0-9]|)$",
                "^(?:[\\d]{6})$", "^(?:[.]{6})$", "^(?:[9-0])$", "^(?:[\\uD800-\\uDFFF]*)$", "^(?:[0-9]{0})$",
                "^(?:[a&&b])$", "^(?:[])$", "^(?:[0-9]{6}x)$")) {
            assertThat(CharClassPattern.compile(regex)).as(regex).isNull();
        }
    }

    @Test
    void aCompiledPatternTestsWholeTexts() {
        CharClassPattern division = CharClassPattern.compile(BlankText.orBlank("[0-9]{6}"));
        assertThat(division).isNotNull();
        assertThat(division.test("440500")).isTrue();
        assertThat(division.test("")).isTrue();
        assertThat(division.test(" \u3000")).isTrue();
        assertThat(division.test("44050")).isFalse();
        assertThat(division.test("4405000")).isFalse();
        assertThat(division.test(" 440500")).isFalse();
        assertThat(division.test("44050A")).isFalse();
        assertThat(division.test("\u00a0")).isFalse();
    }

    private static Set<String> schemaPatterns() {
        JsonMapper mapper = JsonMapper.builder().build();
        Set<String> patterns = new LinkedHashSet<>();
        for (MatterSchema schema : MatterSchema.values()) {
            collect(mapper.readTree(schema.text()), patterns);
        }
        return patterns;
    }

    private static void collect(JsonNode node, Set<String> patterns) {
        if (node.isObject() && node.get("pattern") != null && node.get("pattern").isString()) {
            patterns.add(node.get("pattern").asString());
        }
        node.values().forEach(child -> collect(child, patterns));
    }

    /** Texts near the pattern's alternatives: four built from the classes of each, then varied character by character. */
    private static List<String> texts(String regex) {
        String body = regex.substring("^(?:".length(), regex.length() - ")$".length());
        Random random = new Random(regex.hashCode());
        List<String> texts = new ArrayList<>(List.of("", " ", "\u3000", "\n", "\u00a0", "\uD840\uDC00", "0", "A"));
        for (int round = 0; round < 4; round++) {
            for (String alternative : body.split("\\|")) {
                vary(positions(alternative), random, texts);
            }
        }
        return texts;
    }

    /** A text of the alternative's classes, and its variations. */
    private static void vary(List<char[][]> positions, Random random, List<String> texts) {
        StringBuilder built = new StringBuilder();
        for (char[][] choices : positions) {
            built.append(choices[0][random.nextInt(choices[0].length)]);
        }
        String base = built.toString();
        texts.add(base);
        for (String end : List.of("\n", "\r\n", "\u2028", " ", "0", "\uD840\uDC00")) {
            texts.add(base + end);
            texts.add(end + base);
        }
        if (!base.isEmpty()) {
            texts.add(base.substring(1));
            texts.add(base.substring(0, base.length() - 1));
        }
        for (int i = 0; i < base.length(); i++) {
            for (char[] side : positions.get(i)) {
                for (char neighbour : side) {
                    texts.add(base.substring(0, i) + neighbour + base.substring(i + 1));
                }
            }
        }
    }

    /**
     * For each character an alternative takes, the bounds of its class and their neighbours outside it; a free
     * class takes three characters.
     */
    private static List<char[][]> positions(String alternative) {
        List<char[][]> positions = new ArrayList<>();
        int at = 0;
        while (at < alternative.length()) {
            int close = alternative.indexOf(']', at);
            String members = alternative.substring(at + 1, close);
            at = close + 1;
            int count = 1;
            if (at < alternative.length() && alternative.charAt(at) == '{') {
                int end = alternative.indexOf('}', at);
                count = Integer.parseInt(alternative.substring(at + 1, end));
                at = end + 1;
            } else if (at < alternative.length() && alternative.charAt(at) == '*') {
                count = 3;
                at++;
            }
            char[][] choices = bounds(Pattern.compile("[" + members + "]"));
            for (int i = 0; i < count; i++) {
                positions.add(choices);
            }
        }
        assertThat(positions).isNotEmpty();
        return positions;
    }

    /** The characters of the class that border a character outside it, and those outside characters. */
    private static char[][] bounds(Pattern charClass) {
        StringBuilder inside = new StringBuilder();
        StringBuilder outside = new StringBuilder();
        boolean previous = false;
        for (int c = 0; c <= 0xFFFF; c++) {
            boolean in = !Character.isSurrogate((char) c) && charClass.matcher(String.valueOf((char) c)).matches();
            if (c > 0 && in != previous) {
                (in ? inside : outside).append((char) c);
                (previous ? inside : outside).append((char) (c - 1));
            }
            previous = in;
        }
        return new char[][] {inside.toString().toCharArray(), outside.toString().toCharArray()};
    }

    private static String escaped(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append(c < 0x20 || c > 0x7e ? String.format("\\u%04X", c) : String.valueOf((char) c)));
        return out.toString();
    }
}
