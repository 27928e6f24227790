package org.matterstandards.core.model.constraint;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.matterstandards.core.code.CodeKind;

/**
 * A code element that must pass its code's shape and check-digit rules (编码格式), e.g. a task code. {@code null}
 * and blank are valid here ({@link Required} says whether the element must be present).
 */
@Documented
@Constraint(validatedBy = CodeFormatValidator.class)
@Target(FIELD)
@Retention(RUNTIME)
public @interface CodeFormat {

    /** @return which code the element holds */
    CodeKind value();

    /** @return the finding code this constraint produces; by default the code kind's own */
    String code() default "";

    /** @return unused: texts come from the project's bundle by {@link #code()} */
    String message() default "CD";

    /** @return validation groups */
    Class<?>[] groups() default {};

    /** @return payload */
    Class<? extends Payload>[] payload() default {};
}
