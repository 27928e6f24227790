package org.matterstandards.core.model.constraint;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** An integer within bounds (取值范围), e.g. day counts are never negative. {@code null} is valid. */
@Documented
@Constraint(validatedBy = RangeValidator.class)
@Target(FIELD)
@Retention(RUNTIME)
public @interface Range {

    /** @return the smallest allowed value */
    long min() default 0;

    /** @return the largest allowed value */
    long max() default Long.MAX_VALUE;

    /** The finding code of this constraint ({@code StructureRules} lists it): written here and nowhere else. */
    String CODE = "SC-0106";

    /** @return the finding code this constraint produces */
    String code() default CODE;

    /** @return unused: texts come from the project's bundle by {@link #code()} */
    String message() default CODE;

    /** @return validation groups */
    Class<?>[] groups() default {};

    /** @return payload */
    Class<? extends Payload>[] payload() default {};
}
