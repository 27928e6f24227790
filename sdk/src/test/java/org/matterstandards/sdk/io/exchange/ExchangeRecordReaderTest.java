package org.matterstandards.sdk.io.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matterstandards.core.model.RecordKind;
import org.matterstandards.core.rule.Stage;
import org.matterstandards.sdk.TestData;
import org.matterstandards.sdk.input.InputFormat;
import org.matterstandards.sdk.io.InputRun;
import org.matterstandards.sdk.io.common.ExchangeConverter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class ExchangeRecordReaderTest {

    @TempDir
    Path dir;

    private ObjectNode exchangeRecord(int index) throws Exception {
        JsonNode sample = InputRun.VALIDATOR.mapper().readTree(Files.readString(TestData.SAMPLE));
        return ExchangeConverter.standard().toExchange((ObjectNode) sample.get(index),
                RecordKind.IMPLEMENTATION_ITEM);
    }

    @Test
    void exchangeRowsAreDetectedConvertedAndValidatedLikeCanonicalRecords() throws Exception {
        ObjectNode good = exchangeRecord(0);
        ObjectNode bad = exchangeRecord(1);
        bad.put("IS_FEE", "是");
        bad.put("USE_LEVEL", "3、4");
        bad.put("DEPT_CODE", "114405000000000000");
        bad.put("CD_OPERATION", "U");
        Path file = Files.writeString(dir.resolve("rows.ndjson"), good + "\n" + "{broken\n" + bad + "\n");
        InputRun run = InputRun.of(file);
        assertThat(run.format).isEqualTo(InputFormat.EXCHANGE);
        assertThat(run.results).hasSize(3);
        assertThat(InputRun.adapterFindings(run.results.get(0))).isEmpty();
        assertThat(run.results.get(0).kind()).isEqualTo(RecordKind.IMPLEMENTATION_ITEM);
        assertThat(run.findings()).containsExactly("2 SC-0001 ", "3 SC-0201 /useLevel", "3 SC-0201 /isFee",
                "3 CD-0101 /deptCode");
        // The unconverted values are reported once: no "required element missing" for isFee or useLevel.
        assertThat(run.results.get(2).skippedStages()).containsExactly(Stage.MODEL, Stage.RULE);
        assertThat(InputRun.adapterFindings(run.results.get(2)).get(0).location().line()).isEqualTo(3);
    }

    @Test
    void aRowWhoseKindCannotBeToldIsReportedAsSuch() throws Exception {
        Path file = Files.writeString(dir.resolve("odd.json"), "[{\"FOO_BAR\": \"1\"}]");
        InputRun run = InputRun.of(file);
        assertThat(run.format).isEqualTo(InputFormat.EXCHANGE);
        assertThat(run.findings()).containsExactly("1 SC-0003 ");
    }
}
