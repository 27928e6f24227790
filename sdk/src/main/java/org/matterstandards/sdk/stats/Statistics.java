package org.matterstandards.sdk.stats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.matterstandards.core.code.Division;
import org.matterstandards.core.code.DivisionTable;
import org.matterstandards.core.codetable.CodeTable;
import org.matterstandards.core.codetable.CodeTables;
import org.matterstandards.core.model.ImplementationItem;
import org.matterstandards.core.model.MatterRecord;
import org.matterstandards.core.model.PowerItem;
import org.matterstandards.core.model.RecordKind;
import org.matterstandards.core.profile.Profile;
import org.matterstandards.core.reference.ReferenceData;
import org.matterstandards.sdk.MatterValidator;
import org.matterstandards.sdk.ValidationResult;

/**
 * Computes the indicators of the seed report over a stream of records (统计): counts of power-list entries by
 * category, and the shares of implementation items that are 网上可办, 全流程网办, 最多跑一次 … — overall, by department
 * (实施主体) and by district ({@code areaCode}).
 *
 * <pre>{@code
 * Statistics statistics = Statistics.forProfile(validator.profile());
 * validator.validateAll(path, statistics::accept);
 * StatisticsReport report = statistics.report();
 * }</pre>
 *
 * <p>Only records in force on the as-of date are in the figures (the seed's figures are the items on the portal):
 * an item whose 事项状态 is cancelled, whose 计划取消日期 has passed or whose 计划生效日期 is still ahead is counted by
 * kind and under {@link StatisticsReport#excluded()} with its {@link Exclusion reason}, and in no other figure.
 *
 * <p>Memory is bounded by the number of departments and districts, not by the number of records. Records are counted
 * as they are bound, findings or not; records that could not be bound to the model at all are counted as such and
 * left out of the figures. Not thread-safe: feed it from one thread (the streaming validator calls its consumer in
 * input order on the calling thread). A distributed run counts each part apart and {@link #merge merges} the parts;
 * a part travels serialized with its counts only (the profile's tables are not sent), so a deserialized part can be
 * merged into another accumulator but reports nothing itself.
 */
