package org.matterstandards.sdk.history;

import java.util.List;
import org.matterstandards.core.finding.Finding;
import org.matterstandards.core.model.ListChange;
import org.matterstandards.sdk.ValidationResult;

/**
 * A list change whose adjust-and-file steps are overdue or due within a working day on the asked date (逾期未备案),
 * judged by the FL filing-deadline rules ({@code FL-0502}, {@code FL-0503}) with the working-day calendar.
 *
 * @param change   the list change as validated on that date
 * @param findings its FL-0502 / FL-0503 findings
 */
public record OverdueFiling(ValidationResult change, List<Finding> findings) {

    /** Copies the findings. */
    public OverdueFiling {
        findings = List.copyOf(findings);
    }

    /** @return the list change record */
    public ListChange record() {
        return (ListChange) change.record();
    }
}
