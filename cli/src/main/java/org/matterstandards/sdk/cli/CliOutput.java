package org.matterstandards.sdk.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import org.matterstandards.core.MatterException;
import org.matterstandards.core.i18n.Messages;

/**
 * The CLI's two output streams and its language (命令行输出): results to stdout, problems to stderr, both in the
 * chosen language and never in the JVM's default locale.
 */
final class CliOutput {

    private final PrintWriter out;
    private final PrintWriter err;
    private final Messages messages;

    CliOutput(PrintWriter out, PrintWriter err, Locale locale) {
        this.out = out;
        this.err = err;
        this.messages = Messages.of(locale);
    }

    Messages messages() {
        return messages;
    }

    PrintWriter out() {
        return out;
    }

    /** Prints a text from the bundle to stdout. */
    void say(String key, Map<String, ?> arguments) {
        out.println(messages.format(key, arguments));
        out.flush();
    }

    /** Prints a plain line to stdout. */
    void line(String text) {
        out.println(text);
        out.flush();
    }

    /** Prints one problem line to stderr. */
    void problem(String text) {
        err.println(text);
        err.flush();
    }

    /**
     * Refuses to go on because of a problem the user must fix (unknown profile, unreadable file, a date outside the
     * calendar): its message in one line on stderr, never a stack trace.
     *
     * @param problem the problem
     * @return {@link ExitCode#USAGE}, for the command to return
     */
    int refuse(MatterException problem) {
        problem(problem.getLocalizedMessage(messages.locale()));
        return ExitCode.USAGE;
    }
}
