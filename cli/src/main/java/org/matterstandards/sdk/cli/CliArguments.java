package org.matterstandards.sdk.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.matterstandards.core.finding.Args;
import org.matterstandards.core.model.RecordKind;

/** Reads option values that several commands share (共用参数解析), telling the user on one line when one is wrong. */
final class CliArguments {

    private CliArguments() {
    }

    /**
     * The record kind named by {@code --kind}.
     *
     * @param kind   the option's text, {@code null} when not given
     * @param output where a wrong value is reported
     * @return the kind, or {@code null} when the option was not given
     * @throws UsageProblem after reporting an unknown kind
     */
    static RecordKind recordKind(String kind, CliOutput output) {
        if (kind == null) {
            return null;
        }
        return RecordKind.fromId(kind.strip().toLowerCase(Locale.ROOT)).orElseThrow(() -> {
            output.problem(output.messages().format("validate.badKind", Args.of("kind", kind)));
            return new UsageProblem();
        });
    }

    /**
     * A date option (yyyy-MM-dd), such as {@code --as-of} or {@code --decision-date}.
     *
     * @param option the option's name, for the message
     * @param value  the option's text, {@code null} when not given
     * @param output where a wrong value is reported
     * @return the date, or {@code null} when the option was not given
     * @throws UsageProblem after reporting a malformed date
     */
    static LocalDate date(String option, String value, CliOutput output) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            output.problem(output.messages().format("cli.badDate", Args.of("option", option, "value", value)));
            throw new UsageProblem();
        }
    }
}
