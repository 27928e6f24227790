package org.matterstandards.spark;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.matterstandards.core.i18n.Messages;
import org.matterstandards.core.intermediary.IntermediaryListKeys;
import org.matterstandards.core.model.IntermediaryService;
import org.matterstandards.core.rule.FindingFactory;
import org.matterstandards.sdk.MatterValidator;
import org.matterstandards.sdk.io.common.ExchangeConverter;

/**
 * The validators of this JVM (执行器级校验器), one per {@link ValidatorSpec}, built on first use and shared by every
 * task the executor runs: building one reads the reference data and compiles the schemas, far too costly per task.
 * {@link MatterValidator} is thread-safe, so concurrent tasks share it as they are.
 */
final class ExecutorValidators {

    /**
     * What the tasks of one spec need, built once.
     *
     * @param validator the validator
     * @param converter reads national exchange rows
     * @param factory   makes the findings of the list rules, with the profile's severities and suppressions
     * @param retained  which intermediary services are on the list and in use
     */
    record Context(MatterValidator validator, ExchangeConverter converter, FindingFactory factory,
                   Predicate<IntermediaryService> retained) {
    }

    private static final Map<ValidatorSpec, Context> CONTEXTS = new ConcurrentHashMap<>();

    private ExecutorValidators() {
    }

    /**
     * @param spec the spec
     * @return the context of that spec in this JVM
     */
    static Context of(ValidatorSpec spec) {
        return CONTEXTS.computeIfAbsent(spec, ExecutorValidators::build);
    }

    private static Context build(ValidatorSpec spec) {
        MatterValidator validator = spec.build();
        return new Context(validator, ExchangeConverter.standard(),
                new FindingFactory(validator.catalog(), validator.profile(), Messages.of(validator.locale())),
                IntermediaryListKeys.retained(validator.profile(), validator.referenceData()));
    }
}
