package org.matterstandards.sdk.stats;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.matterstandards.core.model.RecordKind;

/**
 * The result of {@link Statistics} (统计结果): figures for the whole input, by department and by district, with the
 * record counts they rest on. Immutable; rendered by the console, the JSON writer and the HTML report.
 */
public final class StatisticsReport {

    private final String profile;
    private final String taskTypeTable;
    private final long records;
    private final long unbound;
    private final Map<RecordKind, Long> byKind;
    private final LocalDate asOf;
    private final Map<Exclusion, Long> excluded;
    private final Figures overall;
    private final List<Figures> byDepartment;
    private final List<Figures> byDistrict;

    StatisticsReport(String profile, String taskTypeTable, long records, long unbound,
                     Map<RecordKind, Long> byKind, LocalDate asOf, Map<Exclusion, Long> excluded, Figures overall,
                     List<Figures> byDepartment, List<Figures> byDistrict) {
        this.profile = profile;
        this.taskTypeTable = taskTypeTable;
        this.records = records;
        this.unbound = unbound;
        Map<RecordKind, Long> kinds =
                new EnumMap<>(RecordKind.class);
        kinds.putAll(byKind);
        this.byKind = Collections.unmodifiableMap(kinds);
        this.asOf = asOf;
        Map<Exclusion, Long> reasons = new EnumMap<>(Exclusion.class);
        reasons.putAll(excluded);
        this.excluded = Collections.unmodifiableMap(reasons);
        this.overall = overall;
        this.byDepartment = List.copyOf(byDepartment);
        this.byDistrict = List.copyOf(byDistrict);
    }

    /** @return the name of the profile the figures were computed under */
    public String profile() {
        return profile;
    }

    /** @return the variant of the 事项类型 code table the profile selects, e.g. {@code national} or {@code guangdong} */
    public String taskTypeTable() {
        return taskTypeTable;
    }

    /** @return every record seen, bound or not */
    public long records() {
        return records;
    }

    /** @return records that could not be bound to the model and are in no figure */
    public long unbound() {
        return unbound;
    }

    /** @return bound records by kind; kinds not seen are absent */
    public Map<RecordKind, Long> recordsByKind() {
        return byKind;
    }

    /** @return the date the figures describe: only items in force then are counted */
    public LocalDate asOf() {
        return asOf;
    }

    /**
     * Records left out of every figure because they were not in force on {@link #asOf()} (未计入), by reason; they
     * are still in {@link #records()} and {@link #recordsByKind()}.
     *
     * @return counts by reason; reasons without a record are absent
     */
    public Map<Exclusion, Long> excluded() {
        return excluded;
    }

    /** @return every record left out as not in force */
    public long excludedTotal() {
        return excluded.values().stream().mapToLong(Long::longValue).sum();
    }

    /** @return the figures of the whole input */
    public Figures overall() {
        return overall;
    }

    /** @return one entry per department, largest first, ties in character order of the name */
    public List<Figures> byDepartment() {
        return byDepartment;
    }

    /** @return one entry per district, by division code */
    public List<Figures> byDistrict() {
        return byDistrict;
    }

    /**
     * How many departments have at least one item meeting an indicator, e.g. the departments with items in the
     * government service hall (进驻部门) for {@link Indicator#ENTRY_CENTER}.
     *
     * @param indicator a share indicator
     * @return the number of departments
     */
    public long departmentsWith(Indicator indicator) {
        return byDepartment.stream().filter(figures -> figures.value(indicator).numerator() > 0).count();
    }

    /** @return {@code true} when implementation items were counted */
    public boolean hasImplementationItems() {
        return overall.implementationItems() > 0;
    }

    /** @return {@code true} when power-list entries were counted */
    public boolean hasPowerItems() {
        return !overall.powers().isEmpty();
    }
}
