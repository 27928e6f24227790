package org.matterstandards.core.element;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits a condition text (受理条件) into clauses so that two versions can be compared clause by clause (条款拆分).
 *
 * <p>Clauses end at {@code ；;。} or a line break, or start at an enumerator ({@code （一）}, {@code (1)}, {@code ①},
 * {@code 1.} after a space). Enumerators, spaces and trailing commas or colons are removed, so renumbering and
 * reformatting do not count as changes. Rewording does: "申请人须年满18周岁" and "申请人应当年满十八周岁" are different
 * clauses, which is why a new clause is sent to review rather than judged.
 */
final class TextClauses {

    private static final Pattern BREAKS = Pattern.compile(
            "[；;。\\r\\n]+|(?=（[一二三四五六七八九十]+）)|(?=\\(\\d+\\))|(?=[①-⑳])|(?<=\\s)(?=\\d+[.、．](?!\\d))");
    private static final Pattern ENUMERATOR = Pattern.compile(
            "^(（[一二三四五六七八九十\\d]+）|\\([一二三四五六七八九十\\d]+\\)|[①-⑳]|\\d+[.、．](?!\\d)|[一二三四五六七八九十]+、)");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u3000]+");
    private static final Pattern TRAILING = Pattern.compile("[，,、:：]+$");

    private TextClauses() {
    }

    /**
     * The clauses of a text.
     *
     * @param text the text, may be {@code null}
     * @return the normalised clauses in order, without duplicates
     */
    static Set<String> of(String text) {
        Set<String> clauses = new LinkedHashSet<>();
        if (text == null) {
            return clauses;
        }
        for (String part : BREAKS.split(text)) {
            String clause = SPACES.matcher(part).replaceAll("");
            clause = ENUMERATOR.matcher(clause).replaceFirst("");
            clause = TRAILING.matcher(clause).replaceFirst("");
            if (!clause.isEmpty()) {
                clauses.add(clause);
            }
        }
        return clauses;
    }
}
