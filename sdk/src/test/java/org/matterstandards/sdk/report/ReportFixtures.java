package org.matterstandards.sdk.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.matterstandards.core.i18n.Messages;
import org.matterstandards.core.profile.ProfileRegistry;
import org.matterstandards.sdk.TestRecords;
import org.matterstandards.sdk.ValidationResult;
import tools.jackson.databind.node.ObjectNode;

/** Validation reports built from a correct record and deliberately broken copies of it. */
final class ReportFixtures {

    static final Instant STARTED = Instant.parse("2026-11-29T02:00:00Z");

    private ReportFixtures() {
    }

    /** @return an empty report under the Shantou profile, in zh-CN */
    static ValidationReport emptyReport() {
        return new ValidationReport(ProfileRegistry.builtIn().get("shantou"), LocalDate.of(2026, 11, 29),
                Messages.ZH_CN.toLanguageTag(), STARTED);
    }

    /**
     * Adds one record to a report.
     *
     * @param report the report
     * @param file   its file name
     * @param change the change to the correct record
     */
    static void add(ValidationReport report, String file, Consumer<ObjectNode> change) {
        ValidationResult one = TestRecords.VALIDATOR.validate(TestRecords.itemJson(change));
        // Validated alone, the record is index 0; give it its place in the run.
        report.add(file, new ValidationResult(report.recordCount(), one.recordId(), one.kind(), one.location(),
                one.findings(), one.suppressed(), one.skippedStages(), one.record()));
    }
}
