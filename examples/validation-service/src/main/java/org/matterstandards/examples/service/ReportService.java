package org.matterstandards.examples.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.matterstandards.core.finding.Args;
import org.matterstandards.core.i18n.Messages;
import org.matterstandards.core.model.RecordKind;
import org.matterstandards.sdk.Batch;
import org.matterstandards.sdk.input.InputException;
import org.matterstandards.sdk.MatterValidator;
import org.matterstandards.sdk.io.InputOptions;
import org.matterstandards.sdk.report.ValidationReport;
import org.springframework.stereotype.Service;

/**
 * Validates one uploaded file into a {@link ValidationReport} (校验报告). The file is parked in a private temporary
 * folder under its own name, so that locations in the report name the file the user uploaded.
 */
@Service
public class ReportService {

    private final MatterValidator configured;
    // Bounded: only built-in profiles (a few dozen) times two languages can be asked for.
    private final Map<String, MatterValidator> validators = new ConcurrentHashMap<>();

    /** @param configured the starter's validator, used when a request names neither profile nor locale */
    public ReportService(MatterValidator configured) {
        this.configured = configured;
    }

    /**
     * The validator for a request.
     *
     * @param profile built-in profile name or region code, or {@code null} for the configured one
     * @param locale  zh-CN or en, or {@code null} for the configured one
     * @return the validator, built once per profile and language
     * @throws IllegalArgumentException for an unsupported language
     * @throws org.matterstandards.core.MatterException for an unknown profile
     */
    public MatterValidator validator(String profile, String locale) {
        String profileName = isBlank(profile) ? configured.profile().name() : profile.trim();
        Locale language = isBlank(locale) ? configured.locale() : Messages.parseLocale(locale);
        if (profileName.equals(configured.profile().name()) && language.equals(configured.locale())) {
            return configured;
        }
        return validators.computeIfAbsent(profileName + "|" + language.toLanguageTag(), key ->
                MatterValidator.builder().profile(profileName).locale(language).build());
    }

    /**
     * Validates an upload.
     *
     * @param validator the validator
     * @param fileName  the name the user gave the file; its extension helps to tell the format
     * @param content   the bytes
     * @return the finished report
     * @throws InputException when the file cannot be read at all
     */
    public ValidationReport validate(MatterValidator validator, String fileName, InputStream content) {
        Path folder = null;
        try {
            folder = Files.createTempDirectory("matter-upload-");
            Path file = folder.resolve(safeName(fileName));
            Files.copy(content, file);
            return validate(validator, file);
        } catch (InputException e) {
            // Say the name the user knows, not the server's temporary folder.
            Map<String, Object> arguments = new LinkedHashMap<>();
            arguments.putAll(e.arguments());
            arguments.computeIfPresent("file", (key, value) -> safeName(fileName));
            throw new InputException(e.messageKey(), arguments, e.getCause());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(folder);
        }
    }

    private static ValidationReport validate(MatterValidator validator, Path file) {
        String name = file.getFileName().toString();
        ValidationReport report = new ValidationReport(validator.profile(), validator.referenceData(),
                validator.asOf(), validator.locale().toLanguageTag(), Instant.now());
        Batch batch = validator.batch();
        long[] count = {0};
        RecordKind[] kind = {null};
        batch.add(file, InputOptions.defaults(), result -> {
            if (count[0]++ == 0) {
                kind[0] = result.kind();
            }
            report.add(name, result);
        });
        if (count[0] == 0) {
            throw new InputException("input.noRecords", Args.of("file", name), null);
        }
        report.addFile(new ValidationReport.FileEntry(name, kind[0], count[0], null));
        report.addListFindings(batch.finish());
        report.finish(Instant.now());
        return report;
    }

    /** Only the last path segment, without characters a file system could take for a path. */
    static String safeName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[^\\p{L}\\p{N}._-]", "_");
        if (name.isEmpty() || name.startsWith(".")) {
            name = "upload" + name;
        }
        return name;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // A leftover temporary file is not worth failing a finished validation for.
        }
    }
}
