package org.matterstandards.core.intermediary;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.matterstandards.core.MatterException;
import org.matterstandards.core.finding.Args;
import org.matterstandards.core.model.ListChange;
import org.matterstandards.core.model.RecordKind;
import org.matterstandards.core.profile.Profile;

/**
 * Which list changes, and which of their steps, the adjust-and-file deadline applies to (期限适用范围), from the
 * profile: the seed states its 3-working-day rule for 中介服务事项 (汕政数〔2021〕58号 §三(一)3), so the scope is data,
 * not an assumption in code.
 *
 * <ul>
 *   <li>{@value #SUBJECT_KINDS}: the {@code subjectKind}s under the deadline, comma-separated, {@code *} for all; a
 *       change without {@code subjectKind} is an intermediary service (the list the rule was written for);</li>
 *   <li>{@value #CHANGE_TYPES}: the 调整类型 codes under the deadline, {@code *} for all;</li>
 *   <li>{@value #INCLUDES_FILING}: {@code true} when the 备案 step ({@code filedDate}) must also be done by the
 *       deadline, {@code false} when only the two adjustments are.</li>
 * </ul>
 *
 * A setting that no profile of the chain sets does not restrict. Outside the scope the order of the dates is still
 * checked (FL-03xx); only the deadline (FL-05xx) is not judged. Immutable.
 */
final class FilingScope {

    /** Profile setting: subject kinds under the deadline. */
    static final String SUBJECT_KINDS = "filing.scope.subjectKinds";
    /** Profile setting: change types under the deadline. */
    static final String CHANGE_TYPES = "filing.scope.changeTypes";
    /** Profile setting: whether the filing step is under the deadline. */
    static final String INCLUDES_FILING = "filing.scope.includesFiling";

    private static final String ALL = "*";

    private final Set<String> subjectKinds;
    private final Set<String> changeTypes;
    private final boolean includesFiling;

    private FilingScope(Set<String> subjectKinds, Set<String> changeTypes, boolean includesFiling) {
        this.subjectKinds = subjectKinds;
        this.changeTypes = changeTypes;
        this.includesFiling = includesFiling;
    }

    /**
     * @param profile the profile
     * @return its scope
     * @throws MatterException ({@code filing.badScope}) when {@value #INCLUDES_FILING} is neither true nor false
     */
    static FilingScope of(Profile profile) {
        return new FilingScope(values(profile, SUBJECT_KINDS), values(profile, CHANGE_TYPES),
                profile.setting(INCLUDES_FILING).map(value -> flag(profile, value)).orElse(true));
    }

    private static boolean flag(Profile profile, String value) {
        return switch (value.strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new MatterException("filing.badScope",
                    Args.of("profile", profile.name(), "key", INCLUDES_FILING, "value", value));
        };
    }

    /** The listed values, or {@code null} for "all" (absent or {@code *}). */
    private static Set<String> values(Profile profile, String key) {
        return profile.setting(key).map(String::strip).filter(value -> !value.equals(ALL))
                .map(value -> Arrays.stream(value.split(",")).map(String::strip).filter(v -> !v.isEmpty())
                        .collect(Collectors.toUnmodifiableSet()))
                .orElse(null);
    }

    /**
     * Whether a step of a change must be done by the deadline.
     *
     * @param change the change
     * @param step   one of its steps
     * @return {@code true} when the deadline applies to it
     */
    boolean times(ListChange change, FilingStep step) {
        if (step == FilingStep.FILING && !includesFiling) {
            return false;
        }
        String kind = Texts.present(change.subjectKind()) ? change.subjectKind().strip()
                : RecordKind.INTERMEDIARY_SERVICE.id();
        String type = change.changeType() == null ? "" : change.changeType().strip();
        return (subjectKinds == null || subjectKinds.contains(kind))
                && (changeTypes == null || changeTypes.contains(type));
    }
}
