package org.matterstandards.core.intermediary;

import java.time.LocalDate;
import java.util.function.Function;
import org.matterstandards.core.model.ListChange;
import org.matterstandards.core.model.RecordKind;

/**
 * The steps a list change must complete within the deadline (调整与备案步骤), each recorded by its completion date.
 */
enum FilingStep {
    /** Adjusted in the online intermediary market (网上中介服务超市); only for intermediary services. */
    MARKET("marketAdjustedDate", ListChange::marketAdjustedDate),
    /** Adjusted in the provincial matter system (省政务服务事项管理系统). */
    SYSTEM("systemAdjustedDate", ListChange::systemAdjustedDate),
    /** Filed (备案) with the same-level data administration (政务服务数据管理部门). */
    FILING("filedDate", ListChange::filedDate);

    private final String element;
    private final Function<ListChange, LocalDate> date;

    FilingStep(String element, Function<ListChange, LocalDate> date) {
        this.element = element;
        this.date = date;
    }

    /** @return the JSON name of the step's completion date */
    String element() {
        return element;
    }

    /** @return the JSON Pointer of the step's completion date */
    String pointer() {
        return "/" + element;
    }

    /**
     * @param change a list change
     * @return the date the step was completed, or {@code null} when it is not (yet) recorded
     */
    LocalDate date(ListChange change) {
        return date.apply(change);
    }

    /**
     * Whether a change must complete this step. The market only lists intermediary services, so a change of
     * another kind of item (its {@code subjectKind} names that kind) has no market step; a change without a
     * {@code subjectKind} is taken to be an intermediary service, the list the rule was written for.
     *
     * @param change a list change
     * @return {@code true} when the step applies
     */
    boolean appliesTo(ListChange change) {
        return this != MARKET || !Texts.present(change.subjectKind())
                || RecordKind.INTERMEDIARY_SERVICE.id().equals(change.subjectKind().strip());
    }
}
