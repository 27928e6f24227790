package org.matterstandards.core.model.constraint;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link MaxLength}. */
public final class MaxLengthValidator implements ConstraintValidator<MaxLength, CharSequence> {

    private int max;

    @Override
    public void initialize(MaxLength annotation) {
        max = annotation.value();
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || value.toString().codePointCount(0, value.length()) <= max;
    }
}
