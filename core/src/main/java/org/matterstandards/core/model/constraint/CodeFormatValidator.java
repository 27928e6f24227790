package org.matterstandards.core.model.constraint;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.matterstandards.core.code.CodeKind;
import org.matterstandards.core.code.DivisionCode;
import org.matterstandards.core.code.DivisionTable;

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
        if (kind == CodeKind.DIVISION_CODE) {
            // Whether Guangdong's 市本级 pseudo-codes (xxxx99) are acceptable depends on the profile, which this
            // constraint cannot see: the rule stage decides (CD-0201). Every other fault is reported here.
            return DivisionCode.check(value.toString(), DivisionTable.builtIn(), true).isOk();
        }
        return kind.check(value.toString()).isOk();
    }
}
