package org.matterstandards.sdk.cli;

/** The CLI's exit codes (退出码), a contract for scripts and CI jobs. */
public final class ExitCode {

    /** Nothing at or above {@code --fail-on}. */
    public static final int OK = 0;
    /** Findings at or above {@code --fail-on}. */
    public static final int FINDINGS = 1;
    /** Usage error, bad configuration, or an input that cannot be read. */
    public static final int USAGE = 2;
    /** Internal failure of the tool. */
    public static final int INTERNAL = 3;

    private ExitCode() {
    }
}
