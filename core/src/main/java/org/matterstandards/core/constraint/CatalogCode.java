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
 * The annotated {@code String} is a valid 基本编码 — a catalog code of a matter (12 characters); the same verdict as {@code CD-0103}.
 * {@code null} and blank pass.
 */
@Documented
@Constraint(validatedBy = CatalogCode.Validator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface CatalogCode {

    /** @return the message; by default rendered from the project's bundles in zh-CN and en */
    String message() default CodeConstraintValidator.BUNDLE_MESSAGE;

    /** @return validation groups */
    Class<?>[] groups() default {};

    /** @return payload */
    Class<? extends Payload>[] payload() default {};

    /** Checks {@link CatalogCode} with {@link CodeKind#CATALOG_CODE}. */
    final class Validator extends CodeConstraintValidator<CatalogCode> {

        /** Created by the Bean Validation provider. */
        public Validator() {
            super(CodeKind.CATALOG_CODE);
        }
    }
}
