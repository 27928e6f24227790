package org.matterstandards.core.internal.rule.sm;

import java.util.Locale;
import java.util.Map;
import org.matterstandards.core.codetable.CodeTable;
import org.matterstandards.core.codetable.CodeTables;
import org.matterstandards.core.codetable.Tags;
import org.matterstandards.core.model.ImplementationItem;
import org.matterstandards.core.finding.Args;
import org.matterstandards.core.rule.RuleContext;
import org.matterstandards.core.internal.rule.Tables;

/**
 * Compares the promised time limit (承诺办结时限) with the statutory one (法定办结时限). Units are converted only where
 * the answer is exact: N working days never take fewer than N calendar days, so "promised N working days against a
 * statutory M calendar days" is certainly too long when N &gt; M, and "promised N calendar days against M working
 * days" is certainly within when N ≤ M. Every other pair of different units cannot be decided without a calendar.
 */
final class TimeLimits {

    /** The outcome of a comparison. */
    enum Outcome {
        /** The promise is within the statutory limit. */
        WITHIN,
        /** The promise is longer than the statutory limit. */
        EXCEEDS,
        /** The units differ and the answer depends on the calendar. */
        UNDECIDED,
        /** A value or unit is missing or unknown (other rules report that). */
        NOT_COMPARABLE
    }

    private TimeLimits() {
    }

    static Outcome compare(ImplementationItem item, RuleContext context) {
        Integer promise = item.promiseDay();
        Integer statutory = item.anticipateDay();
        CodeTable units = Tables.selected(context, CodeTables.TIME_UNIT);
        if (promise == null || statutory == null || !units.contains(item.promiseType())
                || !units.contains(item.anticipateType())) {
            return Outcome.NOT_COMPARABLE;
        }
        // Zero is zero in any unit (即办件).
        if (promise == 0 || item.promiseType().equals(item.anticipateType())) {
            return promise <= statutory ? Outcome.WITHIN : Outcome.EXCEEDS;
        }
        boolean promiseWorking = units.hasTag(item.promiseType(), Tags.WORKING_DAY);
        boolean statutoryCalendar = units.hasTag(item.anticipateType(), Tags.CALENDAR_DAY);
        if (promiseWorking && statutoryCalendar && promise > statutory) {
            return Outcome.EXCEEDS;
        }
        boolean promiseCalendar = units.hasTag(item.promiseType(), Tags.CALENDAR_DAY);
        boolean statutoryWorking = units.hasTag(item.anticipateType(), Tags.WORKING_DAY);
        if (promiseCalendar && statutoryWorking && promise <= statutory) {
            return Outcome.WITHIN;
        }
        return Outcome.UNDECIDED;
    }

    /**
     * The message arguments of a time-limit finding: both limits, their unit codes, and the units' labels in both
     * languages (each bundle picks its own), because a unit code such as 1 means nothing to a reader.
     */
    static Map<String, Object> arguments(ImplementationItem item, RuleContext context) {
        CodeTable units = Tables.selected(context, CodeTables.TIME_UNIT);
        return Args.of("promiseDay", item.promiseDay(), "promiseType", item.promiseType(),
                "promiseUnitZh", unit(units, item.promiseType(), Locale.SIMPLIFIED_CHINESE),
                "promiseUnitEn", unit(units, item.promiseType(), Locale.ENGLISH),
                "anticipateDay", item.anticipateDay(), "anticipateType", item.anticipateType(),
                "anticipateUnitZh", unit(units, item.anticipateType(), Locale.SIMPLIFIED_CHINESE),
                "anticipateUnitEn", unit(units, item.anticipateType(), Locale.ENGLISH));
    }

    private static String unit(CodeTable units, String code, Locale locale) {
        return units.label(code, locale).orElse(code);
    }
}
