package org.matterstandards.core.reference;

import java.util.Objects;
import org.matterstandards.core.calendar.WorkingDayCalendar;
import org.matterstandards.core.code.DivisionTable;
import org.matterstandards.core.codetable.CodeTables;
import org.matterstandards.core.element.ElementCatalog;
import org.matterstandards.core.profile.Profile;

/**
 * The reference data a validation uses (参考数据): division codes, code tables (a profile selects their variants),
 * the working-day calendar and the element catalogue. Loaded once, immutable, shared by all threads; an embedder may
 * replace any part (a newer calendar year, another province's divisions or code tables) through the {@link Builder},
 * and a user through a profile file ({@link #forProfile(Profile)}).
 */
public final class ReferenceData {

    private final DivisionTable divisions;
    private final WorkingDayCalendar calendar;
    private final CodeTables codeTables;
    private final ElementCatalog elements;

    private ReferenceData(Builder builder) {
        this.divisions = builder.divisions;
        this.calendar = builder.calendar;
        this.codeTables = builder.codeTables;
        this.elements = builder.elements;
    }

    /** @return the built-in reference data */
    public static ReferenceData builtIn() {
        return builder().build();
    }

    /**
     * The reference data a profile asks for (按配置加载参考数据): the built-in data with the files named by the
     * profile chain's {@code reference.*} settings applied, so that a user in another province or with a newer
     * calendar year needs one profile file and no Java code:
     * <ul>
     *   <li>{@code reference.divisions=FILE[,FILE…]} — division tables in the format of
     *       {@link DivisionTable#load(java.io.InputStream, String)}, merged with the built-in one; a code in two
     *       tables is refused;</li>
     *   <li>{@code reference.calendar=FILE[,FILE…]} — calendar years in the format of
     *       {@link WorkingDayCalendar#load(java.io.InputStream, String)}, combined with the built-in calendar in date
     *       order, each starting the day after the calendar so far ends;</li>
     *   <li>{@code reference.codeTables=FILE[,FILE…]} — variants of the code tables the rules read, in the format of
     *       {@link org.matterstandards.core.codetable.CodeTable#load(java.io.InputStream, String)}, added with
     *       {@link CodeTables#with} so that {@code codeTable.NAME=VARIANT} can select them;</li>
     *   <li>{@code reference.elements=FILE} — an element catalogue that replaces the built-in one.</li>
     * </ul>
     * Relative names are resolved against the folder of the file of the profile that sets them ({@link
     * Profile#origin}); an empty value means the built-in data. A profile without such settings, like every built-in
     * profile, gets the built-in data. Each call reads the files anew: call it once and keep the result (a
     * validator does).
     *
     * @param profile the profile
     * @return the reference data
     * @throws ReferenceFileException naming the profile, the setting and the file when a setting is unknown, a file
     *                                is missing, unreadable or malformed, or contradicts the data it is added to
     */
    public static ReferenceData forProfile(Profile profile) {
        return ProfileReferenceFiles.load(Objects.requireNonNull(profile, "profile"));
    }

    /** @return a builder starting from the built-in data */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the division-code table (行政区划代码表) */
    public DivisionTable divisions() {
        return divisions;
    }

    /** @return the working-day calendar (工作日历) that filing deadlines are counted with */
    public WorkingDayCalendar calendar() {
        return calendar;
    }

    /** @return the code tables (代码表) in all variants; a profile selects one per table */
    public CodeTables codeTables() {
        return codeTables;
    }

    /** @return the element catalogue (要素目录) before any profile is applied */
    public ElementCatalog elements() {
        return elements;
    }

    /**
     * The versions of every part (参考数据版本), for reports: e.g.
     * {@code divisions 2024-12-31; calendar 2026-11-29; code tables 2026-11-29; elements 2026-11-29}.
     *
     * @return the versions, one part after another
     */
    public String version() {
        String tables = codeTables.tables().stream().map(table -> table.metadata().version()).distinct().sorted()
                .reduce((a, b) -> a + "/" + b).orElse("none");
        return "divisions " + divisions.version() + "; calendar " + calendar.version() + "; code tables " + tables
                + "; elements " + elements.version();
    }

    /** Builds {@link ReferenceData}; starts from the built-in data. Not thread-safe. */
    public static final class Builder {

        private DivisionTable divisions = DivisionTable.builtIn();
        private WorkingDayCalendar calendar = WorkingDayCalendar.builtIn();
        private CodeTables codeTables = CodeTables.builtIn();
        private ElementCatalog elements = ElementCatalog.builtIn();

        private Builder() {
        }

        /**
         * Replaces the division table.
         *
         * @param table the table
         * @return this builder
         */
        public Builder divisions(DivisionTable table) {
            this.divisions = Objects.requireNonNull(table, "table");
            return this;
        }

        /**
         * Replaces the working-day calendar, e.g. with the built-in one combined with a newer year.
         *
         * @param workingDays the calendar
         * @return this builder
         */
        public Builder calendar(WorkingDayCalendar workingDays) {
            this.calendar = Objects.requireNonNull(workingDays, "workingDays");
            return this;
        }

        /**
         * Replaces the code tables (e.g. {@code CodeTables.builtIn().with(myProvinceTaskTypes)}).
         *
         * @param tables the code tables
         * @return this builder
         */
        public Builder codeTables(CodeTables tables) {
            this.codeTables = Objects.requireNonNull(tables, "tables");
            return this;
        }

        /**
         * Replaces the element catalogue (another province's owning tiers and change modes).
         *
         * @param catalog the catalogue
         * @return this builder
         */
        public Builder elements(ElementCatalog catalog) {
            this.elements = Objects.requireNonNull(catalog, "catalog");
            return this;
        }

        /** @return the reference data */
        public ReferenceData build() {
            return new ReferenceData(this);
        }
    }
}
