package org.matterstandards.core.code;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * Handle item code (业务办理项编码): the 31-character task code followed by a 2-digit sequence (业务办理项顺序码),
 * 33 characters, e.g. {@code 114403006939513773344201505200801}. A task code is shared by its handle items, e.g.
 * {@code …01} 企业申请 and {@code …02} 个人申请.
 */
public final class HandleItemCode extends CodeValue {

    /** Length of a handle item code (编码长度). */
    public static final int LENGTH = TaskCode.LENGTH + 2;

    private final TaskCode taskCode;

    private HandleItemCode(String value) {
        super(value);
        this.taskCode = TaskCode.ofCheckedPrefix(value);
    }

    /**
     * Checks a handle item code (校验业务办理项编码).
     *
     * @param text the candidate, may be null
     * @return OK, or EMPTY, WRONG_LENGTH, a task-code problem (BAD_CREDIT_CODE, BAD_LEVEL_DIGIT, BAD_CATALOG_CODE)
     *         or BAD_SUFFIX (detail = the offending character)
     */
    public static CodeCheck check(String text) {
        CodeCheck result = CodeText.checkLength(text, LENGTH);
        if (result.isOk()) {
            result = TaskCode.checkParts(text);
        }
        if (result.isOk()) {
            result = CodeText.checkCharacters(text, TaskCode.LENGTH, LENGTH, Alphabet.DIGIT, CodeProblem.BAD_SUFFIX);
        }
        return result;
    }

    /**
     * Tells whether the text is a valid handle item code (是否有效).
     *
     * @param text the candidate, may be null
     * @return true when {@link #check(String)} is OK
     */
    public static boolean isValid(String text) {
        return check(text).isOk();
    }

    /**
     * Parses a handle item code (解析业务办理项编码).
     *
     * @param text the code
     * @return the value object
     * @throws InvalidCodeException if the text fails {@link #check(String)}
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static HandleItemCode parse(String text) {
        CodeText.requireOk(CodeKind.HANDLE_ITEM_CODE, text, check(text));
        return new HandleItemCode(text);
    }

    /**
     * Returns the task code this handle item belongs to (实施编码), positions 1–31.
     *
     * @return the task code
     */
    public TaskCode taskCode() {
        return taskCode;
    }

    /**
     * Returns the handle item sequence (业务办理项顺序码), positions 32–33, as written (leading zero kept).
     *
     * @return two digits, e.g. {@code 01}
     */
    public String suffix() {
        return value().substring(TaskCode.LENGTH);
    }
}
