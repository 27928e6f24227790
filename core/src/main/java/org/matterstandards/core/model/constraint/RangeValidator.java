package org.matterstandards.core.model.constraint;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link Range}. */
public final class RangeValidator implements ConstraintValidator<Range, Number> {

    private long min;
    private long max;

    @Override
    public void initialize(Range annotation) {
        min = annotation.min();
        max = annotation.max();
    }

    @Override
    public boolean isValid(Number value, ConstraintValidatorContext context) {
        return value == null || (value.longValue() >= min && value.longValue() <= max);
    }
}
