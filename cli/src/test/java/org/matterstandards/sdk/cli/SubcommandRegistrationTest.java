package org.matterstandards.sdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A run registers only the subcommand it names (按需注册子命令); everything that needs the others, the help and the
 * usage errors, still sees all of them.
 */
class SubcommandRegistrationTest {

    private static final List<String> COMMANDS = List.of("validate", "calendar", "rules", "diff", "elements", "stats",
            "schema", "convert", "template", "history", "guide");

    @Test
    void theHelpListsEveryCommandInItsOrder() {
        for (String[] args : List.of(new String[0], new String[] {"--help"}, new String[] {"--help", "validate"})) {
            CliRun run = CliRun.of(args);
            assertThat(run.exitCode()).isZero();
            // A command's line starts with two spaces; the lines its description wraps onto start with more.
            List<String> listed = run.out().lines().dropWhile(line -> !line.equals("Commands:")).skip(1)
                    .filter(line -> line.matches("  \\S.*")).map(line -> line.strip().split("\\s+")[0]).toList();
            assertThat(listed).as("commands listed for %s", List.of(args)).containsExactlyElementsOf(COMMANDS);
        }
    }

    @Test
    void aNamedCommandRunsWithItsOwnNestedCommands() {
        CliRun run = CliRun.of("schema", "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Usage: matter schema").contains("list").contains("print").contains("export");
    }

    @Test
    void aMisspeltCommandIsAUsageErrorOfTheTool() {
        for (String name : List.of("validat", "Validate", "help")) {
            CliRun run = CliRun.of(name, "x.json");
            assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
            assertThat(run.err()).startsWith("Unmatched argument").endsWith("用法见 / see: matter --help\n");
        }
    }

    @Test
    void anOptionBeforeTheCommandStillLetsTheCommandBeParsed() {
        // The first argument names no command, so all are registered: picocli parses the command that follows and
        // reports the file it misses first, as it always did.
        CliRun run = CliRun.of("--verbose", "validate");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).isEqualTo("Missing required parameter: 'FILE'\n用法见 / see: matter validate --help\n");
    }
}
