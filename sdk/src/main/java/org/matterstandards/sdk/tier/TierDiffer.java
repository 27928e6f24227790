package org.matterstandards.sdk.tier;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.matterstandards.core.element.ChangeSet;
import org.matterstandards.core.element.ClaimCheck;
import org.matterstandards.core.element.ElementCatalog;
import org.matterstandards.core.finding.Args;
import org.matterstandards.core.finding.Finding;
import org.matterstandards.core.finding.RecordRef;
import org.matterstandards.core.finding.SourceLocation;
import org.matterstandards.core.finding.SuppressedFinding;
import org.matterstandards.core.i18n.Messages;
import org.matterstandards.core.model.ImplementationItem;
import org.matterstandards.core.model.MatterRecord;
import org.matterstandards.core.model.RecordKind;
import org.matterstandards.core.profile.Profile;
import org.matterstandards.core.reference.ReferenceData;
import org.matterstandards.core.rule.FindingFactory;
import org.matterstandards.core.rule.RecordFindings;
import org.matterstandards.core.rule.RuleDescriptor;
import org.matterstandards.core.rule.Stage;
import org.matterstandards.core.rule.el.TierFindings;
import org.matterstandards.sdk.input.InputException;
import org.matterstandards.sdk.internal.ProfileOptions;
import org.matterstandards.sdk.MatterValidator;
import org.matterstandards.sdk.ValidationResult;
import org.matterstandards.sdk.pipeline.CatalogElementLabeler;

/**
 * Checks a local implementation list against the upstream list it claims from (认领核对): reads and binds both files,
 * matches local items to upstream items, compares every claim element by element under the profile's element modes,
 * and returns the {@code EL} findings and the change set.
 *
 * <pre>{@code
 * TierDiffer differ = TierDiffer.builder().profile("longhu").locale(Messages.ZH_CN).build();
 * TierDiffResult result = differ.diff(Path.of("upstream-shantou.json"), Path.of("local-longhu.json"));
 * result.changeSet();                         // what to submit for 审核 / 备案
 * }</pre>
 *
 * <p>Only the structural findings of the two files (parse, schema and model stages) are kept, because a record that
 * cannot be read or bound cannot be compared; business rules are {@code matter validate}'s job. Immutable and
 * thread-safe once built.
 */
public final class TierDiffer {

    private static final Set<Stage> STRUCTURAL = EnumSet.of(Stage.PARSE, Stage.SCHEMA, Stage.MODEL);

    private final MatterValidator validator;
    private final ElementCatalog catalog;
    private final Messages messages;

    private TierDiffer(MatterValidator validator, ElementCatalog catalog) {
        this.validator = validator;
        this.catalog = catalog;
        this.messages = Messages.of(validator.locale());
    }

    /** @return a builder with the national profile and zh-CN messages */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the element catalogue in force, with the profile's reassignments */
    public ElementCatalog catalog() {
        return catalog;
    }

    /** @return the reference data in force */
    public ReferenceData referenceData() {
        return validator.referenceData();
    }

    /** @return the effective profile */
    public Profile profile() {
        return validator.profile();
    }

    /** @return the language of the messages */
    public Locale locale() {
        return validator.locale();
    }

    /**
     * Checks a local file against an upstream file (JSON array, NDJSON or one object each).
     *
     * @param upstream catalogue or implementation items of the higher tier
     * @param local    the local implementation items
     * @return the findings of both files and the change set
     * @throws InputException when a file cannot be read, holds no records, or holds records of the wrong kind
     */
    public TierDiffResult diff(Path upstream, Path local) {
        List<ValidationResult> upstreamResults = read(upstream);
        List<ValidationResult> localResults = read(local);
        requireKinds(upstream, upstreamResults, EnumSet.of(RecordKind.CATALOG_ITEM, RecordKind.IMPLEMENTATION_ITEM),
                "diff.upstreamKind");
        requireKinds(local, localResults, EnumSet.of(RecordKind.IMPLEMENTATION_ITEM), "diff.localKind");
        return compare(upstream.toString(), upstreamResults, local.toString(), localResults);
    }

    /**
     * Checks records built in Java; they are not validated, only compared.
     *
     * @param upstream catalogue or implementation items of the higher tier
     * @param local    the local implementation items
     * @return the findings and the change set; sources are named {@code upstream} and {@code local}
     * @throws IllegalArgumentException when an upstream record is neither a catalogue nor an implementation item
     */
    public TierDiffResult diff(List<? extends MatterRecord> upstream, List<ImplementationItem> local) {
        return compare("upstream", unvalidated(upstream), "local", unvalidated(local));
    }

    private List<ValidationResult> read(Path file) {
        List<ValidationResult> results = validator.validateAll(file);
        if (results.isEmpty()) {
            throw new InputException("input.noRecords", Args.of("file", file.toString()), null);
        }
        return results;
    }

    private static void requireKinds(Path file, List<ValidationResult> results, Set<RecordKind> allowed,
                                     String messageKey) {
        for (ValidationResult result : results) {
            if (result.kind() != null && !allowed.contains(result.kind())) {
                throw new InputException(messageKey, Args.of("file", file.toString(),
                        "number", result.index() + 1, "kind", result.kind().id()), null);
            }
        }
    }

