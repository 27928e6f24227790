package org.matterstandards.sdk.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * One run of the CLI in-process, with what it printed.
 *
 * @param exitCode the exit code
 * @param out      standard output
 * @param err      standard error
 */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = MatterCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        // Line ends as on Linux, whatever the platform, so that tests compare text exactly.
        return new CliRun(code, out.toString().replace("\r\n", "\n"), err.toString().replace("\r\n", "\n"));
    }
}
