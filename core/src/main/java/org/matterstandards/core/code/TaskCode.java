package org.matterstandards.core.code;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * Task code (实施编码) of an implementation item: exactly 31 characters, e.g.
 * {@code 11440100007482575H3440118009000}.
 *
 * <pre>
 *  pos 1-18   credit code of the implementing body (实施主体统一社会信用代码)
 *  pos 19     use-level digit (行使层级): 1 national, 2 provincial, 3 municipal, 4 county, 5 township, 6 village
 *  pos 20-31  catalog code (基本编码)
 * </pre>
 *
 * <p>The exchange column is wider ({@code varchar(36)}), but every real code seen has 31 characters, and the longer
 * forms (handle item code, case number) have kinds of their own.
 */
public final class TaskCode extends CodeValue {

    /** Length of a task code (编码长度). */
    public static final int LENGTH = 31;

    /** 0-based index of the use-level digit (position 19). */
    private static final int LEVEL_INDEX = UnifiedSocialCreditCode.LENGTH;

    /** 0-based start of the catalog code (position 20). */
    private static final int CATALOG_OFFSET = LEVEL_INDEX + 1;

    private static final char LOWEST_LEVEL = '1';
    private static final char HIGHEST_LEVEL = '6';

    private final UnifiedSocialCreditCode creditCode;
    private final CatalogCode catalogCode;

    private TaskCode(String value) {
        super(value);
        this.creditCode = UnifiedSocialCreditCode.parse(value().substring(0, LEVEL_INDEX));
        this.catalogCode = CatalogCode.parse(value().substring(CATALOG_OFFSET));
    }

    /**
     * Checks a task code (校验实施编码). Faults inside a part are reported as that part's problem at the absolute
     * position, with the inner problem in the detail (see {@link CodeCheck}).
     *
     * @param text the candidate, may be null
     * @return OK, or EMPTY, WRONG_LENGTH, BAD_CREDIT_CODE, BAD_LEVEL_DIGIT (detail {@code 1-6}) or BAD_CATALOG_CODE
     */
    public static CodeCheck check(String text) {
        CodeCheck length = CodeText.checkLength(text, LENGTH);
        return length.isOk() ? checkParts(text) : length;
    }

    /**
     * Checks the parts of a text that has at least {@link #LENGTH} characters, looking only at the first 31. The
     * longer codes that start with a task code share this, so a fault there is reported the same way.
     */
    static CodeCheck checkParts(String text) {
        CodeCheck credit = CodeText.nested(CodeProblem.BAD_CREDIT_CODE, 0,
                UnifiedSocialCreditCode.checkAt(text, 0));
        if (!credit.isOk()) {
            return credit;
        }
        char level = text.charAt(LEVEL_INDEX);
        if (level < LOWEST_LEVEL || level > HIGHEST_LEVEL) {
            return CodeCheck.fail(CodeProblem.BAD_LEVEL_DIGIT, LEVEL_INDEX + 1, LOWEST_LEVEL + "-" + HIGHEST_LEVEL);
        }
        return CodeText.nested(CodeProblem.BAD_CATALOG_CODE, CATALOG_OFFSET,
                CatalogCode.checkAt(text, CATALOG_OFFSET, CatalogCode.LENGTH));
    }

    /**
     * Tells whether the text is a valid task code (是否有效).
     *
     * @param text the candidate, may be null
     * @return true when {@link #check(String)} is OK
     */
    public static boolean isValid(String text) {
        return check(text).isOk();
    }

    /**
     * Parses a task code (解析实施编码).
     *
     * @param text the code
     * @return the value object
     * @throws InvalidCodeException if the text fails {@link #check(String)}
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static TaskCode parse(String text) {
        CodeText.requireOk(CodeKind.TASK_CODE, text, check(text));
        return new TaskCode(text);
    }

    /** Builds a task code from the first 31 characters of a longer code that has passed {@link #checkParts}. */
    static TaskCode ofCheckedPrefix(String text) {
        return new TaskCode(text.substring(0, LENGTH));
    }

    /**
     * Returns the credit code of the implementing body (实施主体统一社会信用代码), positions 1–18.
     *
     * @return the credit code
     */
    public UnifiedSocialCreditCode creditCode() {
        return creditCode;
    }

    /**
     * Returns the use-level digit (行使层级), position 19.
     *
     * @return 1 (national) to 6 (village)
     */
    public int levelDigit() {
        return value().charAt(LEVEL_INDEX) - '0';
    }

    /**
     * Returns the catalog code (基本编码), positions 20–31.
     *
     * @return the catalog code
     */
    public CatalogCode catalogCode() {
        return catalogCode;
    }
}
