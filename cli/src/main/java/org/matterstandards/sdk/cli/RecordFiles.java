package org.matterstandards.sdk.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.matterstandards.core.finding.Args;
import org.matterstandards.core.model.RecordKind;
import org.matterstandards.sdk.input.InputException;
import org.matterstandards.sdk.Batch;
import org.matterstandards.sdk.ValidationResult;
import org.matterstandards.sdk.io.InputOptions;
import org.matterstandards.sdk.io.RecordReaders;
import org.matterstandards.sdk.io.internal.FileReplacement;
import org.matterstandards.sdk.report.ValidationReport;

/**
 * Reads the input files of a command into a {@link ValidationReport} and writes its output files (输入与输出文件),
 * the same way for {@code validate} and {@code stats}: one clear line for a file that cannot be read, a progress
 * line while reading, nothing else on the console unless the caller prints it.
 */
final class RecordFiles {

    /** What a command does with each file and record as they stream in. */
    interface Listener {
        /**
         * The first record of a file has been read.
         *
         * @param file the file name
         * @param kind the record kind, {@code null} when unknown
         */
        default void fileStarted(String file, RecordKind kind) {
        }

        /**
         * A record has been validated and added to the report.
         *
         * @param result the result
         */
        default void record(ValidationResult result) {
        }
    }

    /** Writes one output file's bytes. */
    interface Body {
        /**
         * @param out the file's stream
         * @throws IOException when writing fails
         */
        void writeTo(OutputStream out) throws IOException;
    }

    private RecordFiles() {
    }

    /**
     * Validates one file into the report.
     *
     * @param batch     the run the file belongs to (its list rules see every record)
     * @param file      the file
     * @param report    receives every record and the file entry
     * @param output    where a file problem is reported
     * @param progress  the progress line
     * @param listener  sees each file and record
     * @return {@code false} when the file as a whole could not be read (exit code 2)
     */
    static boolean read(Batch batch, Path file, ValidationReport report, CliOutput output,
                        ProgressLine progress, Listener listener) {
        return read(batch, file, InputOptions.defaults(), report, output, progress, listener);
    }

    /**
     * Validates one file, in any input format, into the report.
     *
     * @param batch     the run the file belongs to (its list rules see every record)
     * @param file      the file
     * @param options   input format, encoding, companion files and where notices go
     * @param report    receives every record and the file entry
     * @param output    where a file problem is reported
     * @param progress  the progress line
     * @param listener  sees each file and record
     * @return {@code false} when the file as a whole could not be read (exit code 2)
     */
    static boolean read(Batch batch, Path file, InputOptions options, ValidationReport report, CliOutput output,
                        ProgressLine progress, Listener listener) {
        String name = file.toString();
        long[] count = {0};
        RecordKind[] detected = {null};
        try {
            if (Files.isDirectory(file)) {
                throw new InputException("input.isDirectory", Args.of("file", name), null);
            }
            batch.add(file, options, (ValidationResult result) -> {
                if (count[0]++ == 0) {
                    detected[0] = result.kind();
                    listener.fileStarted(name, result.kind());
                }
                report.add(name, result);
                listener.record(result);
                progress.update(name, count[0]);
            });
            if (count[0] == 0) {
                throw new InputException("input.noRecords", Args.of("file", name), null);
            }
            report.addFile(new ValidationReport.FileEntry(name, detected[0], count[0], null));
            return true;
        } catch (InputException e) {
            progress.close(); // before the problem line, so that the two do not share a line
            String message = e.getLocalizedMessage(output.messages().locale());
            output.problem(message);
            report.addFile(new ValidationReport.FileEntry(name, detected[0], count[0], message));
            return false;
        } finally {
            progress.close();
        }
    }

    /**
     * The CSV files among the arguments that are companions of another argument ({@code LIST.materials.csv} beside
     * {@code LIST.csv}): they are read with their list and must not be validated again as lists of their own.
     *
     * @param files the command's file arguments
     * @return the companions, as absolute normalised paths
     */
    static Set<Path> companionsAmong(List<Path> files) {
        Set<Path> companions = new HashSet<>();
        for (Path file : files) {
            try {
                if (Files.isRegularFile(file)) {
                    for (Path companion : RecordReaders.companionsOf(file)) {
                        companions.add(companion.toAbsolutePath().normalize());
                    }
                }
            } catch (IOException e) {
                // The folder cannot be listed: the file itself will report why when it is read.
            }
        }
        return companions;
    }

    /**
     * Writes an output file, creating its folder, and says so on stdout.
     *
     * @param file       the file
     * @param body       writes the content
     * @param output     the console
     * @param writtenKey the bundle key of the "written to {file}" line
     * @return {@code false} when the file could not be written (exit code 2)
     */
    static boolean write(Path file, Body body, CliOutput output, String writtenKey) {
        // Written beside the target and renamed when complete: an interrupted run never leaves a half report.
        try (FileReplacement replacement = FileReplacement.beside(file)) {
            try (OutputStream out = Files.newOutputStream(replacement.temporary())) {
                body.writeTo(out);
            }
            replacement.commit();
            output.say(writtenKey, Args.of("file", file));
            return true;
        } catch (IOException | UncheckedIOException e) {
            output.problem(output.messages().format("output.unwritable",
                    Args.of("file", file, "detail", String.valueOf(e.getMessage()))));
            return false;
        }
    }
}