public final class Statistics implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private final transient Profile profile;
    /** The profile's name, kept in a serialized part so that parts of different profiles are never merged. */
    private final String profileName;
    /** The variant of the 事项类型 table the profile selects, e.g. {@code guangdong}. */
    private final String taskTypeTable;
    private final transient Map<String, PowerCategory> categories;
    /** The categories the table tags {@code application}: the same tag SM-0101 reads. */
    private final transient Set<PowerCategory> onApplication;
    private final transient DivisionTable divisions;
    private final transient Measures measures;
    private final LocalDate asOf;
    private final transient InForce inForce;
    private final Map<Exclusion, Long> excluded = new EnumMap<>(Exclusion.class);
    private final Tally overall;
    private final Map<String, Tally> byDepartment = new HashMap<>();
    private final Map<String, Tally> byDistrict = new HashMap<>();
    private final Map<RecordKind, Long> byKind = new EnumMap<>(RecordKind.class);
    private long records;
    private long unbound;

    private Statistics(Profile profile, ReferenceData data, LocalDate asOf) {
        this.profile = Objects.requireNonNull(profile, "profile");
        this.profileName = profile.name();
        this.asOf = Objects.requireNonNull(asOf, "asOf");
        this.inForce = new InForce(data.codeTables().table(CodeTables.TASK_STATE, profile), asOf);
        CodeTable taskTypes = data.codeTables().table(CodeTables.TASK_TYPE, profile);
        this.taskTypeTable = taskTypes.variant();
        this.categories = PowerCategory.byCode(taskTypes);
        this.onApplication = PowerCategory.onApplication(taskTypes);
        this.divisions = data.divisions();
        this.measures = new Measures(profile, data);
        this.overall = new Tally(onApplication);
    }

    /**
     * Statistics under a profile, with the reference data it asks for ({@link ReferenceData#forProfile}: the built-in
     * data plus the files its {@code reference.*} settings name, read now), of the items in force today (Asia/Shanghai).
     *
     * @param profile selects the code tables ({@code codeTable.<table>}): 事项类型 for the categories, and those whose
     *                tags the indicators count (see {@code docs/indicators.md})
     * @return an empty accumulator
     * @throws org.matterstandards.core.MatterException when the profile selects a table variant that does not exist
     *                                                  or names a reference-data file that cannot be used
     */
    public static Statistics forProfile(Profile profile) {
        return new Statistics(profile, ReferenceData.forProfile(profile), today());
    }

    /**
     * Statistics under a profile, with an embedder's reference data: its code tables give the power categories
     * (by the tags of the 事项类型 codes, see {@link PowerCategory#byCode}) and the codes the indicators count (by
     * tags such as {@code fullyOnline}, {@code immediate} or {@code crossRegion}), and its division table names
     * districts. The figures are of the items in force today (Asia/Shanghai).
     *
     * @param profile selects the code tables ({@code codeTable.<table>})
     * @param data    the reference data
     * @return an empty accumulator
     * @throws org.matterstandards.core.MatterException when the profile selects a table variant that does not exist
     */
    public static Statistics forProfile(Profile profile, ReferenceData data) {
        return forProfile(profile, data, today());
    }

    /**
     * Statistics under a profile and an embedder's reference data, of the items in force on a date.
     *
     * @param profile selects the code tables ({@code codeTable.<table>})
     * @param data    the reference data
     * @param asOf    the date the figures describe: items cancelled or out of their validity dates then are left
     *                out (see {@link StatisticsReport#excluded()})
     * @return an empty accumulator
     * @throws org.matterstandards.core.MatterException when the profile selects a table variant that does not exist
     */
    public static Statistics forProfile(Profile profile, ReferenceData data, LocalDate asOf) {
        return new Statistics(profile, Objects.requireNonNull(data, "data"), asOf);
    }

    /** Today in China, as the validator's default as-of date. */
    private static LocalDate today() {
        return LocalDate.now(MatterValidator.CHINA);
    }

    /**
     * Counts one validation result: its bound record, or an unbound record when it has none.
     *
     * @param result the result
     */
    public void accept(ValidationResult result) {
        if (result.record() == null) {
            records++;
            unbound++;
            return;
        }
        accept(result.record());
    }

    /**
     * Counts one model record. Kinds other than implementation and power-list items are only counted by kind.
     *
     * @param record the record
     */
    public void accept(MatterRecord record) {
        records++;
        byKind.merge(RecordKind.of(record), 1L, Long::sum);
        if (record instanceof ImplementationItem item) {
            if (leftOut(inForce.exclusion(item))) {
                return;
            }
            Optional<PowerCategory> category = category(item.taskType());
            // Measured once for the three groups it counts in; a power not on application (依职权) is no service
            // matter and stays out of every share.
            Measures.Measured measured = category.isPresent() && !onApplication.contains(category.get())
                    ? null : measures.measure(item);
            for (Tally tally : tallies(item.deptName(), item.deptCode(), item.areaCode())) {
                tally.add(item, measured);
            }
        } else if (record instanceof PowerItem item) {
            if (leftOut(inForce.exclusion(item))) {
                return;
            }
            Optional<PowerCategory> category = category(item.taskType());
            for (Tally tally : tallies(item.deptName(), item.deptCode(), item.areaCode())) {
                tally.add(item, category);
            }
        }
    }

    /** Counts a record that is not in force; {@code true} when it is left out of the figures. */
    private boolean leftOut(Optional<Exclusion> exclusion) {
        exclusion.ifPresent(reason -> excluded.merge(reason, 1L, Long::sum));
        return exclusion.isPresent();
    }

    /**
     * Adds the counts of another accumulator under the same profile, for example a part counted on another machine.
     *
     * @param other the other part; not changed
     * @throws IllegalArgumentException when it counted under another profile or for another as-of date
     */
    public void merge(Statistics other) {
        if (!profileName.equals(other.profileName)) {
            throw new IllegalArgumentException("cannot merge statistics of profile " + other.profileName
                    + " into statistics of profile " + profileName);
        }
        if (!asOf.equals(other.asOf)) {
            throw new IllegalArgumentException("cannot merge statistics as of " + other.asOf + " into statistics as of "
                    + asOf);
        }
        records += other.records;
        unbound += other.unbound;
        other.byKind.forEach((kind, count) -> byKind.merge(kind, count, Long::sum));
        overall.merge(other.overall);
        other.byDepartment.forEach((key, tally) -> byDepartment.computeIfAbsent(key, k -> new Tally(onApplication))
                .merge(tally));
        other.byDistrict.forEach((key, tally) -> byDistrict.computeIfAbsent(key, k -> new Tally(onApplication))
                .merge(tally));
        other.excluded.forEach((reason, count) -> excluded.merge(reason, count, Long::sum));
    }

    /** The category of a 事项类型 code; empty when the code is missing or not in the profile's table. */
    private Optional<PowerCategory> category(String taskType) {
        return taskType == null ? Optional.empty() : Optional.ofNullable(categories.get(taskType.trim()));
    }

    private List<Tally> tallies(String deptName, String deptCode, String areaCode) {
        String department = departmentKey(deptName, deptCode);
        String district = areaCode == null ? "" : areaCode.trim();
        return List.of(overall,
                byDepartment.computeIfAbsent(department, key -> new Tally(onApplication)),
                byDistrict.computeIfAbsent(district, key -> new Tally(onApplication)));
    }

    private static String departmentKey(String deptName, String deptCode) {
        if (deptName != null && !deptName.isBlank()) {
            return deptName.trim();
        }
        return deptCode == null ? "" : deptCode.trim();
    }

    /**
     * The figures so far; the accumulator can go on counting afterwards.
     *
     * @return an immutable report
     */
    public StatisticsReport report() {
        List<Figures> departments = new ArrayList<>();
        byDepartment.forEach((key, tally) -> departments.add(tally.figures(key, key.isEmpty() ? null : key)));
        departments.sort(Comparator.comparingLong(Statistics::size).reversed().thenComparing(Figures::key));
        List<Figures> districts = new ArrayList<>();
        byDistrict.forEach((key, tally) -> districts.add(tally.figures(key, districtName(key))));
        districts.sort(Comparator.comparing(Figures::key));
        return new StatisticsReport(profile.name(), taskTypeTable, records, unbound, byKind, asOf, excluded,
                overall.figures("", null), departments, districts);
    }

    private static long size(Figures figures) {
        PowerCounts powers = figures.powers();
        return figures.implementationItems() + powers.totalMain() + powers.totalSub() + powers.publicServiceMain()
                + powers.publicServiceSub();
    }

    /** The division's name; Guangdong's xx99 市本级 codes are named after their city. */
    private String districtName(String code) {
        if (code.isEmpty()) {
            return null;
        }
        Optional<Division> division = divisions.lookup(code);
        if (division.isPresent()) {
            return division.get().name();
        }
        if (divisions.isCityLevelPseudoCode(code)) {
            return divisions.lookup(code.substring(0, 4) + "00").map(city -> city.name() + "市本级").orElse(null);
        }
        return null;
    }
}
