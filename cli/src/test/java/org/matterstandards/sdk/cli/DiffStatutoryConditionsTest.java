package org.matterstandards.sdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matterstandards.sdk.tier.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code matter diff} on the EL-0407 fixtures: removing a 必要 material or a clause of 受理条件 is a REVIEW change
 * (行政许可法 art. 16) in the console and in the change set, not good practice; removing a 容缺后补 material still is.
 */
class DiffStatutoryConditionsTest {

    private static final Path FIXTURES = Repository.file("examples/fixtures/EL-0407");

    private static JsonNode diff(String local, Path changeSet, StringBuilder console) throws IOException {
        CliRun run = CliRun.of("diff", "--upstream", FIXTURES.resolve("upstream.json").toString(), "--local",
                FIXTURES.resolve(local).toString(), "--profile", "longhu", "--change-set", changeSet.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        console.append(run.out());
        return JsonMapper.builder().build().readTree(Files.readString(changeSet, StandardCharsets.UTF_8));
    }

    @Test
    void aDroppedMandatoryMaterialGoesToReview(@TempDir Path dir) throws IOException {
        StringBuilder console = new StringBuilder();
        JsonNode set = diff("invalid-material-removed.json", dir.resolve("set.json"), console);
        assertThat(console).contains("EL-0407 /materials").doesNotContain("EL-0403 /materials")
                .contains("删减或降低法定条件 1 处；须审核 1 处");
        JsonNode change = set.get("items").get(0).get("changes").get(0);
        assertThat(change.get("key").asString()).isEqualTo("materials");
        assertThat(change.get("route").asString()).isEqualTo("REVIEW");
        assertThat(change.get("reason").asString()).isEqualTo("REMOVED");
        assertThat(change.get("items").toString()).isEqualTo("[\"食品安全管理制度文本\"]");
    }

    @Test
    void aDroppedConditionClauseGoesToReview(@TempDir Path dir) throws IOException {
        StringBuilder console = new StringBuilder();
        JsonNode set = diff("invalid-clause-removed.json", dir.resolve("set.json"), console);
        assertThat(console).contains("EL-0407 /acceptCondition");
        JsonNode change = set.get("items").get(0).get("changes").get(0);
        assertThat(change.get("key").asString()).isEqualTo("acceptCondition");
        assertThat(change.get("route").asString()).isEqualTo("REVIEW");
        assertThat(change.get("reason").asString()).isEqualTo("CLAUSES_REMOVED");
    }

    @Test
    void droppingAMaterialThatIsNotMandatoryStaysGoodPractice(@TempDir Path dir) throws IOException {
        StringBuilder console = new StringBuilder();
        JsonNode set = diff("valid-optional-material-removed.json", dir.resolve("set.json"), console);
        assertThat(console).contains("收紧 1 处，删减或降低法定条件 0 处").doesNotContain("EL-0407 /");
        assertThat(set.get("summary").get("changes").asInt()).isZero();
    }
}
