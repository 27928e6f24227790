package org.matterstandards.schemas;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.matterstandards.core.code.CodeKind;

/**
 * The custom {@code format} names and {@code pattern}s of the codes (编码格式名与形状). A schema gives every code
 * element both: the {@code pattern} states the shape so that any validator can check it; the {@code format} adds the
 * check digits and tables, which only a validator that registers the format can check (this module's
 * {@link SchemaValidator} does, with core's code classes).
 *
 * <p>Each pattern accepts every text that the code's {@link CodeKind#check(String)} accepts (it may accept more, never
 * less), so a record that fails a code pattern always fails the code's format too, and both stages report the same
 * {@code CD-} code.
 */
public final class CodeFormats {

    /** The 31 characters of a unified social credit code (GB 32100: no I, O, S, V, Z). */
    private static final String USCC = "[0-9A-HJ-NPQRTUWXY]{18}";
    private static final String TASK_CODE = USCC + "[1-6][0-9A-Z]{12}";

    private CodeFormats() {
    }

    /**
     * The {@code format} name of a code kind.
     *
     * @param kind the code kind
     * @return e.g. {@code task-code}
     */
    public static String formatName(CodeKind kind) {
        // Spelled out: format names are part of the published schemas and must not follow a Java rename.
        return switch (kind) {
            case USCC -> "uscc";
            case ORGANIZATION_CODE -> "organization-code";
            case CATALOG_CODE -> "catalog-code";
            case TASK_CODE -> "task-code";
            case HANDLE_ITEM_CODE -> "handle-item-code";
            case CASE_NUMBER -> "case-number";
            case DIVISION_CODE -> "division-code";
        };
    }

    /**
     * The code kind of a {@code format} name.
     *
     * @param formatName a format name such as {@code uscc}
     * @return the kind, or empty for another format (for example {@code date})
     */
    public static Optional<CodeKind> kindOf(String formatName) {
        String name = formatName == null ? "" : formatName.toLowerCase(Locale.ROOT);
        return Arrays.stream(CodeKind.values()).filter(kind -> formatName(kind).equals(name)).findFirst();
    }

    /**
     * The shape of a code kind, without anchors.
     *
     * @param kind the code kind
     * @return a regular expression that ECMA-262 and Java read alike
     */
    public static String shape(CodeKind kind) {
        return switch (kind) {
            case USCC -> USCC;
            case ORGANIZATION_CODE -> "[0-9A-Z]{8}[0-9X]";
            case CATALOG_CODE -> "[0-9A-Z]{12}";
            case TASK_CODE -> TASK_CODE;
            case HANDLE_ITEM_CODE -> TASK_CODE + "[0-9]{2}";
            case CASE_NUMBER -> TASK_CODE + "[0-9]{12}";
            case DIVISION_CODE -> "[0-9]{6}";
        };
    }

    /**
     * The {@code pattern} a schema gives a code element: its shape, or blank text (which the model treats as absent;
     * a required element rejects blank separately).
     *
     * @param kind the code kind
     * @return an anchored pattern
     */
    public static String pattern(CodeKind kind) {
        return BlankText.orBlank(shape(kind));
    }
}