    private static List<ValidationResult> unvalidated(List<? extends MatterRecord> records) {
        List<ValidationResult> results = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            MatterRecord record = Objects.requireNonNull(records.get(i), "record " + i);
            results.add(new ValidationResult(i, record.recordId(), RecordKind.of(record), SourceLocation.UNKNOWN,
                    List.of(), List.of(), List.of(), record));
        }
        return results;
    }

    private TierDiffResult compare(String upstreamSource, List<ValidationResult> upstream, String localSource,
                                   List<ValidationResult> local) {
        FindingFactory factory = new FindingFactory(validator.catalog(), validator.profile(), messages);
        List<Slot> upstreamSlots = slots(upstreamSource, upstream, factory);
        List<Slot> localSlots = slots(localSource, local, factory);
        Map<RecordRef, RecordFindings> findings = new IdentityHashMap<>();
        upstreamSlots.forEach(slot -> findings.put(slot.ref(), slot.findings()));
        localSlots.forEach(slot -> findings.put(slot.ref(), slot.findings()));
        ClaimCheck.Result claims = new ClaimCheck(catalog).check(bound(upstreamSlots), bound(localSlots));
        new TierFindings(catalog, messages).report(claims,
                (ref, code, pointer, arguments) -> findings.get(ref).report(code, pointer, arguments));
        return new TierDiffResult(validator.profile(), validator.locale(), upstreamSource, localSource,
                merge(upstreamSlots), merge(localSlots), claims, ChangeSet.of(claims));
    }

    /**
     * One input record during a check: its validation result, its reference for the list check and the collector
     * of its tier findings.
     */
    private record Slot(ValidationResult result, RecordRef ref, RecordFindings findings) {
    }

    private static List<Slot> slots(String source, List<ValidationResult> results, FindingFactory factory) {
        List<Slot> slots = new ArrayList<>();
        for (ValidationResult result : results) {
            slots.add(new Slot(result, new RecordRef(source, result.index(), result.recordId()),
                    new RecordFindings(factory, result.index(), result.recordId(), result.location())));
        }
        return slots;
    }

    /** The records that could be bound: only they take part in the comparison. */
    private static List<ClaimCheck.Entry> bound(List<Slot> slots) {
        List<ClaimCheck.Entry> entries = new ArrayList<>();
        for (Slot slot : slots) {
            // Only records whose structure is sound are compared; a half-read record would give false changes.
            if (slot.result().record() != null && !slot.result().skippedStages().contains(Stage.RULE)) {
                entries.add(new ClaimCheck.Entry(slot.ref(), slot.result().record()));
            }
        }
        return entries;
    }

    /** One result per record: the structural findings of reading it, then its tier findings. */
    private List<ValidationResult> merge(List<Slot> slots) {
        List<ValidationResult> merged = new ArrayList<>();
        for (Slot slot : slots) {
            ValidationResult result = slot.result();
            List<Finding> kept = new ArrayList<>(structural(result.findings()));
            kept.addAll(slot.findings().findings());
            List<SuppressedFinding> suppressed = new ArrayList<>();
            for (SuppressedFinding earlier : result.suppressed()) {
                if (isStructural(earlier.finding())) {
                    suppressed.add(earlier);
                }
            }
            suppressed.addAll(slot.findings().suppressed());
            merged.add(new ValidationResult(result.index(), result.recordId(), result.kind(), result.location(),
                    kept, suppressed, result.skippedStages(), result.record()));
        }
        return merged;
    }

    private List<Finding> structural(List<Finding> findings) {
        return findings.stream().filter(this::isStructural).toList();
    }

    private boolean isStructural(Finding finding) {
        return validator.catalog().descriptor(finding.code()).map(RuleDescriptor::stage).map(STRUCTURAL::contains)
                .orElse(false);
    }

    /** Builds a {@link TierDiffer}. Not thread-safe; build once and share the result. */
    public static final class Builder {

        private final MatterValidator.Builder validator = MatterValidator.builder();
        private final ProfileOptions options = new ProfileOptions();

        private Builder() {
        }

        /**
         * Uses a built-in profile.
         *
         * @param nameOrRegion profile name ({@code longhu}) or region code ({@code 440507})
         * @return this builder
         */
        public Builder profile(String nameOrRegion) {
            options.profile(nameOrRegion);
            return this;
        }

        /**
         * Uses a profile object, for example one loaded from a file.
         *
         * @param value the profile
         * @return this builder
         */
        public Builder profile(Profile value) {
            options.profile(value);
            return this;
        }

        /**
         * Sets the language of messages; the JVM default is never used.
         *
         * @param locale zh-CN (default) or en
         * @return this builder
         */
        public Builder locale(Locale locale) {
            validator.locale(locale);
            return this;
        }

        /**
         * Replaces the reference data, including the element catalogue ({@link ReferenceData#elements()}). Without it
         * the differ uses {@link ReferenceData#forProfile(Profile)}.
         *
         * @param data the reference data
         * @return this builder
         */
        public Builder referenceData(ReferenceData data) {
            options.referenceData(data);
            return this;
        }

        /**
         * Builds the differ.
         *
         * @return the differ
         * @throws org.matterstandards.core.MatterException when the profile is unknown, overrides a locked rule or
         *                                                  sets an element it cannot
         */
        public TierDiffer build() {
            Profile effective = options.resolveProfile();
            ReferenceData data = options.referenceDataFor(effective);
            ElementCatalog catalog = data.elements().withProfile(effective);
            MatterValidator built = validator.profile(effective).referenceData(data)
                    .labeler(new CatalogElementLabeler(catalog)).build();
            return new TierDiffer(built, catalog);
        }
    }
}
