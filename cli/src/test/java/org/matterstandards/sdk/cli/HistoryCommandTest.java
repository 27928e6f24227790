package org.matterstandards.sdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.matterstandards.sdk.tier.Repository;

/** {@code matter history} on examples/data/history (清单历史命令). */
class HistoryCommandTest {

    private static final String DIR = Repository.file("examples/data/history").toString();
    private static final String[] FILES = {DIR + "/shantou-list-2026-09-30.json", DIR + "/shantou-list-2026-11-30.json",
        DIR + "/shantou-list-changes.json"};
    /** Shantou with the 3-working-day deadline on every list change: the example's changes are implementation items. */
    private static final String EVERY_CHANGE_TIMED = DIR + "/shantou-every-change-timed.properties";

    private static CliRun history(String... options) {
        String[] args = new String[1 + FILES.length + options.length];
        args[0] = "history";
        System.arraycopy(FILES, 0, args, 1, FILES.length);
        System.arraycopy(options, 0, args, 1 + FILES.length, options.length);
        return CliRun.of(args);
    }

    @Test
    void answersTheThreeQuestions() {
        CliRun run = history("--profile", EVERY_CHANGE_TIMED, "--as-of", "2026-11-30", "--from", "2026-09-30",
                "--to", "2026-11-30", "--overdue", "2026-11-30");
        assertThat(run.out())
                .contains("2026-11-30 的清单：在用 4 项")
                .contains("待生效 1 项")
                .contains("2026-09-30 至 2026-11-30 的变化：新增 1 项，取消 1 项，调整 2 项")
                .contains("承诺办结时限（/promiseDay）：收紧 — 由“10”改为“8”")
                .contains("是否实行告知承诺制（/isInformCommit）：须审核要素，须审核")
                .contains("办理时间（/transactTime）：须备案要素，须备案")
                .contains("2026-11-30 逾期或即将到期的调整备案：2 条")
                .contains("FL-0502");
        assertThat(run.exitCode()).as("an overdue filing is an ERROR").isEqualTo(ExitCode.FINDINGS);
    }

    @Test
    void listsEveryVersionInEnglish() {
        CliRun run = history("--locale", "en");
        assertThat(run.out()).contains("Item versions").contains("2026-11-10").contains("(open)");
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    }

    @Test
    void refusesBadDatesAndUndatedSnapshotsWithoutAStackTrace() {
        CliRun bad = history("--as-of", "30.11.2026");
        assertThat(bad.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(bad.err()).contains("30.11.2026").doesNotContain("Exception");
        CliRun undated = CliRun.of("history", Repository.file("examples/data/shantou-sample.json").toString());
        assertThat(undated.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(undated.err()).contains("日期=文件");
        CliRun dated = CliRun.of("history", "2026-11-30=" + Repository.file("examples/data/shantou-sample.json"));
        // The sample's four records with structural errors take no part, and their findings make the exit code 1.
        assertThat(dated.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(dated.out()).contains("1 个快照（2026-11-30 至 2026-11-30）").contains("历史核对发现的问题：4 个")
                .contains("SC-0102 ").contains("shantou-sample.json:2240:3 /promiseDay");
    }
}
