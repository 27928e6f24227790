package org.matterstandards.core.finding;

import java.util.Objects;

/**
 * A profile's decision not to report a rule's findings (规则豁免), always with a reason that reports show.
 *
 * @param code          the rule code
 * @param pointerPrefix only findings whose JSON Pointer starts with this ({@code ""}: all findings of the code)
 * @param reason        why, in the profile author's words; never blank
 * @param profileName   the profile that declares it
 */
public record Suppression(String code, String pointerPrefix, String reason, String profileName) {

    /** Validates the components. */
    public Suppression {
        Objects.requireNonNull(code, "code");
        pointerPrefix = pointerPrefix == null ? "" : pointerPrefix;
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a suppression of " + code + " needs a reason");
        }
        Objects.requireNonNull(profileName, "profileName");
    }

    /**
     * Whether this suppression covers a finding.
     *
     * @param findingCode    the finding's code
     * @param findingPointer the finding's pointer
     * @return {@code true} when the codes match and the pointer lies under the prefix
     */
    public boolean covers(String findingCode, String findingPointer) {
        if (!code.equals(findingCode)) {
            return false;
        }
        return pointerPrefix.isEmpty() || findingPointer.equals(pointerPrefix)
                || findingPointer.startsWith(pointerPrefix + "/");
    }
}
