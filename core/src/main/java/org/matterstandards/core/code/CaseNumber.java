package org.matterstandards.core.code;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Case number (办件编号): the 31-character task code, the date as {@code yyyyMMdd} and a 4-digit serial
 * (流水号), 43 characters, e.g. {@code 12441500196720244T3442199806003202206230068} (2022-06-23, serial 68).
 *
 * <p>The date must exist in the calendar (no 20230230); whether it is plausible (not in the future, not before the
 * matter existed) depends on context and is left to the rules.
 */
public final class CaseNumber extends CodeValue {

    /** Length of a case number (编号长度). */
    public static final int LENGTH = TaskCode.LENGTH + 8 + 4;

    /** 0-based start of the date (position 32). */
    private static final int DATE_OFFSET = TaskCode.LENGTH;

    /** 0-based start of the serial (position 40). */
    private static final int SERIAL_OFFSET = DATE_OFFSET + 8;

    private final TaskCode taskCode;
    private final LocalDate date;

    private CaseNumber(String value, LocalDate date) {
        super(value);
        this.taskCode = TaskCode.ofCheckedPrefix(value);
        this.date = date;
    }

    /**
     * Checks a case number (校验办件编号).
     *
     * @param text the candidate, may be null
     * @return OK, or EMPTY, WRONG_LENGTH, a task-code problem (BAD_CREDIT_CODE, BAD_LEVEL_DIGIT, BAD_CATALOG_CODE),
     *         BAD_DATE (detail {@code yyyyMMdd} for a non-digit, else the date text) or BAD_SUFFIX for the serial
     */
    public static CodeCheck check(String text) {
        CodeCheck result = CodeText.checkLength(text, LENGTH);
        if (result.isOk()) {
            result = TaskCode.checkParts(text);
        }
        if (result.isOk()) {
            result = checkDate(text);
        }
        if (result.isOk()) {
            result = CodeText.checkCharacters(text, SERIAL_OFFSET, LENGTH, Alphabet.DIGIT, CodeProblem.BAD_SUFFIX);
        }
        return result;
    }

    private static CodeCheck checkDate(String text) {
        int nonDigit = CodeText.firstRejected(text, DATE_OFFSET, SERIAL_OFFSET, Alphabet.DIGIT);
        if (nonDigit != 0) {
            return CodeCheck.fail(CodeProblem.BAD_DATE, nonDigit, "yyyyMMdd");
        }
        return dateOf(text) == null
                ? CodeCheck.fail(CodeProblem.BAD_DATE, DATE_OFFSET + 1, text.substring(DATE_OFFSET, SERIAL_OFFSET))
                : CodeCheck.ok();
    }

    /** Reads the 8 date digits strictly; returns null when they name no calendar day. */
    private static LocalDate dateOf(String text) {
        int year = Integer.parseInt(text, DATE_OFFSET, DATE_OFFSET + 4, 10);
        int month = Integer.parseInt(text, DATE_OFFSET + 4, DATE_OFFSET + 6, 10);
        int day = Integer.parseInt(text, DATE_OFFSET + 6, SERIAL_OFFSET, 10);
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException notADay) {
            return null;
        }
    }

    /**
     * Tells whether the text is a valid case number (是否有效).
     *
     * @param text the candidate, may be null
     * @return true when {@link #check(String)} is OK
     */
    public static boolean isValid(String text) {
        return check(text).isOk();
    }

    /**
     * Parses a case number (解析办件编号).
     *
     * @param text the number
     * @return the value object
     * @throws InvalidCodeException if the text fails {@link #check(String)}
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static CaseNumber parse(String text) {
        CodeText.requireOk(CodeKind.CASE_NUMBER, text, check(text));
        return new CaseNumber(text, dateOf(text));
    }

    /**
     * Returns the task code of the matter applied for (实施编码), positions 1–31.
     *
     * @return the task code
     */
    public TaskCode taskCode() {
        return taskCode;
    }

    /**
     * Returns the date part (日期), positions 32–39.
     *
     * @return the date
     */
    public LocalDate date() {
        return date;
    }

    /**
     * Returns the serial (流水号), positions 40–43, as a number.
     *
     * @return 0 to 9999
     */
    public int serial() {
        return Integer.parseInt(value(), SERIAL_OFFSET, LENGTH, 10);
    }
}
