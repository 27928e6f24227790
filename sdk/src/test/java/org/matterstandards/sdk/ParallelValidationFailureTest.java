package org.matterstandards.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.matterstandards.core.finding.SourceLocation;
import org.matterstandards.core.model.RecordKind;
import org.matterstandards.sdk.input.InputRecord;

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
            return new ValidationResult(input.index(), null, null, input.location(), List.of(), List.of(),
                    List.of(), null);
        }, 2, Long.MAX_VALUE, result -> handedOn.add(result.index()))) {
            for (long i = 0; i < 40; i++) {
                parallel.submit(new InputRecord.Unreadable(i, SourceLocation.UNKNOWN, "SC-0001", Map.of()), null,
                        LocalDate.of(2026, 12, 4));
            }
            parallel.drain();
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
