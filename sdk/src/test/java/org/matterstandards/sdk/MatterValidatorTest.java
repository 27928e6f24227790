package org.matterstandards.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.matterstandards.core.finding.Finding;
import org.matterstandards.core.finding.Severity;
import org.matterstandards.core.i18n.Messages;
import org.matterstandards.core.model.ImplementationItem;
import org.matterstandards.core.model.RecordKind;
import org.matterstandards.core.rule.Stage;
import tools.jackson.databind.node.ObjectNode;

class MatterValidatorTest {

    private static final Path SAMPLE = TestData.SAMPLE;

    private final MatterValidator validator = MatterValidator.builder().profile("shantou")
            .asOf(LocalDate.of(2026, 11, 29)).build();

    /** The first (correct) record of the sample as a JSON object to mutate. */
    private ObjectNode goodRecord() throws Exception {
        return (ObjectNode) validator.mapper().readTree(Files.readString(SAMPLE)).get(0);
    }

    @Test
    void aCorrectRecordPassesAllStages() throws Exception {
        ValidationResult result = validator.validate(goodRecord());
        assertThat(result.findings()).isEmpty();
        assertThat(result.valid()).isTrue();
        assertThat(result.kind()).isEqualTo(RecordKind.IMPLEMENTATION_ITEM);
        assertThat(result.record()).isInstanceOf(ImplementationItem.class);
        assertThat(result.skippedStages()).isEmpty();
    }

    @Test
    void aWrongTypedElementIsALocatedFindingNotAnException() throws Exception {
        ObjectNode record = goodRecord();
        record.put("promiseDay", "二十天");
        record.put("isFee", "是");
        record.putArray("serverType").addObject();
        ValidationResult result = validator.validate(record);
        assertThat(result.findings()).extracting(Finding::code, Finding::pointer).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("SC-0102", "/promiseDay"),
                org.assertj.core.groups.Tuple.tuple("SC-0102", "/isFee"),
                org.assertj.core.groups.Tuple.tuple("SC-0102", "/serverType/0"));
        assertThat(result.findings()).filteredOn(f -> f.pointer().equals("/promiseDay")).singleElement()
                .extracting(Finding::message).asString().contains("\"二十天\"").contains("整数");
        assertThat(result.skippedStages()).contains(Stage.RULE);
        assertThat(result.recordId()).isEqualTo(record.get("taskCode").asString());
    }

    @Test
    void anUnknownElementIsAWarningAndTheRecordStaysValid() throws Exception {
        ObjectNode record = goodRecord();
        record.put("remarks", "x");
        ValidationResult result = validator.validate(record);
        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("SC-0103");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
        });
        assertThat(result.valid()).isTrue();
    }

    @Test
    void malformedJsonTextIsAFinding() {
        ValidationResult result = validator.validate("{\"taskName\": ");
        assertThat(result.findings()).singleElement().extracting(Finding::code).isEqualTo("SC-0001");
        assertThat(result.valid()).isFalse();
    }

    @Test
    void aTextAtTheNestingLimitIsCheckedAndOneLevelDeeperIsRefusedWithItsDepth() throws Exception {
        int limit = validator.limits().maxNestingDepth();
        String record = validator.mapper().writeValueAsString(goodRecord());
        // The record is one level; an element of n nested arrays takes it to n + 1.
        String atLimit = withNestedArrays(record, limit - 1);
        String deeper = withNestedArrays(record, limit);
        assertThat(validator.validate(atLimit).findings()).extracting(Finding::code).doesNotContain("SC-0004")
                .contains("SC-0103");     // the unknown element: the record was read and checked
        assertThat(validator.validate(deeper).findings()).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo("SC-0004");
            assertThat(finding.arguments()).containsEntry("actual", (long) limit + 1).containsEntry("max", (long) limit);
        });
        // Malformed as well as too deep: the depth is what is reported, as for a file's record.
        assertThat(validator.validate(deeper.substring(0, deeper.length() - 1)).findings())
                .extracting(Finding::code).containsExactly("SC-0004");
    }

    private static String withNestedArrays(String record, int depth) {
        return record.substring(0, record.length() - 1) + ", \"deepRemark\": " + "[".repeat(depth)
                + "]".repeat(depth) + "}";
    }

    @Test
    void messagesFollowTheBuilderLocale() throws Exception {
        ObjectNode record = goodRecord();
        record.remove("acceptCondition");
        MatterValidator english = MatterValidator.builder().profile("shantou").locale(Messages.EN).build();
        assertThat(english.validate(record).findings()).singleElement()
                .extracting(Finding::message).asString().startsWith("Required element");
        assertThat(validator.validate(record).findings()).singleElement()
                .extracting(Finding::message).asString().startsWith("缺少必填要素");
    }

    @Test
    void aModelObjectBuiltInJavaValidatesLikeItsJson() throws Exception {
        ImplementationItem item = validator.mapper().treeToValue(goodRecord(), ImplementationItem.class);
        assertThat(validator.validate(item).findings()).isEmpty();
    }

    @Test
    void everyInputRecordYieldsExactlyOneResultInInputOrder() {
        String ndjson = "{\"taskName\":\"a\",\"promiseDay\":1}\n{oops\n[1]\n{\"taskName\":\"b\",\"promiseDay\":2}\n";
        List<ValidationResult> results = new ArrayList<>();
        validator.validateAll(new ByteArrayInputStream(ndjson.getBytes(StandardCharsets.UTF_8)), "x.ndjson", true,
                results::add);
        assertThat(results).extracting(ValidationResult::index).containsExactly(0L, 1L, 2L, 3L);
        assertThat(results.get(1).findings()).extracting(Finding::code).containsExactly("SC-0001");
        assertThat(results.get(1).findings().get(0).location().line()).isEqualTo(2);
        assertThat(results.get(2).findings()).extracting(Finding::code).containsExactly("SC-0002");
        assertThat(results.get(3).kind()).isEqualTo(RecordKind.IMPLEMENTATION_ITEM);
    }

    @Test
    void oneValidatorServesManyThreadsWithTheSameResults() throws Exception {
        List<ValidationResult> sequential = validator.validateAll(SAMPLE);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<ValidationResult>>> runs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                runs.add(pool.submit(() -> validator.validateAll(SAMPLE)));
            }
            for (Future<List<ValidationResult>> run : runs) {
                assertThat(run.get()).extracting(ValidationResult::findings)
                        .containsExactlyElementsOf(sequential.stream().map(ValidationResult::findings).toList());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void todayIsBeijingsToday() {
        // 2026-11-29T20:00Z is already 2026-11-30 in Asia/Shanghai.
        Clock clock = Clock.fixed(Instant.parse("2026-11-29T20:00:00Z"), ZoneOffset.UTC);
        MatterValidator v = MatterValidator.builder().clock(clock.withZone(MatterValidator.CHINA)).build();
        assertThat(v.asOf()).isEqualTo(LocalDate.of(2026, 11, 30));
    }
}
