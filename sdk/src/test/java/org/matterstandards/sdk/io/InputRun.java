package org.matterstandards.sdk.io;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.matterstandards.core.finding.Finding;
import org.matterstandards.core.i18n.Messages;
import org.matterstandards.sdk.MatterValidator;
import org.matterstandards.sdk.ValidationResult;
import org.matterstandards.sdk.input.InputFormat;
import org.matterstandards.sdk.io.common.InputNotice;

/** Validates one file in a test and keeps what came out: results, notices and the format read. */
public final class InputRun {

    public static final MatterValidator VALIDATOR = MatterValidator.builder()
            .profile("shantou").locale(Messages.EN).asOf(LocalDate.of(2026, 11, 29)).build();

    public final List<ValidationResult> results = new ArrayList<>();
    public final List<InputNotice> notices = new ArrayList<>();
    public final InputFormat format;

    private InputRun(Path file, InputOptions.Builder options) {
        format = VALIDATOR.validateAll(file, options.notices(notices::add).build(), results::add);
    }

    public static InputRun of(Path file) {
        return new InputRun(file, InputOptions.builder());
    }

    public static InputRun of(Path file, Charset charset) {
        return new InputRun(file, InputOptions.builder().charset(charset));
    }

    public static InputRun of(Path file, InputOptions.Builder options) {
        return new InputRun(file, options);
    }

    /**
     * The findings an input adapter can cause: structure (SC) and codes (CD). Business rules (SM …) have their own
     * tests and grow over time; the rows built in these tests are not meant to satisfy every one of them.
     *
     * @return "record code pointer" per finding, records counted from 1
     */
    public List<String> findings() {
        List<String> lines = new ArrayList<>();
        for (ValidationResult result : results) {
            for (Finding finding : adapterFindings(result)) {
                lines.add((result.index() + 1) + " " + finding.code() + " " + finding.pointer());
            }
        }
        return lines;
    }

    /**
     * @param result a result
     * @return its SC and CD findings
     */
    public static List<Finding> adapterFindings(ValidationResult result) {
        return result.findings().stream()
                .filter(finding -> finding.domain().equals("SC") || finding.domain().equals("CD")).toList();
    }

    /** @return the findings of one code */
    public List<Finding> findings(String code) {
        List<Finding> found = new ArrayList<>();
        for (ValidationResult result : results) {
            for (Finding finding : result.findings()) {
                if (finding.code().equals(code)) {
                    found.add(finding);
                }
            }
        }
        return found;
    }

    /** @return the notice keys */
    public List<String> noticeKeys() {
        return notices.stream().map(InputNotice::key).toList();
    }
}
