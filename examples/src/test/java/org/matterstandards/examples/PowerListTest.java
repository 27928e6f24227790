package org.matterstandards.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.matterstandards.core.profile.ProfileRegistry;
import org.matterstandards.sdk.MatterValidator;
import org.matterstandards.sdk.ValidationResult;
import org.matterstandards.sdk.cli.MatterCli;
import org.matterstandards.sdk.stats.PowerCategory;
import org.matterstandards.sdk.stats.PowerCounts;
import org.matterstandards.sdk.stats.Statistics;

/**
 * The example power list reproduces the seed's table: 依申请类权责事项主项 698 = 行政许可 330, 行政征收 19, 行政给付 11,
 * 行政奖励 19, 行政确认 57, 行政裁决 7, 其他类 255 (汕政数〔2021〕58号 §三(一)2).
 */
class PowerListTest {

    private static final Path DATA = Path.of("data/shantou-power-list.json");

    @Test
    void theCommittedFileIsExactlyWhatTheSeededGeneratorWrites() throws IOException {
        assertThat(Files.readString(DATA, StandardCharsets.UTF_8))
                .as("regenerate with PowerListGenerator (see its Javadoc)")
                .isEqualTo(PowerListGenerator.generate(PowerListGenerator.SEED));
    }

    @Test
    void matterStatsPrintsTheSeedsTableExactly() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = MatterCli.run(new String[] {"stats", DATA.toString()}, new PrintWriter(out, true),
                new PrintWriter(err, true));
        assertThat(code).as(err.toString()).isZero();
        String console = out.toString();
        List<String> rows = console.lines().dropWhile(line -> !line.startsWith("职权类型")).limit(9).toList();
        assertThat(rows.get(0)).matches("职权类型\\s+主项\\s+子项");
        Map<String, Integer> seed = Map.of("行政许可", 330, "行政征收", 19, "行政给付", 11, "行政奖励", 19,
                "行政确认", 57, "行政裁决", 7, "其他类", 255, "合计", 698);
        List<String> order = List.of("行政许可", "行政征收", "行政给付", "行政奖励", "行政确认", "行政裁决", "其他类", "合计");
        for (int i = 0; i < order.size(); i++) {
            assertThat(rows.get(i + 1)).startsWith(order.get(i)).matches(".*\\s" + seed.get(order.get(i)) + "\\s+\\d+");
        }
        assertThat(console).contains("依申请类权责事项主项 698 项。其中行政许可 330 项，行政征收 19 项，行政给付 11 项，"
                + "行政奖励 19 项，行政确认 57 项，行政裁决 7 项，其他类 255 项。");
    }

    @Test
    void theStatisticsApiCountsTheSameAndSubItemsApart() {
        MatterValidator validator = MatterValidator.builder().profile("shantou").build();
        Statistics statistics = Statistics.forProfile(ProfileRegistry.builtIn().get("shantou"));
        validator.validateAll(DATA, statistics::accept);
        PowerCounts counts = statistics.report().overall().powers();
        assertThat(counts.main()).containsEntry(PowerCategory.LICENSING, 330L)
                .containsEntry(PowerCategory.LEVY, 19L)
                .containsEntry(PowerCategory.PAYMENT, 11L)
                .containsEntry(PowerCategory.REWARD, 19L)
                .containsEntry(PowerCategory.CONFIRMATION, 57L)
                .containsEntry(PowerCategory.ADJUDICATION, 7L)
                .containsEntry(PowerCategory.OTHER, 255L);
        assertThat(counts.onApplicationMain()).isEqualTo(698);
        assertThat(counts.totalMain()).isEqualTo(698);
        assertThat(counts.totalSub()).isPositive();
        assertThat(statistics.report().records()).isEqualTo(698 + counts.totalSub());
    }

    @Test
    void everyEntryValidatesCleanUnderTheShantouProfile() {
        MatterValidator validator = MatterValidator.builder().profile("shantou").build();
        List<ValidationResult> results = validator.validateAll(DATA);
        assertThat(results).allSatisfy(result -> assertThat(result.findings())
                .as("record %d %s", result.index() + 1, result.recordId()).isEmpty());
        assertThat(results).extracting(ValidationResult::recordId).doesNotHaveDuplicates();
    }
}
