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
 * Every change of the change set names who approves or receives it and by when, and the change set can be written as
 * list-change records that {@code matter validate} checks: write them, validate them, clean.
 */
class DiffListChangesTest {

    private static final Path FIXTURES = Repository.file("examples/fixtures/EL-0407");

    @Test
    void theChangeSetNamesAuthorityAndDeadlineAndItsListChangesValidateClean(@TempDir Path dir) throws IOException {
        Path set = dir.resolve("set.json");
        Path records = dir.resolve("list-changes.json");
        // A dropped 必要 material (审核) and, in the same item, nothing else: one review change.
        CliRun diff = CliRun.of("diff", "--upstream", FIXTURES.resolve("upstream.json").toString(), "--local",
                FIXTURES.resolve("valid.json").toString(), "--profile", "longhu", "--decision-date", "2026-11-27",
                "--change-set", set.toString(), "--list-changes", records.toString());
        assertThat(diff.exitCode()).as(diff.err()).isZero();
        assertThat(diff.out()).contains("清单调整备案记录已写入");
        JsonNode change = JsonMapper.builder().build().readTree(Files.readString(set, StandardCharsets.UTF_8))
                .get("items").get(0).get("changes").get(0);
        // Fri 2026-11-27 + 3 working days = Wed 12-02; 审核 by the tier that owns 申请材料 (省级).
        assertThat(change.get("route").asString()).isEqualTo("REVIEW");
        assertThat(change.get("outcome").asString()).isEqualTo("LOWERED");
        assertThat(change.get("authorityTier").asInt()).isEqualTo(2);
        assertThat(change.get("authorityLabel").asString()).isEqualTo("省级");
        assertThat(change.get("deadline").asString()).isEqualTo("2026-12-02");

        JsonNode written = JsonMapper.builder().build().readTree(Files.readString(records, StandardCharsets.UTF_8));
        assertThat(written).hasSize(1);
        JsonNode record = written.get(0);
        assertThat(record.get("changeId").asString()).isEqualTo("BG-20261127-0001-REVIEW");
        assertThat(record.get("subjectKind").asString()).isEqualTo("implementation-item");
        assertThat(record.get("decisionDate").asString()).isEqualTo("2026-11-27");
        assertThat(record.get("filingAuthority").asString()).isEqualTo("省级主管部门");
        assertThat(record.get("changedElements").toString()).isEqualTo("[\"materials\"]");

        CliRun validate = CliRun.of("validate", records.toString(), "--profile", "longhu", "--as-of", "2026-11-30");
        assertThat(validate.exitCode()).as(validate.out() + validate.err()).isZero();
        assertThat(validate.out()).contains("list-change").contains("错误 0 个，警告 0 个");

        // A profile that times implementation-item changes too: on Thu 12-03 the unfiled record is overdue.
        Path timed = dir.resolve("timed.properties");
        Files.writeString(timed, "name=timed\nparent=longhu\nfiling.scope.subjectKinds=*\n", StandardCharsets.UTF_8);
        CliRun late = CliRun.of("validate", records.toString(), "--profile", timed.toString(), "--as-of", "2026-12-03");
        assertThat(late.exitCode()).isEqualTo(1);
        assertThat(late.out()).contains("FL-0502 /systemAdjustedDate").contains("FL-0502 /filedDate");
    }

    @Test
    void aMalformedDecisionDateIsAUsageError() {
        CliRun run = CliRun.of("diff", "--upstream", FIXTURES.resolve("upstream.json").toString(), "--local",
                FIXTURES.resolve("valid.json").toString(), "--decision-date", "27.11.2026");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("--decision-date");
    }
}
