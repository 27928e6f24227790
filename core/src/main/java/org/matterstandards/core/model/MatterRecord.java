package org.matterstandards.core.model;

/**
 * A top-level record of one of the {@link RecordKind kinds} (事项记录). Implemented by the model's Java records only.
 */
public sealed interface MatterRecord
        permits CatalogItem, ImplementationItem, PowerItem, IntermediaryService, ListChange {

    /**
     * The identifier shown next to this record's findings: its task code, catalog code, service code or change id.
     *
     * @return the identifier, or {@code null} when the record has none
     */
    String recordId();
}
