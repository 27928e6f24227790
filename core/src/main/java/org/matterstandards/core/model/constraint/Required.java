package org.matterstandards.core.model.constraint;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A required element (必填要素): not {@code null}, not blank text, not an empty list.
 *
 * <p>Target is {@code FIELD} only, so on a record component it is checked once (on the field), never again on the
 * accessor.
 */
@Documented
@Constraint(validatedBy = RequiredValidator.class)
@Target(FIELD)
@Retention(RUNTIME)
public @interface Required {

    /** The finding code of this constraint ({@code StructureRules} lists it): written here and nowhere else. */
    String CODE = "SC-0101";

    /** @return the finding code this constraint produces */
    String code() default CODE;

    /** @return unused: texts come from the project's bundle by {@link #code()} */
    String message() default CODE;

    /** @return validation groups */
    Class<?>[] groups() default {};

    /** @return payload */
    Class<? extends Payload>[] payload() default {};
}
