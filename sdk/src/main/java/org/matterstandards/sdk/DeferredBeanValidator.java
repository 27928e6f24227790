package org.matterstandards.sdk;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.executable.ExecutableValidator;
import jakarta.validation.metadata.BeanDescriptor;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * The Bean Validation validator, started on first use (延迟启动的 Bean Validation 校验器). With the schema stage on
 * (the default) the model stage only binds and never asks for a constraint check, so a run need not pay for starting
 * Hibernate Validator (≈ 800 classes, a good part of a CLI run's start-up); with it off, or when a caller asks, the
 * one factory of the JVM is built then, exactly as it would have been built at once.
 */
final class DeferredBeanValidator implements Validator {

    /** The one instance: it holds nothing but the way to the shared factory. */
    static final Validator INSTANCE = new DeferredBeanValidator();

    private DeferredBeanValidator() {
    }

    /** One Bean Validation factory for the whole JVM: creating it is expensive, and it is thread-safe. */
    private static final class Started {
        private static final ValidatorFactory FACTORY = Validation.byProvider(HibernateValidator.class)
                .configure()
                // Texts come from our own bundles by finding code; no EL, no ValidationMessages lookup.
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory();
        private static final Validator VALIDATOR = FACTORY.getValidator();
    }

    @Override
    public <T> Set<ConstraintViolation<T>> validate(T object, Class<?>... groups) {
        return Started.VALIDATOR.validate(object, groups);
    }

    @Override
    public <T> Set<ConstraintViolation<T>> validateProperty(T object, String propertyName, Class<?>... groups) {
        return Started.VALIDATOR.validateProperty(object, propertyName, groups);
    }

    @Override
    public <T> Set<ConstraintViolation<T>> validateValue(Class<T> beanType, String propertyName, Object value,
                                                         Class<?>... groups) {
        return Started.VALIDATOR.validateValue(beanType, propertyName, value, groups);
    }

    @Override
    public BeanDescriptor getConstraintsForClass(Class<?> clazz) {
        return Started.VALIDATOR.getConstraintsForClass(clazz);
    }

    @Override
    public <T> T unwrap(Class<T> type) {
        return Started.VALIDATOR.unwrap(type);
    }

    @Override
    public ExecutableValidator forExecutables() {
        return Started.VALIDATOR.forExecutables();
    }
}
