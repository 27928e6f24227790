package org.matterstandards.benchmarks;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.matterstandards.core.i18n.Messages;
import org.matterstandards.core.model.MatterRecord;
import org.matterstandards.core.model.RecordKind;
import org.matterstandards.core.rule.FindingFactory;
import org.matterstandards.core.rule.RecordFindings;
import org.matterstandards.examples.ImplementationItemGenerator;
import org.matterstandards.schemas.SchemaValidator;
import org.matterstandards.sdk.MatterValidator;
import org.matterstandards.sdk.ValidationResult;
import org.matterstandards.sdk.input.internal.RecordTreeReader;
import org.matterstandards.sdk.pipeline.CatalogElementLabeler;
import org.matterstandards.sdk.pipeline.ElementLabeler;
import org.matterstandards.sdk.pipeline.internal.ModelStage;
import org.matterstandards.sdk.pipeline.internal.RecordValueCheck;
import org.matterstandards.sdk.pipeline.internal.RuleStage;
import org.matterstandards.sdk.pipeline.internal.SchemaStage;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * How fast is validation against plain Jackson on the same bytes (校验吞吐量)? Every benchmark handles one record
 * per call, going round a fixed set of generated Shantou implementation items (profile shantou, 4% with one
 * deliberate mistake) of two sizes: the generator's (≈2 KB) and realistic long ones (≈11–12 KB):
 * <ul>
 *   <li>{@code tokenScan}: Jackson's tokenizer over the text, nothing built — the floor;</li>
 *   <li>{@code readTree}: Jackson {@code readTree} of the text — the yardstick every figure is a ratio to;</li>
 *   <li>{@code validate}: {@link MatterValidator#validate(String)}, the default pipeline;</li>
 *   <li>{@code validateWithoutSchemaStage}: the same with {@code schemaStage(false)};</li>
 *   <li>{@code stage*}: each stage alone, on records parsed (and bound) beforehand.</li>
 * </ul>
 * Run everything, with the interleaved harness and JMH: {@code benchmarks/run} (docs/performance.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m"})
public class PipelineBenchmark {

    /** How many distinct records the benchmarks go round. */
    static final int RECORDS = 256;

    /** The date checks are made for: fixed, so that every run sees the same findings. */
    static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);

    /** The record size: the generator's or realistic long records. */
    @Param({"generator", "long"})
    public String size;

    private final ObjectMapper plain = JsonMapper.builder().build();
    private String[] texts;
    private ObjectNode[] nodes;
    private MatterRecord[] records;
    private MatterValidator validator;
    private MatterValidator withoutSchemaStage;
    private FindingFactory factory;
    private SchemaStage schemaStage;
    private ModelStage modelStage;
    private RuleStage ruleStage;
    private RecordTreeReader treeReader;
    private RecordValueCheck valueCheck;
    private int next;

    /** Generates the records and builds the validators and stages once. */
    @Setup(Level.Trial)
    public void setUp() {
        StringWriter out = new StringWriter();
        ImplementationItemGenerator.write(RECORDS, 0.04, ImplementationItemGenerator.SEED, size.equals("long"), out);
        texts = out.toString().split("\n");
        validator = MatterValidator.builder().profile("shantou").asOf(AS_OF).build();
        withoutSchemaStage = MatterValidator.builder().profile("shantou").asOf(AS_OF).schemaStage(false).build();
        Messages messages = Messages.of(validator.locale());
        factory = new FindingFactory(validator.catalog(), validator.profile(), messages);
        ElementLabeler labeler = new CatalogElementLabeler(validator.referenceData().elements());
        schemaStage = new SchemaStage(SchemaValidator.builtIn(), labeler, messages);
        modelStage = new ModelStage(validator.mapper(), null, labeler, messages);
        ruleStage = new RuleStage(validator.catalog(), validator.profile(), validator.referenceData());
        treeReader = new RecordTreeReader(validator.mapper());
        valueCheck = new RecordValueCheck(validator.limits());
        nodes = new ObjectNode[texts.length];
        records = new MatterRecord[texts.length];
        for (int i = 0; i < texts.length; i++) {
            nodes[i] = (ObjectNode) validator.mapper().readTree(texts[i]);
            records[i] = modelStage.bindForCounting(nodes[i], RecordKind.IMPLEMENTATION_ITEM);
        }
    }

    /** @return the mean size of a record in UTF-8 bytes */
    double bytesPerRecord() {
        long bytes = 0;
        for (String text : texts) {
            bytes += text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        }
        return (double) bytes / texts.length;
    }

    private int index() {
        int index = next;
        next = index + 1 == texts.length ? 0 : index + 1;
        return index;
    }

    /** @return the number of tokens of one record */
    @Benchmark
    public int tokenScan() {
        int tokens = 0;
        try (JsonParser parser = plain.createParser(texts[index()])) {
            while (parser.nextToken() != null) {
                tokens++;
            }
        }
        return tokens;
    }

    /** @return one record read as a tree by a plain mapper */
    @Benchmark
    public JsonNode readTree() {
        return plain.readTree(texts[index()]);
    }

    /** @return the default pipeline's result for one record */
    @Benchmark
    public ValidationResult validate() {
        return validator.validate(texts[index()]);
    }

    /** @return the result without the schema stage (the model's constraints check the structure) */
    @Benchmark
    public ValidationResult validateWithoutSchemaStage() {
        return withoutSchemaStage.validate(texts[index()]);
    }

    /** @return one record parsed as {@code validate(String)} parses it (duplicate names refused): the parse stage alone */
    @Benchmark
    public JsonNode stageParse() {
        return treeReader.read(texts[index()]);
    }

    /** @return the value check of one parsed record (limits and characters, before every other stage) */
    @Benchmark
    public RecordValueCheck.Checked stageValues() {
        return valueCheck.apply(nodes[index()]);
    }

    /** @return the schema stage's findings for one parsed record */
    @Benchmark
    public RecordFindings stageSchema() {
        RecordFindings findings = findings();
        schemaStage.apply(nodes[index()], RecordKind.IMPLEMENTATION_ITEM, findings);
        return findings;
    }

    /** @return one parsed record bound to the model (the model stage of the default path) */
    @Benchmark
    public MatterRecord stageBind() {
        return modelStage.bind(nodes[index()], RecordKind.IMPLEMENTATION_ITEM, findings());
    }

    /** @return the rule stage's findings for one bound record */
    @Benchmark
    public RecordFindings stageRules() {
        RecordFindings findings = findings();
        MatterRecord record = records[index()];
        if (record != null) {
            ruleStage.apply(record, AS_OF, findings);
        }
        return findings;
    }

    private RecordFindings findings() {
        return new RecordFindings(factory, 0, null, null);
    }
}
