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

class DiffCommandTest {

    private static final String UPSTREAM = Repository.file("examples/data/upstream-shantou.json").toString();
    private static final String LOCAL = Repository.file("examples/data/local-longhu.json").toString();

    @Test
    void reportsTierFindingsAndExitsWithOneOnErrors(@TempDir Path dir) throws IOException {
        Path report = dir.resolve("out/report.json");
        Path changes = dir.resolve("out/change-set.json");
        CliRun run = CliRun.of("diff", "--upstream", UPSTREAM, "--local", LOCAL, "--profile", "longhu",
                "--report-json", report.toString(), "--change-set", changes.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEmpty();
        assertThat(run.out())
                .contains("[错误] 第 2 条 114405077258011399444010100200002 EL-0402 /promiseDay：承诺办结时限(promiseDay)只能收紧")
                .contains("认领核对：本级 8 条，上级 8 条；已认领 6 条，上级无对应事项 1 条，上级未被认领 1 条，重复 1 条")
                .contains("要素变更：锁定要素被改 2 处，放宽 4 处，收紧 7 处，删减或降低法定条件 3 处；须审核 7 处、须备案 14 处（已填文号 12 处）")
                .contains("变更清单已写入 " + changes + "（21 处须审核或备案的变更）");
        JsonNode json = JsonMapper.builder().build().readTree(Files.readString(report, StandardCharsets.UTF_8));
        assertThat(json.get("summary").get("findings").get("ERROR").asInt()).isEqualTo(7);
        assertThat(json.get("summary").get("byCode").get("EL-0412").asInt()).isEqualTo(1);
        assertThat(json.get("records")).hasSize(16);
        JsonNode set = JsonMapper.builder().build().readTree(Files.readString(changes, StandardCharsets.UTF_8));
        assertThat(set.get("summary").get("changes").asInt()).isEqualTo(21);
    }

    @Test
    void failOnDecidesTheExitCode() {
        assertThat(CliRun.of("diff", "--upstream", UPSTREAM, "--local", LOCAL, "--fail-on", "never").exitCode())
                .isZero();
        String fixtures = Repository.file("examples/fixtures/EL-0406").toString();
        String[] warningOnly = {"diff", "--upstream", fixtures + "/upstream.json", "--local", fixtures + "/invalid.json"};
        assertThat(CliRun.of(warningOnly).exitCode()).isZero();
        String[] failOnWarning = {"diff", "--upstream", fixtures + "/upstream.json", "--local",
            fixtures + "/invalid.json", "--fail-on", "warning"};
        assertThat(CliRun.of(failOnWarning).exitCode()).isEqualTo(1);
    }

    @Test
    void speaksEnglishWhenAsked() {
        CliRun run = CliRun.of("diff", "--upstream", UPSTREAM, "--local", LOCAL, "--locale", "en");
        assertThat(run.out()).contains("promised time limit (promiseDay) may only be tightened")
                .contains("Claims: 8 local and 8 upstream records; 6 claimed");
    }

    @Test
    void aProfileFileReassignsElementModes() {
        CliRun run = CliRun.of("diff", "--upstream", UPSTREAM, "--local", LOCAL, "--profile",
                Repository.file("examples/data/longhu-tiers.properties").toString());
        assertThat(run.out()).doesNotContain("/transactTime").doesNotContain("/resultName");
        assertThat(run.out()).contains("配置：汕头市龙湖区（要素变更方式示例）");
    }

    @Test
    void usageAndInputProblemsExitWithTwoAndOneLine(@TempDir Path dir) throws IOException {
        CliRun missingOption = CliRun.of("diff", "--upstream", UPSTREAM);
        assertThat(missingOption.exitCode()).isEqualTo(2);
        assertThat(missingOption.err()).contains("--local");

        CliRun missingFile = CliRun.of("diff", "--upstream", dir.resolve("nope.json").toString(), "--local", LOCAL);
        assertThat(missingFile.exitCode()).isEqualTo(2);
        assertThat(missingFile.err().strip()).isEqualTo("无法读取 " + dir.resolve("nope.json") + "：文件不存在");

        CliRun directory = CliRun.of("diff", "--upstream", UPSTREAM, "--local", dir.toString());
        assertThat(directory.exitCode()).isEqualTo(2);
        assertThat(directory.err()).contains("这是一个目录");

        Path power = dir.resolve("power.json");
        Files.writeString(power, "{\"taskName\":\"x\",\"responsibility\":\"y\"}", StandardCharsets.UTF_8);
        CliRun wrongKind = CliRun.of("diff", "--upstream", power.toString(), "--local", LOCAL);
        assertThat(wrongKind.exitCode()).isEqualTo(2);
        assertThat(wrongKind.err()).contains("应为基本目录或实施清单事项，但第 1 条是 power-item");

        CliRun badProfile = CliRun.of("diff", "--upstream", UPSTREAM, "--local", LOCAL, "--profile", "atlantis");
        assertThat(badProfile.exitCode()).isEqualTo(2);
        assertThat(badProfile.err()).contains("未知的配置“atlantis”");

        Path badSetting = dir.resolve("bad.properties");
        Files.writeString(badSetting, "name=bad\nparent=longhu\nelement.transactAddr.mode=NARROW_ONLY\n",
                StandardCharsets.UTF_8);
        CliRun narrowing = CliRun.of("diff", "--upstream", UPSTREAM, "--local", LOCAL, "--profile",
                badSetting.toString());
        assertThat(narrowing.exitCode()).isEqualTo(2);
        assertThat(narrowing.err()).contains("不能设为 NARROW_ONLY").doesNotContain("Exception");

        CliRun badLocale = CliRun.of("diff", "--upstream", UPSTREAM, "--local", LOCAL, "--locale", "fr");
        assertThat(badLocale.exitCode()).isEqualTo(2);
    }

    @Test
    void anUnwritableChangeSetIsAUsageProblem(@TempDir Path dir) throws IOException {
        Path blocker = dir.resolve("file");
        Files.writeString(blocker, "x", StandardCharsets.UTF_8);
        CliRun run = CliRun.of("diff", "--upstream", UPSTREAM, "--local", LOCAL, "--change-set",
                blocker.resolve("change-set.json").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("无法写入");
    }
}
