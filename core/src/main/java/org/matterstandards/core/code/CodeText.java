package org.matterstandards.core.code;

/**
 * Shape checks shared by all code kinds (编码形式校验的公共部分), so that every kind reports empty input, wrong
 * length, bad characters and faulty parts in the same way.
 */
final class CodeText {

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
    static int firstRejected(String text, int from, int to, Alphabet allowed) {
        for (int i = from; i < to; i++) {
            if (!allowed.contains(text.charAt(i))) {
                return i + 1;
            }
        }
        return 0;
    }

    /**
     * Checks that all characters in {@code [from, to)} are allowed.
     *
     * @return {@code problem} at the first rejected character, 1-based in the text (detail = that character), or OK
     */
    static CodeCheck checkCharacters(String text, int from, int to, Alphabet allowed, CodeProblem problem) {
        return rejected(text, 0, firstRejected(text, from, to, allowed), problem);
    }

    /**
     * Checks that all characters of the part {@code [from, to)} are allowed, as
     * {@link #checkCharacters(String, int, int, Alphabet, CodeProblem)} checks the part cut out, without cutting it.
     *
     * @return {@code problem} at the first rejected character, 1-based within the part (detail = that character), or OK
     */
    static CodeCheck checkPartCharacters(String text, int from, int to, Alphabet allowed, CodeProblem problem) {
        return rejected(text, from, firstRejected(text, from, to, allowed), problem);
    }

    private static CodeCheck rejected(String text, int origin, int position, CodeProblem problem) {
        return position == 0 ? CodeCheck.ok()
                : CodeCheck.fail(problem, position - origin, String.valueOf(text.charAt(position - 1)));
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
