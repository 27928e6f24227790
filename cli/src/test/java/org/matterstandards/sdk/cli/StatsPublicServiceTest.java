package org.matterstandards.sdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matterstandards.core.i18n.Messages;
import org.matterstandards.core.profile.ProfileRegistry;
import org.matterstandards.sdk.TestRecords;
import org.matterstandards.sdk.stats.PowerCategory;
import org.matterstandards.sdk.stats.PowerCounts;
import org.matterstandards.sdk.stats.Statistics;
import org.matterstandards.sdk.stats.StatisticsLabels;
import tools.jackson.databind.JsonNode;

/**
 * 公共服务 is no administrative power: it stands on a line of its own, outside the 权责事项 total and the seed's
 * "依申请类权责事项主项" headline, in the API, the console, the JSON and the HTML page.
 */
class StatsPublicServiceTest {

    @TempDir
    Path dir;

    /** Under shantou (Set B): two licensing main items, one 行政征收, two 公共服务 (21) main items and a sub-item. */
    private Path powers() throws IOException {
        List<String> lines = List.of(
                json(TestRecords.power(n -> { })),
                json(TestRecords.power(n -> n.put("catalogCode", "440101002000"))),
                json(TestRecords.power(n -> n.put("taskType", "04").put("catalogCode", "440401001000"))),
                json(TestRecords.power(n -> n.put("taskType", "21").put("catalogCode", "442101001000"))),
                json(TestRecords.power(n -> n.put("taskType", "21").put("catalogCode", "44210100200Y"))),
                json(TestRecords.power(n -> n.put("taskType", "21").put("catalogCode", "442101002001"))));
        Path file = dir.resolve("powers.ndjson");
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    private static String json(Object record) {
        return TestRecords.VALIDATOR.mapper().writeValueAsString(record);
    }

    @Test
    void theApiKeepsPublicServicesOutOfThePowerTotalsAndTheSentence() throws IOException {
        Statistics statistics = Statistics.forProfile(ProfileRegistry.builtIn().get("shantou"));
        TestRecords.VALIDATOR.validateAll(powers(), statistics::accept);
        PowerCounts counts = statistics.report().overall().powers();
        assertThat(counts.main()).containsEntry(PowerCategory.PUBLIC_SERVICE, 2L);
        assertThat(counts.totalMain()).isEqualTo(3);
        assertThat(counts.totalSub()).isZero();
        assertThat(counts.onApplicationMain()).isEqualTo(3);
        assertThat(counts.publicServiceMain()).isEqualTo(2);
        assertThat(counts.publicServiceSub()).isEqualTo(1);
        Messages zh = Messages.of(Messages.ZH_CN);
        assertThat(StatisticsLabels.powerRows(counts, zh)).extracting(StatisticsLabels.PowerRow::label)
                .containsExactly("行政许可", "行政征收");
        assertThat(StatisticsLabels.publicServiceRow(counts, zh))
                .contains(new StatisticsLabels.PowerRow("公共服务（不计入权责事项合计）", 2, 1));
        assertThat(StatisticsLabels.powerSentence(counts, zh))
                .isEqualTo("依申请类权责事项主项 3 项。其中行政许可 2 项，行政征收 1 项。");
    }

    @Test
    void theConsoleJsonAndHtmlShowPublicServicesBelowTheTotal() throws IOException {
        Path json = dir.resolve("stats.json");
        Path html = dir.resolve("stats.html");
        CliRun run = CliRun.of("stats", "--profile", "shantou", powers().toString(), "--json", json.toString(),
                "--html", html.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> table = run.out().lines().dropWhile(line -> !line.startsWith("职权类型")).limit(5).toList();
        assertThat(table.get(1)).matches("行政许可\\s+2\\s+0");
        assertThat(table.get(2)).matches("行政征收\\s+1\\s+0");
        assertThat(table.get(3)).matches("合计\\s+3\\s+0");
        assertThat(table.get(4)).matches("公共服务（不计入权责事项合计）\\s+2\\s+1");
        JsonNode powerList = TestRecords.VALIDATOR.mapper().readTree(Files.readString(json))
                .get("statistics").get("overall").get("powerList");
        assertThat(powerList.get("totalMain").asLong()).isEqualTo(3);
        assertThat(powerList.get("publicServiceMain").asLong()).isEqualTo(2);
        assertThat(powerList.get("publicServiceSub").asLong()).isEqualTo(1);
        assertThat(Files.readString(html)).contains("data-stat=\"publicService\"")
                .contains("公共服务（不计入权责事项合计）");
    }
}
