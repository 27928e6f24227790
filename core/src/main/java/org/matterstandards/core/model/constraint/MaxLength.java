package org.matterstandards.core.model.constraint;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The longest text the national exchange column holds (交换字段长度), counted in characters (Unicode code points),
 * as a {@code varchar(n)} column in a UTF-8 database counts them. {@code null} is valid.
 */
@Documented
@Constraint(validatedBy = MaxLengthValidator.class)
@Target(FIELD)
@Retention(RUNTIME)
public @interface MaxLength {

    /** @return the maximum number of characters */
    int value();

    /** The finding code of this constraint ({@code StructureRules} lists it): written here and nowhere else. */
    String CODE = "SC-0104";

    /** @return the finding code this constraint produces */
    String code() default CODE;

    /** @return unused: texts come from the project's bundle by {@link #code()} */
    String message() default CODE;

    /** @return validation groups */
    Class<?>[] groups() default {};

    /** @return payload */
    Class<? extends Payload>[] payload() default {};
}
