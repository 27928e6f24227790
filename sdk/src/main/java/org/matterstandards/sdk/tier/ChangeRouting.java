package org.matterstandards.sdk.tier;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.matterstandards.core.calendar.DateOutsideCalendarException;
import org.matterstandards.core.calendar.WorkingDayCalendar;
import org.matterstandards.core.element.ChangeSet;
import org.matterstandards.core.element.Route;
import org.matterstandards.core.element.Tier;
import org.matterstandards.core.intermediary.FilingRules;
import org.matterstandards.core.profile.Profile;

/**
 * Who must act on a routed change and by when (审核/备案机关与期限):
 *
 * <ul>
 *   <li>审核 goes to the tier that owns the element ({@code Element.tier()}: the tier that set it must approve a
 *       change of it);</li>
 *   <li>备案 goes to the same-level data administration of the local item (本级政务服务数据管理部门, the tier of its
 *       实施编码), as the seed's filing rule says;</li>
 *   <li>the deadline is the decision date plus the profile's {@code filing.deadlineWorkingDays} working days on the
 *       working-day calendar — the only lag found for adjusting and filing a list (汕政数〔2021〕58号 §三(一)3); that it
 *       applies to implementation-item changes and to 审核 submissions too is our inference, see
 *       {@code docs/change-set.md}.</li>
 * </ul>
 *
 * Immutable.
 */
public final class ChangeRouting {

    private final LocalDate decisionDate;
    private final int workingDays;
    private final LocalDate deadline;

    /**
     * @param profile      gives the number of working days ({@code filing.deadlineWorkingDays})
     * @param calendar     the working-day calendar
     * @param decisionDate the date the changes were decided, from which the deadline counts
     * @throws org.matterstandards.core.MatterException when the profile has no valid deadline setting
     */
    public ChangeRouting(Profile profile, WorkingDayCalendar calendar, LocalDate decisionDate) {
        this.decisionDate = Objects.requireNonNull(decisionDate, "decisionDate");
        this.workingDays = FilingRules.deadlineWorkingDays(profile);
        LocalDate due;
        try {
            due = calendar.plusWorkingDays(decisionDate, workingDays);
        } catch (DateOutsideCalendarException e) {
            due = null; // not guessed: the JSON says null and the docs say to load the year
        }
        this.deadline = due;
    }

    /** @return the date the deadline counts from */
    public LocalDate decisionDate() {
        return decisionDate;
    }

    /** @return the working days allowed */
    public int workingDays() {
        return workingDays;
    }

    /** @return the deadline, empty when the calendar does not cover it */
    public Optional<LocalDate> deadline() {
        return Optional.ofNullable(deadline);
    }

    /**
     * The tier that approves (审核) or receives the filing (备案) of a change.
     *
     * @param item   the item of the change
     * @param change the change
     * @return the tier, empty for a filing when the item's 实施编码 names no tier
     */
    public Optional<Tier> authority(ChangeSet.Item item, ChangeSet.Change change) {
        return change.route() == Route.REVIEW ? Optional.of(change.change().element().tier())
                : Tier.ofTaskCode(item.taskCode());
    }
}
