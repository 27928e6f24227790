package org.matterstandards.core.code;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * Catalog code (基本编码) of a catalogue item: 12 characters from {@code [0-9A-Z]}, e.g. {@code 440118009000}.
 *
 * <pre>
 *  pos 1-2    owner segment  catalogue owner (00 national; 44 Guangdong; 45 Guangxi …)
 *  pos 3-4    type segment   task type (事项类型) in the samples seen
 *  pos 5-9    main segment   main item (主项)
 *  pos 10-12  sub segment    sub-item (子项); 000 = main item without sub-items, 00Y = main item with sub-items
 * </pre>
 *
 * <p>Letters do occur in real codes (e.g. {@code 44210104C002}), so a digits-only check would reject valid data. The
 * segment meanings are reconstructed from real codes, not from the standard's text; only the shape is enforced.
 */
public final class CatalogCode extends CodeValue {

    /** Length of a catalog code (编码长度). */
    public static final int LENGTH = 12;

    private static final String MAIN_ITEM_SUB_SEGMENT = "000";
    private static final String HAS_SUB_ITEMS_SUB_SEGMENT = "00Y";

    private CatalogCode(String value) {
        super(value);
    }

    /**
     * Checks a catalog code (校验基本编码).
     *
     * @param text the candidate, may be null
     * @return OK, or EMPTY, WRONG_LENGTH or BAD_CHARACTER
     */
    public static CodeCheck check(String text) {
        CodeCheck length = CodeText.checkLength(text, LENGTH);
        return length.isOk() ? checkAt(text, 0, LENGTH) : length;
    }

    /**
     * Checks the characters of a catalog code of {@code length} characters that starts at 0-based {@code from} of
     * the text, as {@link #check} checks a code cut out (positions within the code).
     */
    static CodeCheck checkAt(String text, int from, int length) {
        return CodeText.checkPartCharacters(text, from, from + length, Alphabet.DIGIT_OR_UPPER,
                CodeProblem.BAD_CHARACTER);
    }

    /**
     * Tells whether the text is a valid catalog code (是否有效).
     *
     * @param text the candidate, may be null
     * @return true when {@link #check(String)} is OK
     */
    public static boolean isValid(String text) {
        return check(text).isOk();
    }

    /**
     * Parses a catalog code (解析基本编码).
     *
     * @param text the code
     * @return the value object
     * @throws InvalidCodeException if the text fails {@link #check(String)}
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static CatalogCode parse(String text) {
        CodeText.requireOk(CodeKind.CATALOG_CODE, text, check(text));
        return new CatalogCode(text);
    }

    /**
     * Returns the owner segment (目录归属段), positions 1–2.
     *
     * @return e.g. {@code 00} for the national catalogue, {@code 44} for Guangdong
     */
    public String ownerSegment() {
        return value().substring(0, 2);
    }

    /**
     * Whether a text starts with this code's owner segment, compared in place: the rules ask it of every record, and
     * {@code text.startsWith(ownerSegment())} would cut the segment out each time.
     *
     * @param text a text, e.g. an area code
     * @return {@code true} when its first two characters are the owner segment
     */
    public boolean ownerSegmentStarts(String text) {
        return text.regionMatches(0, value(), 0, 2);
    }

    /**
     * Whether the type segment is a given one, compared in place ({@code typeSegment().equals(segment)}).
     *
     * @param segment the segment, e.g. an item's 事项类型 {@code 01}
     * @return {@code true} when it is the type segment
     */
    public boolean typeSegmentIs(String segment) {
        return segment.length() == 2 && value().regionMatches(2, segment, 0, 2);
    }

    /**
     * Returns the type segment (事项类型段), positions 3–4.
     *
     * @return e.g. {@code 01}
     */
    public String typeSegment() {
        return value().substring(2, 4);
    }

    /**
     * Returns the main-item segment (主项段), positions 5–9.
     *
     * @return five characters, e.g. {@code 04002}
     */
    public String mainSegment() {
        return value().substring(4, 9);
    }

    /**
     * Returns the sub-item segment (子项段), positions 10–12.
     *
     * @return three characters, e.g. {@code 000}
     */
    public String subSegment() {
        return value().substring(9, LENGTH);
    }

    /**
     * Tells whether this code names a main item (主项) rather than a sub-item: sub segment {@code 000} or {@code 00Y}.
     *
     * @return true for a main item
     */
    public boolean isMainItem() {
        String sub = subSegment();
        return sub.equals(MAIN_ITEM_SUB_SEGMENT) || sub.equals(HAS_SUB_ITEMS_SUB_SEGMENT);
    }

    /**
     * Tells whether this main item is split into sub-items (有子项): sub segment {@code 00Y}.
     *
     * @return true when the item has sub-items
     */
    public boolean hasSubItems() {
        return subSegment().equals(HAS_SUB_ITEMS_SUB_SEGMENT);
    }
}
