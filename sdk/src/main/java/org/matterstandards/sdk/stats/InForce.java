package org.matterstandards.sdk.stats;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.matterstandards.core.codetable.CodeTable;
import org.matterstandards.core.codetable.Tags;
import org.matterstandards.core.model.ImplementationItem;
import org.matterstandards.core.model.PowerItem;

/**
 * Whether a record is in force on the as-of date (在用且在有效期内), the condition for entering any figure: its 事项状态
 * is not tagged {@code cancelled} in the profile's 事项状态 table, and, for an implementation item, the as-of date lies
 * in [计划生效日期, 计划取消日期). A missing state or date does not exclude: the data is counted as it is, as every
 * other figure counts missing data. 暂停 (suspended) items stay in: they are suspended, not withdrawn
 * (docs/indicators.md). Immutable.
 */
final class InForce {

    private final CodeTable taskStates;
    private final LocalDate asOf;

    /**
     * @param taskStates the 事项状态 table the profile selects
     * @param asOf       the date the figures describe
     */
    InForce(CodeTable taskStates, LocalDate asOf) {
        this.taskStates = Objects.requireNonNull(taskStates, "taskStates");
        this.asOf = Objects.requireNonNull(asOf, "asOf");
    }

    /**
     * @param item an implementation item
     * @return why it is left out, empty when it is counted
     */
    Optional<Exclusion> exclusion(ImplementationItem item) {
        if (cancelled(item.taskState())) {
            return Optional.of(Exclusion.CANCELLED);
        }
        if (item.planCancelDate() != null && !asOf.isBefore(item.planCancelDate())) {
            return Optional.of(Exclusion.EXPIRED);
        }
        if (item.planEffectiveDate() != null && asOf.isBefore(item.planEffectiveDate())) {
            return Optional.of(Exclusion.NOT_YET_EFFECTIVE);
        }
        return Optional.empty();
    }

    /**
     * @param item a power-list entry (it has a state, no validity dates)
     * @return why it is left out, empty when it is counted
     */
    Optional<Exclusion> exclusion(PowerItem item) {
        return cancelled(item.taskState()) ? Optional.of(Exclusion.CANCELLED) : Optional.empty();
    }

    private boolean cancelled(String taskState) {
        return taskState != null && taskStates.hasTag(taskState.trim(), Tags.CANCELLED);
    }
}
