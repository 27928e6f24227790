package org.matterstandards.schemas;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The anchored code patterns of the schemas, {@code ^(?:[0-9A-Z]{12}|WS*)$} (WS: the blank class) and their like, answered
 * without a regular-expression engine (字符类模式): {@code java.util.regex} tests a union class such as
 * {@code [0-9A-HJ-NPQRTUWXY]} through one predicate per range for every character, which made the code patterns a
 * sixth of the screen's time.
 *
 * <p>Only one shape is compiled: {@code ^(?:A|B|…)$} where each alternative is either a run of character classes
 * each repeated a fixed number of times ({@code [..]}, {@code [..]{n}}) or one class repeated freely ({@code [..]*}),
 * and each class lists ranges and characters written as ASCII letters and digits or {@code \}{@code uXXXX} escapes
 * outside the surrogates. Anything else is not compiled ({@link #compile} returns {@code null}) and is left to
 * {@code java.util.regex}. A compiled pattern tests that the whole text is one alternative, which implies that the
 * regular expression is found in it; it is stricter only where {@code $} lets a final line terminator through
 * ({@code "440500\n"}), and the screen, conservative, then leaves the record to networknt. Immutable and
 * thread-safe.
 */
final class CharClassPattern implements Predicate<String> {

    private static final String START = "^(?:";
    private static final String END = ")$";

    /** Each alternative: its classes and how many characters each takes, or a single free class (count -1). */
    private final CharClass[][] classes;
    private final int[][] counts;
    private final int[] lengths;

    private CharClassPattern(List<List<CharClass>> classes, List<List<Integer>> counts) {
        this.classes = new CharClass[classes.size()][];
        this.counts = new int[classes.size()][];
        this.lengths = new int[classes.size()];
        for (int a = 0; a < classes.size(); a++) {
            this.classes[a] = classes.get(a).toArray(CharClass[]::new);
            this.counts[a] = counts.get(a).stream().mapToInt(Integer::intValue).toArray();
            for (int count : this.counts[a]) {
                lengths[a] = count < 0 ? -1 : lengths[a] + count;
            }
        }
    }

    /**
     * @param regex a pattern of a schema
     * @return the pattern compiled, or {@code null} when it does not have the one shape compiled here
     */
    static CharClassPattern compile(String regex) {
        if (!regex.startsWith(START) || !regex.endsWith(END)) {
            return null;
        }
        String body = regex.substring(START.length(), regex.length() - END.length());
        List<List<CharClass>> classes = new ArrayList<>();
        List<List<Integer>> counts = new ArrayList<>();
        classes.add(new ArrayList<>());
        counts.add(new ArrayList<>());
        int[] at = {0};
        while (at[0] < body.length()) {
            char c = body.charAt(at[0]);
            if (c == '|') {
                at[0]++;
                classes.add(new ArrayList<>());
                counts.add(new ArrayList<>());
                continue;
            }
            if (c != '[') {
                return null;
            }
            CharClass charClass = CharClass.parse(body, at);
            Integer count = charClass == null ? null : count(body, at);
            if (count == null) {
                return null;
            }
            classes.get(classes.size() - 1).add(charClass);
            counts.get(counts.size() - 1).add(count);
        }
        for (List<Integer> alternative : counts) {
            if (alternative.isEmpty() || (alternative.contains(-1) && alternative.size() > 1)) {
                return null;    // an empty alternative, or a free class among others: not this shape
            }
        }
        return new CharClassPattern(classes, counts);
    }

    /** The repetition after a class: 1, {@code {n}} or {@code *} (-1); {@code null} for anything else. */
    private static Integer count(String body, int[] at) {
        if (at[0] >= body.length() || body.charAt(at[0]) == '|' || body.charAt(at[0]) == '[') {
            return 1;
        }
        if (body.charAt(at[0]) == '*') {
            at[0]++;
            return -1;
        }
        int close = body.indexOf('}', at[0]);
        if (body.charAt(at[0]) != '{' || close < at[0] + 2 || close > at[0] + 5) {
            return null;
        }
        String digits = body.substring(at[0] + 1, close);
        for (int i = 0; i < digits.length(); i++) {
            if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
                return null;
            }
        }
        at[0] = close + 1;
        int count = Integer.parseInt(digits);
        return count == 0 ? null : count;
    }

    @Override
    public boolean test(String text) {
        for (int a = 0; a < classes.length; a++) {
            if (whole(a, text)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the whole text is alternative {@code a}. */
    private boolean whole(int a, String text) {
        if (lengths[a] < 0) {
            CharClass free = classes[a][0];
            for (int i = 0; i < text.length(); i++) {
                if (!free.contains(text.charAt(i))) {
                    return false;
                }
            }
            return true;
        }
        if (text.length() != lengths[a]) {
            return false;
        }
        int position = 0;
        for (int k = 0; k < classes[a].length; k++) {
            CharClass charClass = classes[a][k];
            for (int end = position + counts[a][k]; position < end; position++) {
                if (!charClass.contains(text.charAt(position))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** One character class: a table for ASCII, ranges for the rest. */
    private static final class CharClass {
        private final boolean[] ascii = new boolean[128];
        private final List<char[]> others = new ArrayList<>();

        /** Parses {@code [..]} at {@code at[0]}, moving past it; {@code null} when not of the simple kind. */
        static CharClass parse(String body, int[] at) {
            CharClass charClass = new CharClass();
            int i = at[0] + 1;
            boolean empty = true;
            while (i < body.length() && body.charAt(i) != ']') {
                int[] low = character(body, i);
                if (low == null) {
                    return null;
                }
                i = low[1];
                int high = low[0];
                if (i < body.length() && body.charAt(i) == '-') {
                    int[] upper = character(body, i + 1);
                    if (upper == null || upper[0] < low[0]) {
                        return null;
                    }
                    high = upper[0];
                    i = upper[1];
                }
                if (low[0] <= Character.MAX_SURROGATE && high >= Character.MIN_SURROGATE) {
                    return null;    // code points and UTF-16 units would part ways
                }
                charClass.add((char) low[0], (char) high);
                empty = false;
            }
            if (i >= body.length() || empty) {
                return null;
            }
            at[0] = i + 1;
            return charClass;
        }

        /** A class member at {@code i}: an ASCII letter or digit, or a {@code \}{@code uXXXX} escape. */
        private static int[] character(String body, int i) {
            if (i >= body.length()) {
                return null;
            }
            char c = body.charAt(i);
            if ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
                return new int[] {c, i + 1};
            }
            if (c != '\\' || i + 6 > body.length() || body.charAt(i + 1) != 'u') {
                return null;
            }
            int value = 0;
            for (int k = i + 2; k < i + 6; k++) {
                int digit = Character.digit(body.charAt(k), 16);
                if (digit < 0) {
                    return null;
                }
                value = value * 16 + digit;
            }
            return new int[] {value, i + 6};
        }

        private void add(char low, char high) {
            for (char c = low; c <= high && c < 128; c++) {
                ascii[c] = true;
            }
            if (high >= 128) {
                others.add(new char[] {(char) Math.max(low, 128), high});
            }
        }

        boolean contains(char c) {
            if (c < 128) {
                return ascii[c];
            }
            for (char[] range : others) {
                if (c >= range[0] && c <= range[1]) {
                    return true;
                }
            }
            return false;
        }
    }
}
