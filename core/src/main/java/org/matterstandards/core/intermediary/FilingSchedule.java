package org.matterstandards.core.intermediary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.matterstandards.core.MatterException;
import org.matterstandards.core.calendar.DateOutsideCalendarException;
import org.matterstandards.core.calendar.WorkingDayCalendar;
import org.matterstandards.core.finding.Args;
import org.matterstandards.core.model.ListChange;
import org.matterstandards.core.profile.Profile;
import org.matterstandards.core.rule.RuleContext;

/**
 * Where a list change stands against its deadline (调整备案期限判断): deadline = decision date + N working days, N from
 * the profile setting {@value #DEADLINE_SETTING}; each step within the profile's {@link FilingScope} is judged
 * against it as of the context's as-of date (steps outside it only for the order of their dates). A
 * date the working-day calendar does not cover makes the affected judgement {@link Outcome#UNCOUNTABLE}, never a
 * guess. Computed afresh for each rule that asks; it is a handful of array look-ups.
 */
final class FilingSchedule {

    /** Profile setting: the number of working days a change has to be adjusted and filed. */
    static final String DEADLINE_SETTING = "filing.deadlineWorkingDays";

    /** How a step (or the whole change) stands. */
    enum Outcome {
        /** Done by the deadline. */
        ON_TIME,
        /** Done after the deadline. */
        LATE,
        /** Recorded as done before the change was decided: impossible. */
        BEFORE_DECISION,
        /** Not done, and the deadline has passed as of the as-of date. */
        OVERDUE,
        /** Not done, and at most one working day is left. */
        DUE_SOON,
        /** Not done, more than one working day left. */
        PENDING,
        /** The change is decided after the as-of date: nothing is due yet. */
        NOT_STARTED,
        /** A date needed for the judgement is outside the calendar's coverage. */
        UNCOUNTABLE
    }

    /**
     * The judgement of one step, or of the whole change when its deadline cannot be computed.
     *
     * @param element   JSON name of the date judged ({@code filedDate} …, or {@code decisionDate})
     * @param outcome   how it stands
     * @param date      the step's date, or for {@link Outcome#UNCOUNTABLE} the first date the calendar lacks
     * @param workDays  working days taken ({@link Outcome#LATE}) or left ({@link Outcome#DUE_SOON},
     *                  {@link Outcome#PENDING}); otherwise {@code null}
     */
    record Judgement(String element, Outcome outcome, LocalDate date, Integer workDays) {

        /** @return the JSON Pointer of the date judged */
        String pointer() {
            return "/" + element;
        }
    }

    private final ListChange change;
    private final FilingScope scope;
    private final int limit;
    private final LocalDate asOf;
    private final WorkingDayCalendar calendar;
    private final LocalDate deadline;
    private final List<Judgement> judgements = new ArrayList<>();

    private FilingSchedule(ListChange change, FilingScope scope, int limit, LocalDate asOf,
                           WorkingDayCalendar calendar) {
        this.change = change;
        this.scope = scope;
        this.limit = limit;
        this.asOf = asOf;
        this.calendar = calendar;
        LocalDate due = null;
        LocalDate uncovered = null;
        try {
            due = calendar.plusWorkingDays(change.decisionDate(), limit);
        } catch (DateOutsideCalendarException e) {
            uncovered = calendar.covers(change.decisionDate())
                    ? calendar.coverage().last().plusDays(1) : change.decisionDate();
        }
        this.deadline = due;
        boolean deadlineNeeded = false;
        for (FilingStep step : FilingStep.values()) {
            if (step.appliesTo(change)) {
                deadlineNeeded |= !judge(step);
            }
        }
        if (deadlineNeeded) {
            // Said once for the change, not once per step: the decision date is what the calendar cannot count from.
            judgements.add(0, new Judgement("decisionDate", Outcome.UNCOUNTABLE, uncovered, null));
        }
    }

    /**
     * Judges a change as of the context's date.
     *
     * @param change  the change; a change without a decision date has nothing to judge
     * @param context profile (deadline setting), calendar and as-of date
     * @return the schedule, empty when the change has no decision date
     * @throws MatterException when the profile lacks a valid {@value #DEADLINE_SETTING}
     */
    static Optional<FilingSchedule> of(ListChange change, RuleContext context) {
        if (change.decisionDate() == null) {
            return Optional.empty();
        }
        return Optional.of(new FilingSchedule(change, FilingScope.of(context.profile()),
                deadlineWorkingDays(context.profile()), context.asOf(), context.referenceData().calendar()));
    }

    /**
     * The deadline setting of a profile.
     *
     * @param profile the profile
     * @return N, at least 1
     * @throws MatterException when the setting is missing or not a positive whole number
     */
    static int deadlineWorkingDays(Profile profile) {
        String value = profile.setting(DEADLINE_SETTING).orElseThrow(() -> new MatterException(
                "filing.deadlineMissing", Args.of("profile", profile.name(), "key", DEADLINE_SETTING)));
        try {
            int days = Integer.parseInt(value.strip());
            if (days >= 1) {
                return days;
            }
        } catch (NumberFormatException e) {
            // reported below, like a number below 1
        }
        throw new MatterException("filing.badDeadline",
                Args.of("profile", profile.name(), "key", DEADLINE_SETTING, "value", value));
    }

    /** Judges one step; returns {@code false} when that needs the deadline and it could not be counted. */
    private boolean judge(FilingStep step) {
        LocalDate done = step.date(change);
        LocalDate decision = change.decisionDate();
        if (done != null && done.isBefore(decision)) {
            add(step, Outcome.BEFORE_DECISION, done, null);
        } else if (!scope.times(change, step)) {
            // Outside the deadline's scope (FilingScope): the order of the dates is all there is to judge.
            return true;
        } else if (done == null && asOf.isBefore(decision)) {
            add(step, Outcome.NOT_STARTED, null, null);
        } else if (deadline == null) {
            return false;
        } else if (done != null) {
            if (!done.isAfter(deadline)) {
                add(step, Outcome.ON_TIME, done, null);
            } else if (!calendar.covers(done)) {
                add(step, Outcome.UNCOUNTABLE, done, null);
            } else {
                add(step, Outcome.LATE, done, calendar.workingDaysBetween(decision, done));
            }
        } else if (asOf.isAfter(deadline)) {
            add(step, Outcome.OVERDUE, null, null);
        } else {
            int left = calendar.workingDaysBetween(asOf, deadline);
            add(step, left <= 1 ? Outcome.DUE_SOON : Outcome.PENDING, null, left);
        }
        return true;
    }

    private void add(FilingStep step, Outcome outcome, LocalDate date, Integer workDays) {
        judgements.add(new Judgement(step.element(), outcome, date, workDays));
    }

    /** @return the judgements: the change's own (if its deadline is uncountable) first, then one per step */
    List<Judgement> judgements() {
        return List.copyOf(judgements);
    }

    /**
     * The message arguments of a judgement: every value a filing message may name.
     *
     * @param judgement one of {@link #judgements()}
     * @return named arguments, without the ones the outcome has no value for
     */
    Map<String, Object> arguments(Judgement judgement) {
        Map<String, Object> arguments = Args.of("label", judgement.element(), "date", judgement.date(),
                "workDays", judgement.workDays(), "decisionDate", change.decisionDate(), "limit", limit,
                "deadline", deadline, "asOf", asOf,
                "first", calendar.coverage().first(), "last", calendar.coverage().last());
        arguments.values().removeIf(Objects::isNull); // what an outcome does not know, its message does not name
        return arguments;
    }
}
