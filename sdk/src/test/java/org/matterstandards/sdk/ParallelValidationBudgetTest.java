package org.matterstandards.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.matterstandards.core.finding.SourceLocation;
import org.matterstandards.core.model.RecordKind;
import org.matterstandards.sdk.input.InputRecord;
import org.matterstandards.sdk.io.internal.DeferredRecords.Pending;

/**
 * The budget of characters in flight of {@link ParallelValidation}: after every submit, the records submitted and not
 * yet handed to the consumer hold at most the budget, a record larger than the budget runs alone (and is handed on
 * before the next record is read), and the results still arrive in input order.
 */
class ParallelValidationBudgetTest {

    private static final long BUDGET = 10_000;

    @Test
    void theBudgetBoundsTheCharactersInFlightAndABiggerRecordRunsAlone() {
        // 40 records: the record window alone (64 per thread) would let every one of them in at once.
        List<Long> sizes = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            sizes.add(i == 17 ? 4 * BUDGET : i % 3 == 0 ? 3_000L : 700L);
        }
        List<Long> handedOn = new ArrayList<>();
        InFlightCount count = new InFlightCount(sizes);
        try (ParallelValidation parallel = new ParallelValidation(ParallelValidationBudgetTest::result, 2, BUDGET,
                result -> {
                    handedOn.add(result.index());
                    count.handedOn(result.index());
                })) {
            for (int i = 0; i < sizes.size(); i++) {
                parallel.submit(pending(i, sizes.get(i)), null, LocalDate.of(2026, 12, 4));
                count.submitted(i);
                assertThat(count.chars).as("in flight after record %d", i).isLessThanOrEqualTo(BUDGET);
                if (i == 17) {
                    assertThat(handedOn).as("the big record ran alone and was handed on before the next was read")
                            .hasSize(18);
                }
            }
            parallel.drain();
        }
        assertThat(handedOn).hasSize(sizes.size()).isSorted();
        assertThat(count.chars).isZero();
    }

    @Test
    void theDefaultBudgetIsAFractionOfTheHeap() {
        assertThat(ParallelValidation.defaultBudget()).isEqualTo(Runtime.getRuntime().maxMemory() / 128);
    }

    /** Characters submitted and not yet handed on, as the test sees them from outside. */
    private static final class InFlightCount {
        private final List<Long> sizes;
        private long chars;

        InFlightCount(List<Long> sizes) {
            this.sizes = sizes;
        }

        void submitted(long index) {
            chars += sizes.get((int) index);
        }

        void handedOn(long index) {
            chars -= sizes.get((int) index);
        }
    }

    private static Pending pending(long index, long chars) {
        return new Pending() {
            @Override
            public InputRecord get() {
                return new InputRecord.Unreadable(index, SourceLocation.UNKNOWN, "SC-0001", Map.of());
            }

            @Override
            public long chars() {
                return chars;
            }
        };
    }

    private static ValidationResult result(InputRecord input, RecordKind kind, LocalDate asOf) {
        return new ValidationResult(input.index(), null, null, input.location(), List.of(), List.of(), List.of(),
                null);
    }
}
