package org.matterstandards.core.model.constraint;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.matterstandards.core.code.CodeKind;

/** Checks {@link CodeFormat} with the code classes of {@code org.matterstandards.core.code}. */
public final class CodeFormatValidator implements ConstraintValidator<CodeFormat, CharSequence> {

    private CodeKind kind;

    @Override
    public void initialize(CodeFormat annotation) {
        kind = annotation.value();
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        if (value == null || value.toString().isBlank()) {
            return true;
        }
        return kind.check(value.toString()).isOk();
    }
}
