package org.matterstandards.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.matterstandards.core.finding.Args;
import org.matterstandards.core.finding.ListFindingSink;
import org.matterstandards.core.finding.RecordRef;
import org.matterstandards.core.finding.Severity;
import org.matterstandards.core.model.MatterRecord;
import org.matterstandards.core.profile.Profile;
import org.matterstandards.core.reference.ReferenceData;
import org.matterstandards.core.rule.ListRule;
import org.matterstandards.core.rule.RuleDescriptor;
import org.matterstandards.core.rule.RuleSet;
import org.matterstandards.core.rule.Stage;
import org.matterstandards.sdk.report.ValidationReport;

class BatchTest {

    /** An embedder's list rule: the same task code twice across the run. */
    static final class DuplicateTaskCode implements ListRule, RuleSet {
        private final RuleDescriptor descriptor = new RuleDescriptor("SM-0999", Severity.ERROR, Stage.LIST, Set.of(),
                "test", "0.1.0", false);

        @Override
        public RuleDescriptor descriptor() {
            return descriptor;
        }

        @Override
        public String id() {
            return "test";
        }

        @Override
        public List<RuleDescriptor> descriptors() {
            return List.of(descriptor);
        }

        @Override
        public List<ListRule> listRules() {
            return List.of(this);
        }

        @Override
        public Check start(Profile profile, ReferenceData referenceData) {
            Map<String, RecordRef> first = new HashMap<>();
            List<RecordRef[]> duplicates = new ArrayList<>();
            return new Check() {
                @Override
                public void accept(RecordRef ref, MatterRecord record) {
                    RecordRef earlier = first.putIfAbsent(record.recordId(), ref);
                    if (earlier != null) {
                        duplicates.add(new RecordRef[] {ref, earlier});
                    }
                }

                @Override
                public void finish(ListFindingSink sink) {
                    for (RecordRef[] pair : duplicates) {
                        sink.report(pair[0], "SM-0999", "/taskCode", Args.of("other", pair[1].file()));
                    }
                }
            };
        }
    }

    @Test
    void listFindingsAttachToTheirRecordAcrossFiles() throws Exception {
        MatterValidator validator = MatterValidator.builder().profile("shantou").addRuleSet(new DuplicateTaskCode())
                .asOf(LocalDate.of(2026, 11, 29)).build();
        String first = new String(java.nio.file.Files.readAllBytes(TestData.SAMPLE), StandardCharsets.UTF_8);
        // Records whose structure is sound take part in list rules; each of them appears twice in this run.
        List<ValidationResult> original = validator.validateAll(TestData.SAMPLE);
        long sound = original.stream().filter(r -> !r.skippedStages().contains(Stage.RULE)).count();
        long soundAndValid = original.stream()
                .filter(r -> !r.skippedStages().contains(Stage.RULE) && r.valid()).count();
        ValidationReport report = new ValidationReport(validator.profile(), validator.asOf(), "zh-CN", Instant.now());
        Batch batch = validator.batch();
        batch.add(TestData.SAMPLE, r -> report.add(TestData.SAMPLE.toString(), r));
        batch.add(new ByteArrayInputStream(first.getBytes(StandardCharsets.UTF_8)), "copy.json", false,
                r -> report.add("copy.json", r));
        List<Batch.ListFinding> findings = batch.finish();
        // Every structurally sound record of the copy duplicates one of the original.
        assertThat(sound).isGreaterThan(20);
        assertThat(findings).hasSize((int) sound).allSatisfy(f -> assertThat(f.record().file()).isEqualTo("copy.json"));
        long validBefore = report.validCount();
        report.addListFindings(findings);
        assertThat(report.validCount()).isEqualTo(validBefore - soundAndValid);
        assertThat(report.findingsByCode()).containsEntry("SM-0999", sound);
        assertThatThrownBy(batch::finish).isInstanceOf(IllegalStateException.class);
    }
}
