package org.matterstandards.core.constraint;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.annotation.Annotation;
import org.matterstandards.core.code.CodeCheck;
import org.matterstandards.core.code.CodeKind;
import org.matterstandards.core.finding.Args;
import org.matterstandards.core.i18n.Messages;
import org.matterstandards.core.rule.CodeFormatRules;

/**
 * The check behind every host constraint (宿主约束校验器): the code kind's own check, the same one as the
 * {@code CD-0101} … {@code CD-0107} findings, with the message rendered from the project's bundles.
 *
 * <p>{@code null} and blank values pass, as in the validator (combine with {@code @NotBlank} for a required field).
 * Unless the host gives its own {@code message}, the violation says what is wrong in Simplified Chinese first and
 * English second: a constraint validator cannot see the locale the host will show it in, and the JVM default locale
 * must never decide.
 *
 * @param <A> the constraint annotation
 */
public abstract class CodeConstraintValidator<A extends Annotation> implements ConstraintValidator<A, CharSequence> {

    /** The default {@code message} of the host constraints: "render it from the project's bundles". */
    public static final String BUNDLE_MESSAGE = "{org.matterstandards.constraint.bundle}";

    private final CodeKind kind;
    private final String findingCode;

    /** @param kind the code kind this validator checks */
    protected CodeConstraintValidator(CodeKind kind) {
        this.kind = kind;
        this.findingCode = CodeFormatRules.findingCode(kind);
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        if (value == null || value.toString().isBlank()) {
            return true;
        }
        CodeCheck check = kind.check(value.toString());
        if (check.isOk()) {
            return true;
        }
        if (BUNDLE_MESSAGE.equals(context.getDefaultConstraintMessageTemplate())) {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(escape(message(check, Messages.of(Messages.ZH_CN))
                    + " / " + message(check, Messages.of(Messages.EN)))).addConstraintViolation();
        }
        return false;
    }

    /**
     * The text of a failed check in one language, e.g. {@code 统一社会信用代码无效：校验码错误…}.
     *
     * @param check    the failed check
     * @param messages the messages of the language
     * @return the text
     */
    String message(CodeCheck check, Messages messages) {
        String problem = messages.format(check.problem().messageKey(),
                Args.of("position", check.position(), "detail", check.detail() == null ? "" : check.detail()));
        return messages.format("constraint.message",
                Args.of("title", messages.get(findingCode + ".title"), "problemText", problem));
    }

    /** Bean Validation interpolates templates: the rendered text must come through literally. */
    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || c == '{' || c == '}' || c == '$') {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
