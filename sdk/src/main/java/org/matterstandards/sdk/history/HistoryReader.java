package org.matterstandards.sdk.history;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.matterstandards.core.codetable.CodeTables;
import org.matterstandards.core.element.ElementCatalog;
import org.matterstandards.core.element.TierCheck;
import org.matterstandards.core.finding.Args;
import org.matterstandards.core.finding.Finding;
import org.matterstandards.core.i18n.Messages;
import org.matterstandards.core.model.RecordKind;
import org.matterstandards.core.profile.Profile;
import org.matterstandards.core.reference.ReferenceData;
import org.matterstandards.core.rule.FindingFactory;
import org.matterstandards.sdk.input.InputException;
import org.matterstandards.sdk.internal.ProfileOptions;
import org.matterstandards.sdk.MatterValidator;
import org.matterstandards.sdk.ValidationResult;

/**
 * Builds a {@link ListHistory} (构建清单历史) from list snapshots and list-change files: each file is read and validated
 * like {@code matter validate} does; a file of implementation items is a snapshot (its date given or in its name), a
 * file of list changes adds the decisions between snapshots. Records with structural errors take no part; their
 * findings are kept in the history's findings.
 *
 * <pre>{@code
 * HistoryReader reader = HistoryReader.builder().profile("longhu").build();
 * ListHistory history = reader.read(List.of(HistoryInput.of(Path.of("longhu-2026-09-30.json")),
 *         HistoryInput.of(Path.of("longhu-2026-11-30.json")), HistoryInput.of(Path.of("longhu-changes.json"))));
 * history.asOf(LocalDate.of(2026, 11, 30));
 * }</pre>
 *
 * <p>Immutable and thread-safe once built.
 */
public final class HistoryReader {

    private static final Set<RecordKind> KINDS = EnumSet.of(RecordKind.IMPLEMENTATION_ITEM, RecordKind.LIST_CHANGE);

    private final Profile profile;
    private final ReferenceData data;
    private final Locale locale;
    private final MatterValidator validator;
    private final TierCheck tierCheck;

    private HistoryReader(Profile profile, ReferenceData data, Locale locale) {
        this.profile = profile;
        this.data = data;
        this.locale = locale;
        this.validator = validatorAsOf(null);
        ElementCatalog catalog = data.elements().withProfile(profile);
        this.tierCheck = new TierCheck(catalog);
    }

    /** @return a builder with the national profile and zh-CN messages */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the effective profile */
    public Profile profile() {
        return profile;
    }

    /**
     * Reads the files and replays them.
     *
     * @param inputs snapshots and list-change files, in any order
     * @return the history
     * @throws InputException when a file cannot be read, holds no records, mixes record kinds, holds records of
     *                        another kind, or is a snapshot without a date
     */
    public ListHistory read(List<HistoryInput> inputs) {
        List<ListSnapshot> snapshots = new ArrayList<>();
        List<ValidationResult> changes = new ArrayList<>();
        for (HistoryInput input : inputs) {
            Path file = input.file();
            List<ValidationResult> results = validator.validateAll(file);
            if (results.isEmpty()) {
                throw new InputException("input.noRecords", Args.of("file", file.toString()), null);
            }
            RecordKind kind = kindOf(file, results);
            if (kind == RecordKind.LIST_CHANGE) {
                changes.addAll(results);
            } else {
                LocalDate date = input.snapshotDate().orElseThrow(() -> new InputException("history.noDate",
                        Args.of("file", file.toString()), null));
                snapshots.add(new ListSnapshot(date, file.toString(), results));
            }
        }
        return of(snapshots, changes);
    }

    /**
     * Replays snapshots and list changes already read (for records built in Java, validate them first or wrap them
     * in results without findings).
     *
     * @param snapshots the snapshots
     * @param changes   the list-change results
     * @return the history
     */
    public ListHistory of(List<ListSnapshot> snapshots, List<ValidationResult> changes) {
        Messages messages = Messages.of(locale);
        FindingFactory factory = new FindingFactory(validator.catalog(), profile, messages);
        HistoryEngine engine = new HistoryEngine(factory,
                data.codeTables().table(CodeTables.TASK_STATE, profile),
                data.codeTables().table(CodeTables.CHANGE_TYPE, profile));
        Map<String, ItemHistory> items = engine.run(snapshots, changes);
        List<Finding> findings = new ArrayList<>();
        for (ListSnapshot snapshot : snapshots) {
            structural(snapshot.records(), findings);
        }
        structural(changes, findings);
        findings.addAll(engine.findings());
        return new ListHistory(items, snapshots, changes, findings, tierCheck, this::validatorAsOf);
    }

    private static void structural(List<ValidationResult> results, List<Finding> findings) {
        for (ValidationResult result : results) {
            if (!result.skippedStages().isEmpty() || result.record() == null) {
                findings.addAll(result.findings());
            }
        }
    }

    private MatterValidator validatorAsOf(LocalDate date) {
        MatterValidator.Builder builder = MatterValidator.builder().profile(profile).referenceData(data)
                .locale(locale);
        return date == null ? builder.build() : builder.asOf(date).build();
    }

    private static RecordKind kindOf(Path file, List<ValidationResult> results) {
        RecordKind first = null;
        for (ValidationResult result : results) {
            RecordKind kind = result.kind();
            if (kind == null) {
                continue; // unreadable record: its findings say why
            }
            if (!KINDS.contains(kind) || (first != null && kind != first)) {
                throw new InputException("history.kind", Args.of("file", file.toString(),
                        "number", result.index() + 1, "kind", kind.id()), null);
            }
            first = kind;
        }
        if (first == null) {
            throw new InputException("input.noRecords", Args.of("file", file.toString()), null);
        }
        return first;
    }

    /** Configures a {@link HistoryReader}. */
    public static final class Builder {

        private final ProfileOptions options = new ProfileOptions();

        private Builder() {
        }

        /**
         * @param nameOrRegion a built-in profile name or division code
         * @return this builder
         */
        public Builder profile(String nameOrRegion) {
            options.profile(nameOrRegion);
            return this;
        }

        /**
         * @param effective a loaded profile
         * @return this builder
         */
        public Builder profile(Profile effective) {
            options.profile(effective);
            return this;
        }

        /**
         * @param language zh-CN (default) or en
         * @return this builder
         */
        public Builder locale(Locale language) {
            options.locale(language);
            return this;
        }

        /**
         * @param data reference data replacing {@link ReferenceData#forProfile(Profile)}
         * @return this builder
         */
        public Builder referenceData(ReferenceData data) {
            options.referenceData(data);
            return this;
        }

        /**
         * @return the reader
         * @throws org.matterstandards.core.MatterException when the profile is unknown or invalid
         */
        public HistoryReader build() {
            Profile effective = options.resolveProfile();
            return new HistoryReader(effective, options.referenceDataFor(effective), options.locale());
        }
    }
}
