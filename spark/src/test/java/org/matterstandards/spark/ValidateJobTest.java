package org.matterstandards.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The job writes one result per record and the summary with the statistics; it exits as the CLI does. */
class ValidateJobTest {

    @TempDir
    Path dir;

    @Test
    void writesResultsAndSummary() throws Exception {
        Path input = Files.createDirectory(dir.resolve("in"));
        SampleRun.write(input, "shantou-sample.ndjson",
                SampleRun.lines(SampleRun.examplesData().resolve("shantou-sample.json")));
        Path output = dir.resolve("out");
        ValidateJob.Options options = ValidateJob.Options.parse(new String[] {"--profile", "shantou",
                "--as-of", "2026-12-01", "--format", "json", "--stats", input.toString(), output.toString()});

        int exit = ValidateJob.run(SharedSpark.session(), options);

        JsonNode summary = JsonMapper.builder().build().readTree(output.resolve("summary.json").toFile());
        assertThat(summary.get("summary").get("records").asLong()).isEqualTo(30);
        assertThat(SharedSpark.session().read().json(output.resolve("results").toString()).count()).isEqualTo(30);
        assertThat(summary.get("statistics").get("overall")).isNotNull();
        assertThat(exit).isEqualTo(summary.get("summary").get("invalid").asLong() > 0 ? 1 : 0);
    }

    @Test
    void aMissingOperandIsAUsageError() {
        assertThat(ValidateJob.run(new String[] {"only-one"})).isEqualTo(2);
    }
}
