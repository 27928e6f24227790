package org.matterstandards.core.code;

import java.util.Objects;

/**
 * Thrown by the {@code parse} methods when a code fails its check (编码无效异常). It keeps the raw input and the
 * {@link CodeCheck}, so callers can render a localized message from the bundle keys instead of this English message.
 */
public final class InvalidCodeException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** Long inputs are cut in the message so that a stray file content does not flood the logs. */
    private static final int MAX_INPUT_IN_MESSAGE = 64;

    /** The kind of code that was expected. */
    private final CodeKind kind;
    /** The rejected input, as given. */
    private final String input;
    /** The failed check. */
    private final CodeCheck check;

    /**
     * Creates the exception (创建异常).
     *
     * @param kind  the kind of code that was expected, not null
     * @param input the rejected input, may be null
     * @param check the failed check, not null and not OK
     * @throws IllegalArgumentException if {@code check} is OK
     */
    public InvalidCodeException(CodeKind kind, String input, CodeCheck check) {
        super(message(Objects.requireNonNull(kind, "kind"), input, Objects.requireNonNull(check, "check")));
        if (check.isOk()) {
            throw new IllegalArgumentException("an InvalidCodeException needs a failed check");
        }
        this.kind = kind;
        this.input = input;
        this.check = check;
    }

    /**
     * Returns the failed check (校验结果).
     *
     * @return the check, never OK
     */
    public CodeCheck check() {
        return check;
    }

    /**
     * Returns the rejected input exactly as given (原始输入).
     *
     * @return the input, may be null
     */
    public String input() {
        return input;
    }

    /**
     * Returns the kind of code that was expected (编码种类).
     *
     * @return the kind
     */
    public CodeKind kind() {
        return kind;
    }

    private static String message(CodeKind kind, String input, CodeCheck check) {
        StringBuilder text = new StringBuilder("Invalid ").append(kind.englishName()).append(' ');
        if (input == null) {
            text.append("(null)");
        } else if (input.length() > MAX_INPUT_IN_MESSAGE) {
            text.append('"').append(input, 0, MAX_INPUT_IN_MESSAGE).append("…\"");
        } else {
            text.append('"').append(input).append('"');
        }
        text.append(": ").append(check.problem());
        if (check.position() > 0) {
            text.append(" at position ").append(check.position());
        }
        if (check.detail() != null) {
            text.append(" (").append(check.detail()).append(')');
        }
        return text.toString();
    }
}
