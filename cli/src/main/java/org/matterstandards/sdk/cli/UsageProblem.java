package org.matterstandards.sdk.cli;

/**
 * A usage problem that has already been told to the user on one line (用法错误); the command ends with
 * {@link ExitCode#USAGE}. Carries no stack trace: it is control flow, not a failure.
 */
final class UsageProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UsageProblem() {
        super(null, null, false, false);
    }
}
