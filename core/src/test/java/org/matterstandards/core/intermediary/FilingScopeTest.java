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
import org.matterstandards.core.intermediary.RuleHarness.Reported;
import org.matterstandards.core.model.ListChange;
import org.matterstandards.core.profile.Profile;
import org.matterstandards.core.profile.ProfileRegistry;

/**
 * The scope of the adjust-and-file deadline is profile data (filing.scope.*): by default, as the seed states it, only
 * changes of 中介服务事项 are timed, of every change type, the 备案 step included.
 */
class FilingScopeTest {

    private static final FilingRules RULES = new FilingRules();
    private static final LocalDate AS_OF = LocalDate.of(2026, 2, 13);

    /** Decided Thu 2026-02-05, due Tue 02-10; nothing done yet, so every timed step is overdue on 02-13. */
    private static ListChange overdue(String subjectKind, String changeType) {
        return change("subjectKind", subjectKind, "changeType", changeType, "decisionDate", LocalDate.of(2026, 2, 5),
                "marketAdjustedDate", null, "systemAdjustedDate", null, "filedDate", null);
    }

    private static List<String> where(ListChange change, Profile profile) {
        return RuleHarness.check(RULES, change, profile, RuleHarness.DATA, AS_OF).stream().map(Reported::where)
                .toList();
    }

    private static Profile profile(String settings) {
        return ProfileRegistry.builtIn().load(new ByteArrayInputStream(("name=t\nparent=shantou\n" + settings)
                .getBytes(StandardCharsets.UTF_8)), "t");
    }

    @Test
    void byDefaultOnlyIntermediaryServicesAreTimedWithTheFilingStep() {
        assertThat(where(overdue("intermediary-service", "3"), RuleHarness.SHANTOU))
                .containsExactly("FL-0502 /marketAdjustedDate", "FL-0502 /systemAdjustedDate", "FL-0502 /filedDate");
        assertThat(where(overdue(null, "1"), RuleHarness.SHANTOU)).hasSize(3);
        // The seed states no deadline for changes of implementation items.
        assertThat(where(overdue("implementation-item", "2"), RuleHarness.SHANTOU)).isEmpty();
    }

    @Test
    void aProfileWidensOrNarrowsTheScope() {
        Profile allKinds = profile("filing.scope.subjectKinds=*\n");
        assertThat(where(overdue("implementation-item", "2"), allKinds))
                .containsExactly("FL-0502 /systemAdjustedDate", "FL-0502 /filedDate");
        Profile adjustmentsOnly = profile("filing.scope.includesFiling=false\n");
        assertThat(where(overdue("intermediary-service", "2"), adjustmentsOnly))
                .containsExactly("FL-0502 /marketAdjustedDate", "FL-0502 /systemAdjustedDate");
        Profile cancellationsOnly = profile("filing.scope.changeTypes=3\n");
        assertThat(where(overdue("intermediary-service", "2"), cancellationsOnly)).isEmpty();
        assertThat(where(overdue("intermediary-service", "3"), cancellationsOnly)).hasSize(3);
    }

    @Test
    void outsideTheScopeTheOrderOfTheDatesIsStillChecked() {
        ListChange impossible = change("subjectKind", "implementation-item", "decisionDate", LocalDate.of(2026, 2, 5),
                "marketAdjustedDate", null, "systemAdjustedDate", LocalDate.of(2026, 2, 4), "filedDate", null);
        assertThat(where(impossible, RuleHarness.SHANTOU)).containsExactly("FL-0301 /systemAdjustedDate");
    }

    @Test
    void aFilingFlagThatIsNeitherTrueNorFalseIsAClearError() {
        assertThatThrownBy(() -> where(overdue("intermediary-service", "2"), profile("filing.scope.includesFiling=ja\n")))
                .isInstanceOfSatisfying(MatterException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("filing.badScope"));
    }
}
