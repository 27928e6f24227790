package org.matterstandards.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.matterstandards.core.model.RecordKind;

/**
 * A record whose validation throws (a bug: the pipeline turns every problem into a finding) stops
 * {@link ParallelValidation} with what it threw, but only after every record before it, in the same batch of a worker
 * too, has been handed to the consumer in input order.
 */
class ParallelValidationFailureTest {

    private static final int FAILING = 21;    // inside the second batch of 16

    @Test
    void theRecordsBeforeAFailureAreHandedOnThenTheFailureIsRethrown() {
        assertThatThrownBy(() -> run(new IllegalArgumentException("bug in a rule")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("bug in a rule");
    }

    @Test
    void anErrorIsRethrownWrappedAfterTheRecordsBeforeIt() {
        assertThatThrownBy(() -> run(new StackOverflowError("deep")))
                .isInstanceOf(IllegalStateException.class).hasCauseInstanceOf(StackOverflowError.class);
    }

    private static void run(Throwable failure) {
        List<Long> handedOn = new ArrayList<>();
        try (ParallelValidation parallel = new ParallelValidation((input, kind, asOf) -> {
            if (input.index() == FAILING) {
                throw sneaky(failure);
            }
            return ParallelInputs.resultOf(input);
        }, 2, Long.MAX_VALUE, result -> handedOn.add(result.index()))) {
            ParallelInputs.submitAndDrain(parallel, 40);
        } finally {
            List<Long> before = new ArrayList<>();
            for (long i = 0; i < FAILING; i++) {
                before.add(i);
            }
            assertThat(handedOn).as("every record before the failing one, in order, and none after").isEqualTo(before);
        }
    }

    private static RuntimeException sneaky(Throwable failure) {
        if (failure instanceof Error error) {
            throw error;
        }
        return (RuntimeException) failure;
    }
}
