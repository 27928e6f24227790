package org.matterstandards.sdk;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.matterstandards.core.builtin.BuiltInRules;
import org.matterstandards.core.finding.Args;
import org.matterstandards.core.finding.SourceLocation;
import org.matterstandards.core.i18n.Messages;
import org.matterstandards.core.model.MatterRecord;
import org.matterstandards.core.model.RecordKind;
import org.matterstandards.core.profile.Profile;
import org.matterstandards.core.profile.ProfileRegistry;
import org.matterstandards.core.reference.ReferenceData;
import org.matterstandards.core.rule.FindingFactory;
import org.matterstandards.core.rule.RuleCatalog;
import org.matterstandards.core.rule.RuleSet;
import org.matterstandards.sdk.input.InputFormat;
import org.matterstandards.sdk.input.InputRecord;
import org.matterstandards.sdk.input.KindDetector;
import org.matterstandards.sdk.input.RecordReader;
import org.matterstandards.sdk.input.internal.RecordTreeReader;
import org.matterstandards.sdk.io.internal.DeferredRecords;
import org.matterstandards.sdk.input.InputLimits;
import org.matterstandards.sdk.io.InputOptions;
import org.matterstandards.sdk.io.json.JsonRecordReader;
import org.matterstandards.sdk.io.RecordReaders;
import org.matterstandards.sdk.pipeline.CatalogElementLabeler;
import org.matterstandards.sdk.pipeline.ElementLabeler;
import org.matterstandards.sdk.pipeline.internal.ModelStage;
import org.matterstandards.sdk.input.InputException;
import org.matterstandards.sdk.internal.ProfileOptions;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Validates service-matter records (政务服务事项校验器): the facade of the library.
 *
 * <pre>{@code
 * MatterValidator validator = MatterValidator.builder()
 *         .profile("shantou")
 *         .locale(Messages.ZH_CN)
 *         .build();                                   // build once, share across threads
 * ValidationResult result = validator.validate(json); // one record
 * validator.validateAll(path, result -> ...);         // JSON, NDJSON, exchange rows, CSV or XLSX, streamed
 * }</pre>
 *
 * <p>Immutable and thread-safe once built: the compiled JSON Schemas, the JSON mapper and the rules are created once
 * (the schemas once per JVM, shared by every validator; the Bean Validation factory once per JVM, on first use).
 * Every input record yields exactly one {@link ValidationResult}, in input order; problems inside a record are
 * findings, never exceptions. Only an unreadable input as a whole raises {@link InputException}.
 */
public final class MatterValidator {

    /** The time zone of "today" when no as-of date is given: government deadlines run on Beijing time. */
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final Profile profile;
    private final Locale locale;
    private final RecordKind fixedKind;
    private final Clock clock;
    private final LocalDate asOf;
    private final RuleCatalog catalog;
    private final ObjectMapper mapper;
    private final RecordTreeReader treeReader;
    private final RecordPipeline pipeline;
    private final FindingFactory factory;
    private final ReferenceData referenceData;
    private final int threads;
    private final InputLimits limits;

    private MatterValidator(Builder builder, Profile profile, ReferenceData referenceData) {
        this.profile = profile;
        this.locale = builder.options.locale();
        this.fixedKind = builder.kind;
        this.clock = builder.clock;
        this.asOf = builder.asOf;
        this.threads = builder.threads;
        List<RuleSet> ruleSets = new ArrayList<>(BuiltInRules.ruleSets());
        ruleSets.addAll(builder.extraRuleSets);
        this.catalog = RuleCatalog.of(ruleSets);
        catalog.checkProfile(profile);
        referenceData.codeTables().checkProfile(profile);
        this.limits = InputLimits.forProfile(profile);
        StreamReadConstraints constraints = StreamReadConstraints.defaults();
        this.mapper = recordMapper(constraints);
        // validate(String) reads with the nesting limit in the parser, so that a record within the limits is read
        // in one pass, without a scan of its brackets first; every other stream limit stays the mapper's.
        this.treeReader = new RecordTreeReader(mapper, recordMapper(constraints.rebuild()
                .maxNestingDepth(limits.maxNestingDepth()).build()));
        this.factory = new FindingFactory(catalog, profile, Messages.of(locale));
        this.referenceData = referenceData;
        // Elements are named from the catalogue in force, which a profile may have replaced (reference.elements).
        ElementLabeler labeler = builder.labeler != null ? builder.labeler
                : new CatalogElementLabeler(referenceData.elements());
        this.pipeline = RecordPipeline.assemble(factory, catalog, profile, referenceData, mapper, labeler,
                builder.schemaStage, limits);
    }

