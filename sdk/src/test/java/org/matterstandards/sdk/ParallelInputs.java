package org.matterstandards.sdk;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.matterstandards.core.finding.SourceLocation;
import org.matterstandards.sdk.input.InputRecord;

/** Records and results for the tests of {@link ParallelValidation}: only their indices matter. */
final class ParallelInputs {

    private ParallelInputs() {
    }

    /** Submits records 0 … count − 1, each an unreadable placeholder, then waits for every result. */
    static void submitAndDrain(ParallelValidation parallel, long count) {
        for (long i = 0; i < count; i++) {
            parallel.submit(new InputRecord.Unreadable(i, SourceLocation.UNKNOWN, "SC-0001", Map.of()), null,
                    LocalDate.of(2026, 12, 4));
        }
        parallel.drain();
    }

    /** @return a result without findings for the record */
    static ValidationResult resultOf(InputRecord input) {
        return new ValidationResult(input.index(), null, null, input.location(), List.of(), List.of(), List.of(),
                null);
    }
}
