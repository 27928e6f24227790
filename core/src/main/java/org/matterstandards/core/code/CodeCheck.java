package org.matterstandards.core.code;

import java.io.Serializable;
import java.util.Objects;

/**
 * The outcome of checking one code (编码校验结果): either OK, or the first problem found.
 *
 * <p>For a code made of parts (a task code holds a credit code and a catalog code; a credit code holds an
 * organization code), a fault inside a part is reported as the outer problem (e.g.
 * {@link CodeProblem#BAD_CREDIT_CODE}) at the absolute position in the whole input, and {@code detail} carries the
 * inner result as {@code INNER_PROBLEM} or {@code INNER_PROBLEM:innerDetail}, e.g. {@code BAD_CHECK_CHARACTER:U}.
 *
 * @param problem  the problem, or {@code null} when the code is OK
 * @param position 1-based position of the faulty character in the input, or 0 when no single position applies
 *                 (always 0 when OK)
 * @param detail   a short machine-readable hint such as the expected check character or the expected length; may be
 *                 null (always null when OK)
 */
public record CodeCheck(CodeProblem problem, int position, String detail) implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final CodeCheck OK = new CodeCheck(null, 0, null);

    /**
     * Validates the components so that an OK result is always the same value.
     *
     * @param problem  the problem, or null for OK
     * @param position 1-based position of the fault, or 0
     * @param detail   a short hint, or null
     * @throws IllegalArgumentException if the position is negative, or an OK result carries a position or detail
     */
    public CodeCheck {
        if (position < 0) {
            throw new IllegalArgumentException("position must be >= 0: " + position);
        }
        if (problem == null && (position != 0 || detail != null)) {
            throw new IllegalArgumentException("an OK check has neither position nor detail");
        }
    }

    /**
     * Returns the OK result (校验通过).
     *
     * @return the shared OK instance
     */
    public static CodeCheck ok() {
        return OK;
    }

    /**
     * Creates a failed result (校验不通过).
     *
     * @param problem  the problem, not null
     * @param position 1-based position of the fault, or 0 when not applicable
     * @param detail   a short hint, may be null
     * @return the failed result
     * @throws NullPointerException if {@code problem} is null
     */
    public static CodeCheck fail(CodeProblem problem, int position, String detail) {
        return new CodeCheck(Objects.requireNonNull(problem, "problem"), position, detail);
    }

    /**
     * Tells whether the code passed (是否通过).
     *
     * @return true when there is no problem
     */
    public boolean isOk() {
        return problem == null;
    }
}
