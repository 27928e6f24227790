package org.matterstandards.core.finding;

/**
 * How serious a {@link Finding} is (严重程度).
 *
 * <p>Ordered from most to least severe, so {@link #isAtLeast(Severity)} can compare against a threshold such as the
 * CLI's {@code --fail-on}.
 */
public enum Severity {
    /** 错误: breaks a MUST of the standard; the record must not be uploaded. */
    ERROR,
    /** 警告: breaks a SHOULD or recommended practice; upload is possible but a reviewer may send it back. */
    WARNING,
    /** 提示: advisory information, e.g. good practice or a candidate for 免证办. */
    INFO;

    /**
     * Whether this severity is as serious as, or more serious than, {@code threshold}.
     *
     * @param threshold the severity to compare against
     * @return {@code true} when {@code this} is at or above the threshold
     */
    public boolean isAtLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }
}
