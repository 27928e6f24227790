package org.matterstandards.sdk.cli;

import picocli.CommandLine.Option;

/** The {@code --format text|json} option of the listing commands (输出格式): text for people, JSON for programs. */
final class FormatOption {

    /** Output formats. */
    enum Format { TEXT, JSON }

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "输出格式 / output format (default: ${DEFAULT-VALUE})")
    Format format;

    /** @return {@code true} when JSON was asked for */
    boolean json() {
        return format == Format.JSON;
    }
}
