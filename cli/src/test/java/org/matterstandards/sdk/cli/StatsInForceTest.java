package org.matterstandards.sdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matterstandards.core.model.MatterRecord;
import org.matterstandards.core.profile.ProfileRegistry;
import org.matterstandards.core.reference.ReferenceData;
import org.matterstandards.sdk.TestRecords;
import org.matterstandards.sdk.stats.Exclusion;
import org.matterstandards.sdk.stats.Indicator;
import org.matterstandards.sdk.stats.Statistics;
import org.matterstandards.sdk.stats.StatisticsReport;
import tools.jackson.databind.JsonNode;

/**
 * Statistics count only items in force on the as-of date (事项状态 not cancelled, inside 计划生效日期 … 计划取消日期);
 * the others are counted by reason and every report says how many and why.
 */
class StatsInForceTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 30);

    @TempDir
    Path dir;

    /**
     * Implementation items: in use, suspended (2, still counted), cancelled (3), cancelled by plan on the as-of date,
     * effective only tomorrow, and one whose plan dates enclose the as-of date. Power items: in use and cancelled.
     */
    private static List<MatterRecord> records() {
        return List.of(
                TestRecords.item(n -> { }),
                TestRecords.item(n -> n.put("taskState", "2")),
                TestRecords.item(n -> n.put("taskState", "3").put("isOnline", false)),
                TestRecords.item(n -> n.put("planCancelDate", "2026-11-30").put("isOnline", false)),
                TestRecords.item(n -> n.put("planEffectiveDate", "2026-12-01").put("isOnline", false)),
                TestRecords.item(n -> n.put("planEffectiveDate", "2026-11-30").put("planCancelDate", "2026-12-01")),
                TestRecords.power(n -> { }),
                TestRecords.power(n -> n.put("taskState", "3").put("catalogCode", "440101002000")));
    }

    @Test
    void onlyItemsInForceEnterTheFiguresAndTheOthersAreCountedByReason() {
        Statistics statistics = Statistics.forProfile(ProfileRegistry.builtIn().get("shantou"),
                ReferenceData.builtIn(), AS_OF);
        records().forEach(statistics::accept);
        StatisticsReport report = statistics.report();
        assertThat(report.records()).isEqualTo(8);
        assertThat(report.excluded()).containsExactly(Map.entry(Exclusion.CANCELLED, 2L),
                Map.entry(Exclusion.EXPIRED, 1L), Map.entry(Exclusion.NOT_YET_EFFECTIVE, 1L));
        assertThat(report.excludedTotal()).isEqualTo(4);
        assertThat(report.overall().implementationItems()).isEqualTo(3);
        assertThat(report.overall().value(Indicator.ONLINE_AVAILABLE).value()).isEqualTo(1.0);
        assertThat(report.overall().powers().totalMain()).isEqualTo(1);
    }

    @Test
    void aLaterAsOfDateCountsTheItemThatWasNotYetEffective() {
        Statistics statistics = Statistics.forProfile(ProfileRegistry.builtIn().get("shantou"),
                ReferenceData.builtIn(), AS_OF.plusDays(1));
        records().forEach(statistics::accept);
        // 12-01: the future item is in force, the item valid until 12-01 has expired.
        assertThat(statistics.report().excluded()).containsExactly(Map.entry(Exclusion.CANCELLED, 2L),
                Map.entry(Exclusion.EXPIRED, 2L));
        assertThat(statistics.report().overall().implementationItems()).isEqualTo(3);
    }

    @Test
    void theConsoleTheJsonAndTheHtmlSayHowManyWereLeftOutAndWhy() throws IOException {
        // One file per kind: the kind is detected once per file.
        Path items = dir.resolve("items.ndjson");
        Path powers = dir.resolve("powers.ndjson");
        Files.write(items, records().subList(0, 6).stream()
                .map(r -> TestRecords.VALIDATOR.mapper().writeValueAsString(r)).toList(), StandardCharsets.UTF_8);
        Files.write(powers, records().subList(6, 8).stream()
                .map(r -> TestRecords.VALIDATOR.mapper().writeValueAsString(r)).toList(), StandardCharsets.UTF_8);
        Path json = dir.resolve("stats.json");
        Path html = dir.resolve("stats.html");
        CliRun run = CliRun.of("stats", "--profile", "shantou", "--as-of", "2026-11-30", items.toString(),
                powers.toString(),
                "--json", json.toString(), "--html", html.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        String sentence = "未计入 4 条不在用的记录（截至 2026-11-30，只统计在用且在有效期内的事项）：事项状态为取消 2 条，"
                + "已过计划取消日期 1 条，尚未到计划生效日期 1 条。";
        assertThat(run.out()).contains(sentence).contains("实施清单指标（依申请事项 3 项；共 3 项）");
        JsonNode statistics = TestRecords.VALIDATOR.mapper().readTree(Files.readString(json)).get("statistics");
        assertThat(statistics.get("asOf").asString()).isEqualTo("2026-11-30");
        assertThat(statistics.get("excludedTotal").asLong()).isEqualTo(4);
        assertThat(statistics.get("excluded").get("cancelled").asLong()).isEqualTo(2);
        assertThat(statistics.get("excluded").get("notYetEffective").asLong()).isEqualTo(1);
        assertThat(Files.readString(html)).contains("data-stat=\"excluded\"").contains("事项状态为取消 2 条");
    }

    @Test
    void aMalformedAsOfDateIsAUsageError() {
        CliRun run = CliRun.of("stats", "--as-of", "30.11.2026", "x.json");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("--as-of");
    }
}
