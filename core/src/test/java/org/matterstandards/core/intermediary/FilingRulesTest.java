package org.matterstandards.core.intermediary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.matterstandards.core.intermediary.Samples.change;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.matterstandards.core.MatterException;
import org.matterstandards.core.calendar.WorkingDayCalendar;
import org.matterstandards.core.i18n.Messages;
import org.matterstandards.core.intermediary.RuleHarness.Reported;
import org.matterstandards.core.model.ListChange;
import org.matterstandards.core.profile.Profile;
import org.matterstandards.core.profile.ProfileRegistry;
import org.matterstandards.core.reference.ReferenceData;

class FilingRulesTest {

    private static final FilingRules RULES = new FilingRules();

    private static LocalDate d(String text) {
        return LocalDate.parse(text);
    }

    private static List<Reported> check(ListChange change, String asOf) {
        return RuleHarness.check(RULES, change, d(asOf));
    }

    private static List<String> where(ListChange change, String asOf) {
        return check(change, asOf).stream().map(Reported::where).toList();
    }

    private static Profile profile(String text) {
        return ProfileRegistry.builtIn().load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "t");
    }

    @Test
    void doneOnTheThirdWorkingDayAfterSpringFestivalIsOnTime() {
        // Fri 2025-01-24 + 3: Sun 01-26 make-up (1), Mon 01-27 (2), 01-28..02-04 off, Wed 02-05 (3).
        assertThat(check(change(), "2026-02-13")).isEmpty();
    }

    @Test
    void fl0501LateStatesTheDeadlineAndTheWorkingDaysTaken() {
        // Fri 2025-09-26 + 3 = Tue 09-30 (Sun 09-28 is a make-up day); filed Thu 10-09 after 国庆.
        List<Reported> found = check(change("decisionDate", d("2025-09-26"), "marketAdjustedDate", d("2025-09-28"),
                "systemAdjustedDate", d("2025-09-30"), "filedDate", d("2025-10-09")), "2026-02-13");
        assertThat(found).extracting(Reported::where).containsExactly("FL-0501 /filedDate");
        assertThat(found.get(0).arguments()).containsEntry("deadline", d("2025-09-30")).containsEntry("workDays", 4)
                .containsEntry("limit", 3).containsEntry("label", "filedDate").containsEntry("date", d("2025-10-09"));
        assertThat(Messages.of(Messages.ZH_CN).format("FL-0501.message", found.get(0).arguments()))
                .isEqualTo("filedDate 为 2025-10-09，晚于期限 2025-09-30（2025-09-26 决定后 3 个工作日内），实际用时 4 个工作日");
    }

    @Test
    void fl0502NotDoneAfterTheDeadlineIsOverdue() {
        ListChange change = change("decisionDate", d("2026-02-05"), "marketAdjustedDate", d("2026-02-06"),
                "systemAdjustedDate", d("2026-02-09"), "filedDate", null);
        List<Reported> found = check(change, "2026-02-13");
        assertThat(found).extracting(Reported::where).containsExactly("FL-0502 /filedDate");
        assertThat(found.get(0).arguments()).containsEntry("deadline", d("2026-02-10"))
                .containsEntry("asOf", d("2026-02-13"));
        // On the deadline itself it is due, not overdue.
        assertThat(where(change, "2026-02-10")).containsExactly("FL-0503 /filedDate");
    }

    @Test
    void fl0503DueWithinOneWorkingDayWarnsForEveryMissingStep() {
        // Wed 2026-02-11 + 3 = Sat 02-14, a make-up working day before 春节.
        ListChange change = change("decisionDate", d("2026-02-11"), "marketAdjustedDate", d("2026-02-12"),
                "systemAdjustedDate", null, "filedDate", null);
        List<Reported> found = check(change, "2026-02-13");
        assertThat(found).extracting(Reported::where)
                .containsExactly("FL-0503 /systemAdjustedDate", "FL-0503 /filedDate");
        assertThat(found.get(0).arguments()).containsEntry("deadline", d("2026-02-14")).containsEntry("workDays", 1);
        assertThat(check(change, "2026-02-14").get(0).arguments()).containsEntry("workDays", 0);
        assertThat(check(change, "2026-02-12")).isEmpty(); // two working days left
    }

    @Test
    void springFestivalPostponesTheDeadlineAndAFutureDecisionIsNotDue() {
        // Thu 2026-02-12 + 3 = Tue 02-24: on 02-13 two working days are left (Sat 02-14 and 02-24).
        ListChange pending = change("decisionDate", d("2026-02-12"), "marketAdjustedDate", null,
                "systemAdjustedDate", null, "filedDate", null);
        assertThat(check(pending, "2026-02-13")).isEmpty();
        assertThat(where(pending, "2026-02-25")).containsExactly("FL-0502 /marketAdjustedDate",
                "FL-0502 /systemAdjustedDate", "FL-0502 /filedDate");
        assertThat(check(pending, "2026-02-01")).isEmpty();
    }

    @Test
    void fl0301ADateBeforeTheDecisionIsImpossible() {
        List<Reported> found = check(change("marketAdjustedDate", d("2025-01-20")), "2026-02-13");
        assertThat(found).extracting(Reported::where).containsExactly("FL-0301 /marketAdjustedDate");
        assertThat(found.get(0).arguments()).containsEntry("decisionDate", d("2025-01-24"));
    }

    @Test
    void fl0302FilingBeforeTheAdjustmentItReports() {
        assertThat(where(change("systemAdjustedDate", d("2025-02-05"), "filedDate", d("2025-01-27")), "2026-02-13"))
                .containsExactly("FL-0302 /filedDate");
        assertThat(check(change("filedDate", d("2025-01-27"), "systemAdjustedDate", d("2025-01-27")), "2026-02-13"))
                .isEmpty();
    }

    @Test
    void fl0303ADateAfterTheAsOfDateCannotBeDone() {
        List<Reported> found = check(change(), "2025-02-04");
        assertThat(found).extracting(Reported::where)
                .containsExactly("FL-0303 /systemAdjustedDate", "FL-0303 /filedDate");
    }

    @Test
    void fl0504DatesOutsideTheCalendarAreNotGuessed() {
        // The decision precedes the calendar: said once, on the decision date.
        List<Reported> early = check(change("decisionDate", d("2018-12-20"), "marketAdjustedDate", d("2018-12-21"),
                "systemAdjustedDate", d("2018-12-24"), "filedDate", d("2018-12-25")), "2026-02-13");
        assertThat(early).extracting(Reported::where).containsExactly("FL-0504 /decisionDate");
        assertThat(early.get(0).arguments()).containsEntry("date", d("2018-12-20"))
                .containsEntry("first", d("2018-12-29")).containsEntry("last", d("2026-12-31"));
        // The deadline runs past the end of the coverage.
        ListChange late = change("decisionDate", d("2026-12-30"), "marketAdjustedDate", null,
                "systemAdjustedDate", null, "filedDate", null);
        List<Reported> past = check(late, "2027-01-06");
        assertThat(past).extracting(Reported::where).containsExactly("FL-0504 /decisionDate");
        assertThat(past.get(0).arguments()).containsEntry("date", d("2027-01-01"));
        // Before the decision nothing is due, so nothing needs the missing year.
        assertThat(check(late, "2026-12-01")).isEmpty();
        // The deadline is known but counting the days taken is not.
        List<Reported> done = check(change("decisionDate", d("2026-12-24"), "marketAdjustedDate", d("2026-12-25"),
                "systemAdjustedDate", d("2026-12-29"), "filedDate", d("2027-01-04")), "2027-01-05");
        assertThat(done).extracting(Reported::where).containsExactly("FL-0504 /filedDate");
    }

    @Test
    void aLoadedYearLetsTheRulesJudgeAgain() {
        WorkingDayCalendar next = WorkingDayCalendar.load(new ByteArrayInputStream("""
                # source: test data, not a real notice
                # version: test-1
                # coverage: 2027-01-01..2027-12-31
                2027-01-01..2027-01-03  holiday  元旦
                """.getBytes(StandardCharsets.UTF_8)), "2027.txt");
        ReferenceData data = ReferenceData.builder().calendar(WorkingDayCalendar.builtIn().with(next)).build();
        ListChange change = change("decisionDate", d("2026-12-30"), "marketAdjustedDate", null,
                "systemAdjustedDate", null, "filedDate", null);
        // Wed 2026-12-30 + 3: Thu 12-31 (1), 01-01..03 off, Mon 01-04 (2), Tue 01-05 (3).
        List<Reported> found = RuleHarness.check(RULES, change, RuleHarness.SHANTOU, data, d("2027-01-06"));
        assertThat(found).extracting(Reported::where).containsExactly("FL-0502 /marketAdjustedDate",
                "FL-0502 /systemAdjustedDate", "FL-0502 /filedDate");
        assertThat(found.get(0).arguments()).containsEntry("deadline", d("2027-01-05"));
    }

    @Test
    void theMarketStepOnlyAppliesToIntermediaryServices() {
        ListChange item = change("subjectKind", "implementation-item", "marketAdjustedDate", null);
        assertThat(check(item, "2026-02-13")).isEmpty();
        assertThat(where(change("subjectKind", null, "marketAdjustedDate", null), "2026-02-13"))
                .containsExactly("FL-0502 /marketAdjustedDate");
    }

    @Test
    void theDeadlineComesFromTheProfile() {
        Profile five = profile("name=five\nparent=shantou\nfiling.deadlineWorkingDays=5\n");
        // Fri 2025-09-26 + 5 = Fri 10-10 (worked example), so a filing on 10-09 is on time.
        ListChange change = change("decisionDate", d("2025-09-26"), "marketAdjustedDate", d("2025-09-28"),
                "systemAdjustedDate", d("2025-09-30"), "filedDate", d("2025-10-09"));
        assertThat(RuleHarness.check(RULES, change, five, RuleHarness.DATA, d("2026-02-13"))).isEmpty();
        assertThat(FilingSchedule.deadlineWorkingDays(ProfileRegistry.builtIn().get("national"))).isEqualTo(3);
        assertThat(FilingSchedule.deadlineWorkingDays(RuleHarness.SHANTOU)).isEqualTo(3);
    }

    @Test
    void aMissingOrBadDeadlineSettingIsAClearError() {
        // A bad value fails when the profile is read, once, naming the file.
        for (String value : new String[] {"three", "0", "-3", "2.5", ""}) {
            assertThatThrownBy(() -> profile("name=bad\nparent=national\nfiling.deadlineWorkingDays=" + value + "\n"))
                    .as(value)
                    .isInstanceOfSatisfying(MatterException.class, e -> {
                        assertThat(e.messageKey()).isEqualTo("filing.badDeadline");
                        assertThat(e.getLocalizedMessage(Messages.ZH_CN))
                                .isEqualTo("配置“t”的 filing.deadlineWorkingDays 值“" + value + "”无效，应为正整数（工作日数）");
                    });
        }
        assertThat(FilingSchedule.deadlineWorkingDays(profile("name=ten\nparent=national\n"
                + "filing.deadlineWorkingDays=10\n"))).isEqualTo(10);
        // A chain without the setting cannot judge deadlines: the rules say so instead of assuming 3.
        Profile root = profile("name=root\n");
        assertThatThrownBy(() -> RuleHarness.check(RULES, change(), root, RuleHarness.DATA, d("2026-02-13")))
                .isInstanceOfSatisfying(MatterException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("filing.deadlineMissing");
                    assertThat(e.getMessage()).isEqualTo("Profile \"root\" lacks filing.deadlineWorkingDays (the "
                            + "working days allowed to adjust and file), so filing deadlines cannot be judged");
                });
    }

    @Test
    void fl0201TheChangeTypeComesFromTheTable() {
        List<Reported> found = check(change("changeType", "4"), "2026-02-13");
        assertThat(found).extracting(Reported::where).containsExactly("FL-0201 /changeType");
        assertThat(found.get(0).arguments().get("allowed").toString()).contains("1 新增", "2 变更", "3 取消");
    }
}
