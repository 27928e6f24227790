package org.matterstandards.sdk;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.matterstandards.core.finding.Finding;
import org.matterstandards.core.finding.RecordRef;
import org.matterstandards.core.finding.Suppression;
import org.matterstandards.core.profile.Profile;
import org.matterstandards.core.reference.ReferenceData;
import org.matterstandards.core.rule.FindingFactory;
import org.matterstandards.core.rule.ListRule;
import org.matterstandards.core.rule.Stage;
import org.matterstandards.sdk.input.InputFormat;
import org.matterstandards.sdk.io.InputOptions;
import org.matterstandards.sdk.input.InputException;

/**
 * One validation run over several inputs (批量校验), for the checks that need to see every record: duplicates,
 * links between lists (an implementation item's intermediary services must be on the intermediary list), claims.
 *
 * <p>Add inputs one after another; each record's own result is streamed at once, as with
 * {@link MatterValidator#validateAll(Path, Consumer)}. {@link #finish()} then runs the list rules and returns their
 * findings, each naming its record, so that a report can attach them. Not thread-safe; one batch per run.
 *
 * <pre>{@code
 * MatterValidator.Batch batch = validator.batch();
 * batch.add(Path.of("intermediary-services.json"), report::add);
 * batch.add(Path.of("items.json"), report::add);
 * report.addListFindings(batch.finish());
 * }</pre>
 */
public final class Batch {

    /**
     * A finding of a list rule, with the record it belongs to.
     *
     * @param record    the record (file, index, id)
     * @param finding   the finding
     * @param suppression the profile's suppression that covers it, {@code null} when the finding stands
     */
    public record ListFinding(RecordRef record, Finding finding, Suppression suppression) {

        /** @return {@code true} when the profile suppresses this finding */
        public boolean suppressed() {
            return suppression != null;
        }
    }

    private final MatterValidator validator;
    private final FindingFactory factory;
    private final List<ListRule.Check> checks = new ArrayList<>();
    private boolean finished;

    Batch(MatterValidator validator, FindingFactory factory, List<ListRule> rules, Profile profile,
          ReferenceData referenceData) {
        this.validator = validator;
        this.factory = factory;
        for (ListRule rule : rules) {
            checks.add(rule.start(profile, referenceData));
        }
    }

    /**
     * Validates a file of the run.
     *
     * @param file     the file
     * @param consumer receives one result per record, in input order
     * @throws InputException when the file as a whole cannot be read
     */
    public void add(Path file, Consumer<? super ValidationResult> consumer) {
        add(file, InputOptions.defaults(), consumer);
    }

    /**
     * Validates a file of the run in any supported format.
     *
     * @param file     the file
     * @param options  format, encoding, companion files and where notices go
     * @param consumer receives one result per record, in input order
     * @return the format the file was read as
     * @throws InputException when the file as a whole cannot be read
     */
    public InputFormat add(Path file, InputOptions options, Consumer<? super ValidationResult> consumer) {
        requireOpen();
        return validator.validateAll(file, options, result -> see(file.toString(), result, consumer));
    }

    /**
     * Validates a stream of the run.
     *
     * @param in         the input (UTF-8); not closed
     * @param sourceName the name shown in locations and findings
     * @param lines      {@code true} for NDJSON whatever the content
     * @param consumer   receives one result per record, in input order
     * @throws InputException when the input as a whole cannot be read
     */
    public void add(InputStream in, String sourceName, boolean lines, Consumer<? super ValidationResult> consumer) {
        requireOpen();
        validator.validateAll(in, sourceName, lines, result -> see(sourceName, result, consumer));
    }

    private void see(String source, ValidationResult result, Consumer<? super ValidationResult> consumer) {
        // Only records whose structure is sound take part: a half-bound record would produce false links.
        if (result.record() != null && !result.skippedStages().contains(Stage.RULE)) {
            RecordRef ref = new RecordRef(source, result.index(), result.recordId());
            for (ListRule.Check check : checks) {
                check.accept(ref, result.record());
            }
        }
        consumer.accept(result);
    }

    /**
     * Runs the list rules over everything added.
     *
     * @return their findings, in rule order
     * @throws IllegalStateException when called twice
     */
    public List<ListFinding> finish() {
        requireOpen();
        finished = true;
        List<ListFinding> findings = new ArrayList<>();
        for (ListRule.Check check : checks) {
            check.finish((RecordRef ref, String code, String pointer, Map<String, ?> arguments) -> {
                Finding finding = factory.create(code, pointer, ref.index(), ref.recordId(), arguments, null);
                findings.add(new ListFinding(ref, finding, factory.suppression(finding).orElse(null)));
            });
        }
        return findings;
    }

    private void requireOpen() {
        if (finished) {
            throw new IllegalStateException("this batch is finished; start a new one with MatterValidator.batch()");
        }
    }
}
