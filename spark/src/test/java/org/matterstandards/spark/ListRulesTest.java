package org.matterstandards.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matterstandards.core.i18n.Messages;
import org.matterstandards.core.intermediary.IntermediaryRules;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The list rules the bundled examples do not trip (a service listed twice, an item requiring a service that is not
 * listed) give on Spark what a Batch gives, in English this time.
 */
class ListRulesTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    @TempDir
    Path dir;

    @Test
    void duplicatesAndUnlistedServicesAreFoundAsByABatch() {
        List<String> services = new ArrayList<>(SampleRun.lines(
                SampleRun.examplesData().resolve("intermediary-services.json")));
        services.add(services.get(0)); // the same service code again: IM-0401
        List<String> items = new ArrayList<>(SampleRun.lines(SampleRun.examplesData().resolve("shantou-sample.json"))
                .subList(0, 4));
        items.set(1, withCodes(items.get(1), "ZJ4405999999", "ZJ4405000001"));  // first not listed: IM-0404
        items.set(2, withCodes(items.get(2), "ZJ4405000001"));
        List<Path> files = List.of(SampleRun.write(dir, "a-services.ndjson", services),
                SampleRun.write(dir, "b-items.ndjson", items));
        ValidatorSpec spec = ValidatorSpec.profile("shantou").withAsOf(LocalDate.of(2026, 12, 1))
                .withLocale(Messages.EN);

        SdkReference sdk = new SdkReference(spec.build(), files);
        try (SparkValidation run = SparkValidation.of(SourceLines.read(SharedSpark.session(), dir.toString()), spec)) {
            List<Row> results = run.results().collectAsList();

            assertThat(sdk.listFindings).extracting(finding -> finding.finding().code())
                    .contains(IntermediaryRules.DUPLICATE_CODE, IntermediaryRules.REQUIRED_SERVICE_NOT_LISTED);
            assertThat(Render.rows(results)).containsExactlyElementsOf(sdk.recordLines());
            assertThat(run.listFindings().count()).isEqualTo(sdk.listFindings.size());
        }
    }

    private static String withCodes(String item, String... codes) {
        ObjectNode node = (ObjectNode) MAPPER.readTree(item);
        var array = node.putArray("intermediaryCodes");
        for (String code : codes) {
            array.add(code);
        }
        return MAPPER.writeValueAsString(node);
    }
}
