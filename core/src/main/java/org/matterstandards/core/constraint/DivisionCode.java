package org.matterstandards.core.constraint;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.matterstandards.core.code.CodeKind;

/**
 * The annotated {@code String} is a valid 行政区划代码 — a division code (GB/T 2260, 6 digits, in the built-in table; Guangdong's city-level pseudo-codes such as 440599 pass, as in CD-0107); the same verdict as {@code CD-0107}.
 * {@code null} and blank pass.
 */
@Documented
@Constraint(validatedBy = DivisionCode.Validator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface DivisionCode {

    /** @return the message; by default rendered from the project's bundles in zh-CN and en */
    String message() default CodeConstraintValidator.BUNDLE_MESSAGE;

    /** @return validation groups */
    Class<?>[] groups() default {};

    /** @return payload */
    Class<? extends Payload>[] payload() default {};

    /** Checks {@link DivisionCode} with {@link CodeKind#DIVISION_CODE}. */
    final class Validator extends CodeConstraintValidator<DivisionCode> {

        /** Created by the Bean Validation provider. */
        public Validator() {
            super(CodeKind.DIVISION_CODE);
        }
    }
}
