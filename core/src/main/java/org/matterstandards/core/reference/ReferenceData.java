package org.matterstandards.core.reference;

import java.util.Objects;
import org.matterstandards.core.code.DivisionTable;
import org.matterstandards.core.element.ElementCatalog;

/**
 * The reference data a validation uses (参考数据): division codes and, selected by the profile, code tables and the
 * working-day calendar. Loaded once, immutable, shared by all threads; an embedder may replace any part (a newer
 * calendar year, another province's divisions) through the {@link Builder}.
 */
public final class ReferenceData {

    private final DivisionTable divisions;
    private final ElementCatalog elements;

    private ReferenceData(Builder builder) {
        this.divisions = builder.divisions;
        this.elements = builder.elements;
    }

    /** @return the built-in reference data */
    public static ReferenceData builtIn() {
        return builder().build();
    }

    /** @return a builder starting from the built-in data */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the division-code table (行政区划代码表) */
    public DivisionTable divisions() {
        return divisions;
    }

    /** @return the element catalogue (要素目录) before any profile is applied */
    public ElementCatalog elements() {
        return elements;
    }

    /** Builds {@link ReferenceData}; starts from the built-in data. Not thread-safe. */
    public static final class Builder {

        private DivisionTable divisions = DivisionTable.builtIn();
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
         * Replaces the element catalogue (another province's element tiers).
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
