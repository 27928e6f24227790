package org.matterstandards.sdk.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Base of the subcommands (子命令基类): the common options ({@code --locale}, {@code --profile}, {@code --verbose})
 * and the output in the chosen language. An unsupported {@code --locale} is reported once here and exits with
 * {@link ExitCode#USAGE}, so a command's {@link #run} only does its own work.
 */
abstract class LocalizedCommand implements Callable<Integer> {

    /** The running command, for its parse result and its streams. */
    @Spec
    CommandSpec spec;

    /** The options every subcommand shares. */
    @Mixin
    CommonOptions common;

    @Override
    public final Integer call() {
        CliOutput output = common.outputOrNull(spec);
        return output == null ? ExitCode.USAGE : run(output);
    }

    /**
     * Does the command's work.
     *
     * @param output the output in the chosen language
     * @return the exit code
     */
    abstract int run(CliOutput output);
}
