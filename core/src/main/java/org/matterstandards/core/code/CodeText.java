package org.matterstandards.core.code;

import java.util.function.IntPredicate;

/**
 * Shape checks shared by all code kinds (编码形式校验的公共部分), so that every kind reports empty input, wrong
 * length, bad characters and faulty parts in the same way.
 */
final class CodeText {

    /** ASCII only: {@link Character#isDigit} would also accept full-width and other scripts' digits. */
    static final IntPredicate DIGIT = c -> c >= '0' && c <= '9';

    /** Digits and upper-case ASCII letters, the alphabet of catalog codes and of GB 11714 bodies. */
    static final IntPredicate DIGIT_OR_UPPER = c -> DIGIT.test(c) || (c >= 'A' && c <= 'Z');

    private CodeText() {
    }

    /**
     * Checks presence and exact length.
     *
     * @return EMPTY for null or "", WRONG_LENGTH (detail = expected length) for any other length, else OK
     */
    static CodeCheck checkLength(String text, int expected) {
        if (text == null || text.isEmpty()) {
            return CodeCheck.fail(CodeProblem.EMPTY, 0, null);
        }
        if (text.length() != expected) {
            return CodeCheck.fail(CodeProblem.WRONG_LENGTH, 0, Integer.toString(expected));
        }
        return CodeCheck.ok();
    }

    /**
     * Finds the first character in {@code [from, to)} (0-based) that {@code allowed} rejects.
     *
     * @return the 1-based position of that character, or 0 when all are allowed
     */
    static int firstRejected(String text, int from, int to, IntPredicate allowed) {
        for (int i = from; i < to; i++) {
            if (!allowed.test(text.charAt(i))) {
                return i + 1;
            }
        }
        return 0;
    }

    /**
     * Checks that all characters in {@code [from, to)} are allowed.
     *
     * @return {@code problem} at the first rejected character (detail = that character), or OK
     */
    static CodeCheck checkCharacters(String text, int from, int to, IntPredicate allowed, CodeProblem problem) {
        int position = firstRejected(text, from, to, allowed);
        return position == 0 ? CodeCheck.ok()
                : CodeCheck.fail(problem, position, String.valueOf(text.charAt(position - 1)));
    }

    /**
     * Lifts the check of a part that starts at 0-based {@code offset} into a failure of the whole code.
     *
     * @return OK when {@code inner} is OK; else {@code outer} at the absolute position, with the inner result as detail
     */
    static CodeCheck nested(CodeProblem outer, int offset, CodeCheck inner) {
        if (inner.isOk()) {
            return inner;
        }
        int position = inner.position() == 0 ? offset + 1 : offset + inner.position();
        String detail = inner.detail() == null ? inner.problem().name() : inner.problem().name() + ':' + inner.detail();
        return CodeCheck.fail(outer, position, detail);
    }

    /**
     * Turns a failed check into the exception thrown by every {@code parse} method.
     *
     * @throws InvalidCodeException if {@code check} is not OK
     */
    static void requireOk(CodeKind kind, String input, CodeCheck check) {
        if (!check.isOk()) {
            throw new InvalidCodeException(kind, input, check);
        }
    }
}
