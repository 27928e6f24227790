package org.matterstandards.sdk.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.matterstandards.sdk.Versions;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code matter} command line (命令行工具): validate exported files, work with the calendar, list rules.
 * Exit codes are in {@link ExitCode}. No Java stack trace reaches the user unless {@code --verbose} asks for it.
 */
@Command(name = "matter",
        mixinStandardHelpOptions = true,
        versionProvider = MatterCli.VersionProvider.class,
        description = {"政务服务事项标准库命令行工具 / matter-standards command line."})
public final class MatterCli implements Runnable {

    /**
     * The subcommands, in the order the help lists them. Registered in {@link #run} rather than in the annotation:
     * picocli builds the model of every registered command by reflection before parsing, which was about a quarter of
     * a run's start-up, and a run needs only the one it names.
     */
    private static final List<Class<?>> SUBCOMMANDS = List.of(ValidateCommand.class, CalendarCommand.class,
            RulesCommand.class, DiffCommand.class, ElementsCommand.class, StatsCommand.class, SchemaCommand.class,
            ConvertCommand.class, TemplateCommand.class, HistoryCommand.class, GuideCommand.class);

    /** Held strongly: java.util.logging keeps only weak references, and a collected logger forgets its level. */
    private static final Logger HIBERNATE_VALIDATOR_LOG = Logger.getLogger("org.hibernate.validator");

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /**
     * Runs the CLI and exits the JVM with its exit code.
     *
     * @param args command-line arguments
     */
    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
    }

    /**
     * Runs the CLI without exiting (for tests and embedding).
     *
     * @param args command-line arguments
     * @param out  standard output
     * @param err  standard error
     * @return the exit code
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        quietLibraryLogging();
        CommandLine commandLine = new CommandLine(new MatterCli());
        for (Class<?> subcommand : subcommandsFor(args)) {
            commandLine.addSubcommand(subcommand);
        }
        // After the subcommands: these settings are handed down to the subcommands registered at the time.
        commandLine.setOut(out)
                .setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(new InternalFailureHandler());
        commandLine.setParameterExceptionHandler((exception, arguments) -> {
            CommandLine failed = exception.getCommandLine();
            failed.getErr().println(exception.getMessage());
            failed.getErr().println("用法见 / see: " + failed.getCommandSpec().qualifiedName() + " --help");
            failed.getErr().flush();
            return ExitCode.USAGE;
        });
        return commandLine.execute(args);
    }

    /**
     * The subcommands to register: only the one the first argument names, else all of them, so that the help, the
     * version and every usage error (an unknown or misspelt command, an option before the command) read as they do
     * with all commands registered. Picocli takes a command only by its exact name (no abbreviations, case
     * sensitive), and only in the first place.
     */
    private static List<Class<?>> subcommandsFor(String[] args) {
        if (args.length > 0) {
            for (Class<?> subcommand : SUBCOMMANDS) {
                if (subcommand.getAnnotation(Command.class).name().equals(args[0])) {
                    return List.of(subcommand);
                }
            }
        }
        return SUBCOMMANDS;
    }

    /**
     * Hibernate Validator announces itself on the console, SLF4J (used by the JSON Schema validator) warns that no
     * logging backend is bound, and so does the Log4j API (used by POI); a CLI user has no use for any of that. An
     * explicit setting by the user is kept.
     */
    private static void quietLibraryLogging() {
        HIBERNATE_VALIDATOR_LOG.setLevel(Level.SEVERE);
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            System.setProperty("slf4j.internal.verbosity", "ERROR");
        }
        // POI logs through the Log4j API, which complains on stderr when no Log4j implementation is present. The
        // CLI ships none: use the API's own simple logger, silenced. Problems reach the user as messages anyway.
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory",
                    "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
            System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Prints the tool, rule-set, schema and reference-data versions. */
    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {
                "matter-standards " + Versions.tool(),
                "rule set " + Versions.all().get("ruleSet") + ", schemas " + Versions.all().get("schemas")
                        + ", reference data " + Versions.all().get("referenceData")};
        }
    }

    /** Turns an unexpected exception into exit code 3 and one line; the stack trace only with --verbose. */
    static final class InternalFailureHandler implements CommandLine.IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception exception, CommandLine commandLine,
                                            CommandLine.ParseResult parseResult) {
            PrintWriter err = commandLine.getErr();
            err.println("内部错误 / internal error: " + exception.getClass().getSimpleName()
                    + (exception.getMessage() == null ? "" : ": " + exception.getMessage()));
            if (parseResult.hasMatchedOption("--verbose")) {
                exception.printStackTrace(err);
            } else {
                err.println("加 --verbose 查看详情 / add --verbose for details");
            }
            err.flush();
            return ExitCode.INTERNAL;
        }
    }
}
