package org.matterstandards.sdk.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.matterstandards.core.finding.Finding;
import org.matterstandards.core.finding.Severity;
import org.matterstandards.core.i18n.Messages;
import org.matterstandards.core.model.ListChange;
import org.matterstandards.core.model.RecordKind;
import org.matterstandards.core.rule.Stage;
import org.matterstandards.sdk.MatterValidator;
import org.matterstandards.sdk.RepoFiles;
import org.matterstandards.sdk.ValidationResult;

/** The schema stage in the pipeline (流水线中的模式校验): located, coded, and it stops the later stages. */
class SchemaStagePipelineTest {

    private static final MatterValidator ZH = MatterValidator.builder().build();
    private static final MatterValidator EN = MatterValidator.builder().locale(Messages.EN).build();
    private static final MatterValidator MODEL_ONLY = MatterValidator.builder().locale(Messages.EN)
            .schemaStage(false).build();

    private static final String CHANGE = """
            {"changeId": "BG-2024-001", "changeType": "2", "subjectCode": "ZJ440500-0001",
             "deptName": "汕头市住房和城乡建设局", "decisionDate": "2024-03-01", "marketAdjustedDate": "2024-03-04",
             "systemAdjustedDate": "2024-03-04", "filedDate": "2024-03-05", "%s": %s}""";

    @Test
    void aStructuralErrorSkipsTheModelAndRuleStages() {
        ValidationResult result = EN.validate(CHANGE.formatted("areaCode", "\"440588\""));
        assertThat(result.valid()).isFalse();
        assertThat(result.kind()).isEqualTo(RecordKind.LIST_CHANGE);
        assertThat(result.record()).as("bound for counting only, the unreadable value left empty")
                .isInstanceOfSatisfying(ListChange.class, change -> assertThat(change.areaCode()).isEqualTo("440588"));
        assertThat(result.skippedStages()).containsExactly(Stage.MODEL, Stage.RULE);
        Finding finding = result.findings().get(0);
        assertThat(finding.code()).isEqualTo("CD-0107");
        assertThat(finding.pointer()).isEqualTo("/areaCode");
        assertThat(finding.recordId()).isEqualTo("BG-2024-001");
        assertThat(finding.arguments()).containsEntry("label", "/areaCode").containsEntry("value", "440588")
                .containsEntry("problem", "UNKNOWN_DIVISION");
        assertThat(finding.message()).startsWith("The value 440588 of /areaCode is not a valid division code: ");
    }

    @Test
    void aValidRecordIsBoundOnceAndReachesTheRules() {
        ValidationResult result = ZH.validate(CHANGE.formatted("areaCode", "\"440507\""));
        assertThat(result.findings()).isEmpty();
        assertThat(result.skippedStages()).isEmpty();
        assertThat(result.record()).isInstanceOf(ListChange.class);
        assertThat(((ListChange) result.record()).areaCode()).isEqualTo("440507");
    }

    @Test
    void anUnknownElementIsAWarningReportedOnceAndTheRecordGoesOn() {
        ValidationResult result = EN.validate(CHANGE.formatted("colour", "\"red\""));
        assertThat(result.valid()).isTrue();
        assertThat(result.skippedStages()).isEmpty();
        assertThat(result.findings()).extracting(Finding::code, Finding::pointer)
                .containsExactly(tuple("SC-0103", "/colour"));
        assertThat(result.findings().get(0).message()).isEqualTo("/colour is not an element of list change; it was ignored");
    }

    @Test
    void messagesAreChineseByDefaultWithTheSameArguments() {
        ValidationResult result = ZH.validate(CHANGE.formatted("subjectKind", "\"" + "甲".repeat(41) + "\""));
        assertThat(result.findings()).extracting(Finding::code).containsExactly("SC-0104");
        assertThat(result.findings().get(0).message()).isEqualTo("/subjectKind 长度为 41 个字符，超过上限 40");
    }

    @Test
    void anUnknownKindSkipsEveryStage() {
        ValidationResult result = EN.validate("{\"colour\": \"red\"}");
        assertThat(result.findings()).extracting(Finding::code).containsExactly("SC-0003");
        assertThat(result.skippedStages()).containsExactly(Stage.SCHEMA, Stage.MODEL, Stage.RULE);
        assertThat(MODEL_ONLY.validate("{\"colour\": \"red\"}").skippedStages())
                .containsExactly(Stage.MODEL, Stage.RULE);
    }

    @Test
    void withAndWithoutTheSchemaStageTheFindingsAreTheSame() throws IOException {
        List<Path> fixtures = jsonFiles("examples/fixtures/schema-agreement");
        assertThat(fixtures).hasSizeGreaterThan(50);
        for (Path fixture : fixtures) {
            String json = Files.readString(fixture);
            RecordKind kind = RecordKind.fromId(fixture.getParent().getParent().getFileName().toString()).orElseThrow();
            MatterValidator withSchema = MatterValidator.builder().locale(Messages.EN).kind(kind).build();
            MatterValidator withoutSchema = MatterValidator.builder().locale(Messages.EN).kind(kind)
                    .schemaStage(false).build();
            assertThat(summary(withSchema.validate(json))).as(fixture.toString())
                    .isEqualTo(summary(withoutSchema.validate(json)));
        }
    }

    @Test
    void theValidFixturesHaveNoStructuralErrorOnTheDefaultPath() throws IOException {
        List<Path> files = jsonFiles("examples/fixtures/schema-agreement").stream()
                .filter(file -> file.getParent().getFileName().toString().equals("valid")).toList();
        assertThat(files).hasSizeGreaterThan(20);
        for (Path file : files) {
            // Fixtures sit in a folder named after their kind.
            RecordKind kind = RecordKind.fromId(file.getParent().getParent().getFileName().toString()).orElseThrow();
            MatterValidator validator = MatterValidator.builder().locale(Messages.EN).kind(kind).build();
            for (ValidationResult result : validator.validateAll(file)) {
                // Business rules may still object to a structurally valid fixture: only structure counts here.
                assertThat(result.findings()).filteredOn(finding -> finding.severity() == Severity.ERROR)
                        .filteredOn(finding -> validator.catalog().descriptor(finding.code()).orElseThrow().stage()
                                .compareTo(Stage.MODEL) <= 0)
                        .as("structural errors in %s", file).isEmpty();
            }
        }
    }

    @Test
    void theExampleDataGetsTheSameFindingsWithAndWithoutTheSchemaStage() throws IOException {
        // Example data may hold deliberately faulty records (they demonstrate findings), so the check is agreement.
        List<Path> files = jsonFiles("examples/data");
        Assumptions.assumeTrue(!files.isEmpty(), "skipped: no example data under examples/data yet");
        for (Path file : files) {
            List<ValidationResult> withSchema = EN.validateAll(file);
            List<ValidationResult> withoutSchema = MODEL_ONLY.validateAll(file);
            assertThat(withSchema).hasSameSizeAs(withoutSchema);
            for (int i = 0; i < withSchema.size(); i++) {
                assertThat(summary(withSchema.get(i))).as("%s record %d", file, i)
                        .isEqualTo(summary(withoutSchema.get(i)));
            }
        }
    }

    private static List<Path> jsonFiles(String folder) throws IOException {
        Path root = RepoFiles.resolve(folder);
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(".json") || file.toString().endsWith(".ndjson"))
                    .sorted().toList();
        }
    }

    private static Map<String, Object> summary(ValidationResult result) {
        return Map.of("valid", result.valid(),
                "findings", result.findings().stream().map(f -> f.code() + " " + f.pointer() + " " + f.message())
                        .sorted().toList());
    }
}