    /** @return a builder with the national profile, zh-CN messages and kind detection */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the effective profile */
    public Profile profile() {
        return profile;
    }

    /** @return the locale of the rendered messages */
    public Locale locale() {
        return locale;
    }

    /** @return the reference data the rules use: the builder's, or the profile's ({@link ReferenceData#forProfile}) */
    public ReferenceData referenceData() {
        return referenceData;
    }

    /** @return every rule this validator knows */
    public RuleCatalog catalog() {
        return catalog;
    }

    /** @return the date checks are made for: the fixed as-of date, or today in Asia/Shanghai */
    public LocalDate asOf() {
        return asOf != null ? asOf : LocalDate.now(clock);
    }

    /** @return how many threads {@code validateAll} validates with (1: the calling thread alone) */
    public int threads() {
        return threads;
    }

    /**
     * A mapper for records: element names interned, so that they are the same instances as the schema screen's and
     * the model's names and every look-up by name (screen, binding, rules) is decided by identity; duplicate names
     * refused; the binding configuration of {@link ModelStage#configure}; parser buffers from {@link ParserBuffers}.
     */
    private static ObjectMapper recordMapper(StreamReadConstraints constraints) {
        return ModelStage.configure(JsonMapper.builder(JsonFactory.builder()
                                .enable(TokenStreamFactory.Feature.INTERN_PROPERTY_NAMES)
                                .recyclerPool(ParserBuffers.POOL)
                                .streamReadConstraints(constraints).build())
                        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION))
                .build();
    }

    /** @return the reading limits in force: the library's, changed by the profile's {@code limit.*} settings */
    public InputLimits limits() {
        return limits;
    }

    /** @return the JSON mapper the validator reads with (configured, thread-safe) */
    public ObjectMapper mapper() {
        return mapper;
    }

    /**
     * Starts a run over several inputs whose list rules (duplicates, links between lists) see every record.
     *
     * @return a new batch
     */
    public Batch batch() {
        return new Batch(this, factory, catalog.listRules(), profile, referenceData);
    }

    /**
     * Validates one record given as JSON text.
     *
     * @param json one JSON object
     * @return the result; malformed JSON is a finding, not an exception
     */
    public ValidationResult validate(String json) {
        Objects.requireNonNull(json, "json");
        JsonNode quick = json.length() <= limits.maxRecordChars() ? treeReader.readQuickly(json) : null;
        if (quick != null) {
            return validate(quick);     // within every limit the splitter checks: it would find nothing
        }
        Optional<InputRecord> beyond = JsonRecordReader.beyondLimits(json, limits);
        if (beyond.isPresent()) {
            return pipeline.validate(beyond.get(), fixedKind, asOf());
        }
        try {
            return validate(treeReader.read(json));
        } catch (JacksonException e) {
            InputRecord unreadable = new InputRecord.Unreadable(0, SourceLocation.UNKNOWN,
                    org.matterstandards.core.rule.StructureRules.MALFORMED_JSON, Args.of(
                            "line", e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                            "column", e.getLocation() == null ? 0 : e.getLocation().getColumnNr(),
                            "detail", e.getOriginalMessage()));
            return pipeline.validate(unreadable, fixedKind, asOf());
        }
    }

    /**
     * Validates one record given as a JSON tree.
     *
     * @param node the record; anything but an object is reported as such
     * @return the result
     */
    public ValidationResult validate(JsonNode node) {
        InputRecord input = node instanceof ObjectNode object
                ? new InputRecord.Parsed(0, SourceLocation.UNKNOWN, object)
                : new InputRecord.Unreadable(0, SourceLocation.UNKNOWN,
                        org.matterstandards.core.rule.StructureRules.NOT_AN_OBJECT,
                        Args.of("actual", node.getNodeType().name()));
        return pipeline.validate(input, kindOf(input), asOf());
    }

    /**
     * Validates one record already read from an input, at its place in that input: the hook for engines that read
     * and split inputs themselves (the Spark module reads lines with {@link JsonRecordReader#readText}). Gives the
     * same result as {@link #validateAll(RecordReader, Consumer)} gives that record.
     *
     * @param input the record as read, with its index and location
     * @param kind  the kind of its input (this validator's fixed kind, or the one detected from the input's first
     *              readable record), {@code null} when unknown
     * @return the result
     */
    public ValidationResult validate(InputRecord input, RecordKind kind) {
        return pipeline.validate(Objects.requireNonNull(input, "input"), fixedKind != null ? fixedKind : kind, asOf());
    }

    /**
     * The kind of an input as {@link #validateAll(RecordReader, Consumer)} decides it from the input's first readable
     * record: this validator's fixed kind, or the one detected from that record.
     *
     * @param firstReadable the input's first readable record
     * @return the kind, empty when it cannot be told
     */
    public Optional<RecordKind> detectKind(InputRecord.Parsed firstReadable) {
        return Optional.ofNullable(fixedKind != null ? fixedKind
                : KindDetector.detect(firstReadable.node()).orElse(null));
    }

    /**
     * Validates a model object built in Java.
     *
     * @param record the record
     * @return the result
     */
    public ValidationResult validate(MatterRecord record) {
        JsonNode tree = mapper.valueToTree(record);
        return validate(tree);
    }

    /**
     * Validates every record of a JSON array, NDJSON or single-object input, streaming with bounded memory.
     *
     * @param in         the input (UTF-8); not closed
     * @param sourceName the file name shown in locations
     * @param lines      {@code true} for NDJSON whatever the content
     * @param consumer   receives one result per record, in input order
     * @throws InputException when the input as a whole cannot be read
     */
    public void validateAll(InputStream in, String sourceName, boolean lines,
                            Consumer<? super ValidationResult> consumer) {
        JsonRecordReader reader = JsonRecordReader.open(mapper, new NonClosingInputStream(in), sourceName, lines,
                limits);
        try (reader) {
            validateAll(reader, consumer);
        }
    }

    /**
     * Validates every record a reader yields: the entry point for every input format, and for an embedder's own
     * reader. The record kind is the fixed one, or detected from the first readable record and kept for the input.
     * With {@link Builder#threads(int) threads(N)} above 1 the records are validated on N − 1 worker threads and on
     * this one, which reads and validates what the workers have not started when it would otherwise wait; the
     * consumer is still called on this thread, once per record, in input order.
     *
     * @param reader   the records, in canonical form; not closed
     * @param consumer receives one result per record, in input order
     * @throws InputException when the input as a whole cannot be read
     */
    public void validateAll(RecordReader reader, Consumer<? super ValidationResult> consumer) {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(consumer, "consumer");
        if (threads > 1) {
            try (ParallelValidation parallel = new ParallelValidation(pipeline::validate, threads,
                    ParallelValidation.defaultBudget(), consumer)) {
                validateAll(reader, parallel::submit, parallel::submit);
                parallel.drain();
            }
            return;
        }
        validateAll(reader, (input, kind, date) -> consumer.accept(pipeline.validate(input, kind, date)), null);
    }

    /**
     * Reads every record, settles its kind (fixed, or detected from the first readable record) and hands it on. With
     * a {@code later} task and a reader that can defer, each record after the one that settles the kind goes to it
     * unparsed, so that the worker validating it parses it and the reading thread only cuts records out.
     *
     * @param task  receives the records read and parsed here
     * @param later receives the records still to be parsed; {@code null} to parse every record here
     */
    private void validateAll(RecordReader reader, RecordTask task, DeferredTask later) {
        LocalDate date = asOf();
        RecordKind kind = fixedKind;
        boolean detected = fixedKind != null;
        while (!detected && reader.hasNext()) {
            InputRecord input = reader.next();
            if (input instanceof InputRecord.Parsed parsed) {
                kind = KindDetector.detect(parsed.node()).orElse(null);
                detected = true;
            }
            task.accept(input, kind, date);
        }
        if (later != null && reader instanceof DeferredRecords deferred) {
            for (DeferredRecords.Pending next = deferred.nextDeferred(); next != null; next = deferred.nextDeferred()) {
                later.accept(next, kind, date);
            }
            return;
        }
        while (reader.hasNext()) {
            task.accept(reader.next(), kind, date);
        }
    }

    /** A record still to be parsed, with its kind and date, to validate on another thread. */
    @FunctionalInterface
    private interface DeferredTask {
        void accept(DeferredRecords.Pending input, RecordKind kind, LocalDate date);
    }

    /** One read record with its kind and date, to validate now or on another thread. */
    @FunctionalInterface
    private interface RecordTask {
        void accept(InputRecord input, RecordKind kind, LocalDate date);
    }

    /**
     * Validates every record of a file in any supported format (JSON, NDJSON, exchange rows, CSV, XLSX), detected
     * from the file unless the options name it. Records stream with bounded memory; findings from CSV and XLSX
     * inputs name the sheet, row and column label of their cell.
     *
     * @param file     the file
     * @param options  format, encoding, companion files and where notices go
     * @param consumer receives one result per record, in input order
     * @return the format the file was read as
     * @throws InputException when the file is missing or cannot be read as a whole
     */
    public InputFormat validateAll(Path file, InputOptions options, Consumer<? super ValidationResult> consumer) {
        Objects.requireNonNull(options, "options");
        try (RecordReader reader = RecordReaders.open(file, options, mapper, fixedKind)) {
            validateAll(reader, consumer);
            return reader.format();
        } catch (java.io.UncheckedIOException e) {
            throw new InputException("input.unreadable", Args.of("file", file.toString(),
                    "detail", String.valueOf(e.getCause().getMessage())), e);
        }
    }

    /**
     * Validates every record of a file whose format is detected from its name and content.
     *
     * @param file     the file
     * @param consumer receives one result per record, in input order
     * @throws InputException when the file is missing or cannot be read as a whole
     */
    public void validateAll(Path file, Consumer<? super ValidationResult> consumer) {
        validateAll(file, InputOptions.defaults(), consumer);
    }

    /**
     * Validates every record of a file and returns all results (convenient for small files; use the streaming
     * variant for large ones).
     *
     * @param file the file
     * @return one result per record
     */
    public List<ValidationResult> validateAll(Path file) {
        List<ValidationResult> results = new ArrayList<>();
        validateAll(file, results::add);
        return results;
    }

    private RecordKind kindOf(InputRecord input) {
        if (fixedKind != null) {
            return fixedKind;
        }
        return input instanceof InputRecord.Parsed parsed ? KindDetector.detect(parsed.node()).orElse(null) : null;
    }

    /** Builds a {@link MatterValidator}. Not thread-safe; build once and share the result. */
    public static final class Builder {

        private final ProfileOptions options = new ProfileOptions();
        private RecordKind kind;
        private Clock clock = Clock.system(CHINA);
        private LocalDate asOf;
        private ElementLabeler labeler;
        private boolean schemaStage = true;
        private int threads = 1;
        private final List<RuleSet> extraRuleSets = new ArrayList<>();

        private Builder() {
        }

        /**
         * Uses a built-in profile.
         *
         * @param nameOrRegion profile name ({@code shantou}) or region code ({@code 440500})
         * @return this builder
         */
        public Builder profile(String nameOrRegion) {
            options.profile(nameOrRegion);
            return this;
        }

        /**
         * Uses a profile object (for example one loaded from a file with {@link ProfileRegistry#load(Path)}).
         *
         * @param profile the profile
         * @return this builder
         */
        public Builder profile(Profile profile) {
            options.profile(profile);
            return this;
        }

        /**
         * Sets the language of rendered messages; the JVM default is never used.
         *
         * @param locale zh-CN (default) or en
         * @return this builder
         */
        public Builder locale(Locale locale) {
            options.locale(locale);
            return this;
        }

        /**
         * Fixes the record kind instead of detecting it from each input.
         *
         * @param kind the kind, or {@code null} to detect
         * @return this builder
         */
        public Builder kind(RecordKind kind) {
            this.kind = kind;
            return this;
        }

        /**
         * Fixes the date deadlines are judged against (default: today in Asia/Shanghai).
         *
         * @param date the as-of date, or {@code null} for today
         * @return this builder
         */
        public Builder asOf(LocalDate date) {
            this.asOf = date;
            return this;
        }

        /**
         * Sets the clock "today" comes from when no as-of date is fixed (tests).
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Replaces the reference data (another province's divisions, a newer calendar year). Without it the validator
         * uses {@link ReferenceData#forProfile(Profile)}: the built-in data plus the files the profile names.
         *
         * @param data the reference data
         * @return this builder
         */
        public Builder referenceData(ReferenceData data) {
            options.referenceData(data);
            return this;
        }

        /**
         * Sets how elements are named in messages (default: from the element catalogue of the reference data).
         *
         * @param elementLabeler the labeler
         * @return this builder
         */
        public Builder labeler(ElementLabeler elementLabeler) {
            this.labeler = Objects.requireNonNull(elementLabeler, "elementLabeler");
            return this;
        }

        /**
         * Switches the schema stage (模式校验) on (default) or off. With it on, the published JSON Schemas check
         * structure and codes and the model stage only binds; with it off, the model's Bean Validation constraints
         * check the same things. Findings are the same either way (the agreement test proves it on a fixture corpus);
         * switch it off only to compare the stages or to measure them.
         *
         * @param enabled {@code false} to leave the structural checks to the model stage
         * @return this builder
         */
        public Builder schemaStage(boolean enabled) {
            this.schemaStage = enabled;
            return this;
        }

        /**
         * Sets how many threads {@code validateAll} validates with (多线程): the calling thread, which also reads
         * the input, and {@code count - 1} workers; results still reach the consumer one at a time, on the calling
         * thread, in input order. Default 1: a library starts no threads its host did not ask for (the CLI,
         * {@code matter validate}, uses one per processor, at most 4). Memory stays bounded with any count: what is
         * in flight is limited by records and by characters of record text, in proportion to the maximum heap.
         *
         * @param count 1 or more
         * @return this builder
         * @throws IllegalArgumentException when the count is below 1
         */
        public Builder threads(int count) {
            if (count < 1) {
                throw new IllegalArgumentException("threads must be at least 1: " + count);
            }
            this.threads = count;
            return this;
        }

        /**
         * Adds the embedder's own rules; their codes must not clash with built-in ones.
         *
         * @param ruleSet the rule set
         * @return this builder
         */
        public Builder addRuleSet(RuleSet ruleSet) {
            extraRuleSets.add(Objects.requireNonNull(ruleSet, "ruleSet"));
            return this;
        }

        /**
         * Builds the validator.
         *
         * @return the validator
         * @throws org.matterstandards.core.MatterException when the profile is unknown, overrides a locked rule or names
         *                                                  a reference-data file that cannot be used
         */
        public MatterValidator build() {
            Profile effective = options.resolveProfile();
            // Read once here, per validator; not stored in the builder, which may build for another profile next.
            return new MatterValidator(this, effective, options.referenceDataFor(effective));
        }
    }
}
