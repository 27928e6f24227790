package org.matterstandards.sdk.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.matterstandards.core.i18n.Messages;
import org.matterstandards.core.profile.Profile;
import org.matterstandards.core.profile.ProfileRegistry;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** Options every subcommand shares (通用选项): language, profile and verbosity. */
final class CommonOptions {

    @Option(names = "--locale", paramLabel = "zh-CN|en", defaultValue = "zh-CN",
            description = "输出语言 / output language (default: ${DEFAULT-VALUE})")
    String locale;

    @Option(names = "--profile", paramLabel = "NAME|FILE", defaultValue = "national",
            description = "校验配置：内置名称、行政区划代码或配置文件 / profile: built-in name, division code or file "
                    + "(default: ${DEFAULT-VALUE})")
    String profile;

    @Option(names = "--verbose", description = "出错时显示详细信息 / show details of internal failures")
    boolean verbose;

    /**
     * The output language.
     *
     * @return zh-CN or en
     * @throws IllegalArgumentException for an unsupported language
     */
    Locale locale() {
        return Messages.parseLocale(locale);
    }

    /**
     * The profile: a file when the argument names an existing file or ends with {@code .properties}, else a
     * built-in profile by name or region code.
     *
     * @return the profile
     * @throws org.matterstandards.core.MatterException when it is unknown or malformed
     */
    Profile profile() {
        ProfileRegistry registry = ProfileRegistry.builtIn();
        Path path = Path.of(profile);
        if (profile.endsWith(".properties") || Files.isRegularFile(path)) {
            return registry.load(path);
        }
        return registry.get(profile);
    }

    /**
     * The CLI output in the chosen language; falls back to zh-CN only to report that the language is unknown.
     *
     * @param out standard output
     * @param err standard error
     * @return the output
     */
    CliOutput output(PrintWriter out, PrintWriter err) {
        return new CliOutput(out, err, locale());
    }

    /**
     * The command's output in the chosen language, or {@code null} after telling the user (on stderr) that the
     * language is not supported; the command then exits with {@link ExitCode#USAGE}.
     *
     * @param spec the running command
     * @return the output, or {@code null}
     */
    CliOutput outputOrNull(CommandSpec spec) {
        try {
            return output(spec.commandLine().getOut(), spec.commandLine().getErr());
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("--locale: " + e.getMessage());
            spec.commandLine().getErr().flush();
            return null;
        }
    }
}
