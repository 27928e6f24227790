package org.matterstandards.benchmarks;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.matterstandards.core.builtin.BuiltInRules;
import org.matterstandards.core.i18n.Messages;
import org.matterstandards.core.model.MatterRecord;
import org.matterstandards.core.model.RecordKind;
import org.matterstandards.core.profile.ProfileRegistry;
import org.matterstandards.core.rule.FindingFactory;
import org.matterstandards.core.rule.RecordFindings;
import org.matterstandards.schemas.MatterSchema;
import org.matterstandards.schemas.SchemaValidator;
import org.matterstandards.sdk.pipeline.ElementLabeler;
import org.matterstandards.sdk.pipeline.internal.ModelStage;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * How should the schema stage and the model stage share the structural checks (结构校验的分工)? Measures the parts
 * and the three ways to combine them on a valid record (the common case), in one JVM, so the ratios compare like
 * with like:
 * <ul>
 *   <li>A, the default: full schema, then binding only;</li>
 *   <li>B: a schema with only types and unknown elements, then binding and Bean Validation;</li>
 *   <li>naive: full schema, then binding and Bean Validation (every constraint twice).</li>
 * </ul>
 * Run: {@code mvn -B -Pbenchmarks -Dquick -DskipTests -pl benchmarks -am package && java -jar
 * benchmarks/target/benchmarks.jar StructureStages}. Results and the decision: docs/decisions/0002.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class StructureStagesBenchmark {

    /** Keywords that only constrain values; what is left checks JSON types and unknown elements. */
    private static final List<String> CONSTRAINTS = List.of(
            "required", "minLength", "maxLength", "pattern", "format", "minimum", "maximum", "minItems");

    /** The record kind: the largest and the smallest record schema. */
    @Param({"implementation-item", "list-change"})
    public String kind;

    private RecordKind recordKind;
    private ObjectNode record;
    private FindingFactory factory;
    private SchemaStage fullSchema;
    private SchemaStage typesOnlySchema;
    private ModelStage modelStage;
    private ValidatorFactory beanValidation;

    /** Builds everything once, as {@code MatterValidator} does. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        recordKind = RecordKind.fromId(kind).orElseThrow();
        ObjectMapper mapper = ModelStage.configure(JsonMapper.builder()).build();
        // Not getClass(): JMH runs a generated subclass in another package.
        try (InputStream in = StructureStagesBenchmark.class.getResourceAsStream(kind + ".json")) {
            record = (ObjectNode) mapper.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        Messages messages = Messages.of(Messages.ZH_CN);
        factory = new FindingFactory(BuiltInRules.catalog(), ProfileRegistry.builtIn().get("national"), messages);
        fullSchema = new SchemaStage(SchemaValidator.builtIn(), ElementLabeler.POINTER, messages);
        typesOnlySchema = new SchemaStage(typesOnlyValidator(mapper), ElementLabeler.POINTER, messages);
        beanValidation = Validation.byProvider(HibernateValidator.class).configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory();
        modelStage = new ModelStage(mapper, beanValidation.getValidator(), ElementLabeler.POINTER, messages);
        check();
    }

    /** Closes Bean Validation. */
    @TearDown(Level.Trial)
    public void tearDown() {
        beanValidation.close();
    }

    /** @return findings of the full schema alone */
    @Benchmark
    public RecordFindings schemaFull() {
        RecordFindings findings = findings();
        fullSchema.apply(record, recordKind, findings);
        return findings;
    }

    /** @return findings of the types-only schema alone */
    @Benchmark
    public RecordFindings schemaTypesOnly() {
        RecordFindings findings = findings();
        typesOnlySchema.apply(record, recordKind, findings);
        return findings;
    }

    /** @return the record, bound without Bean Validation */
    @Benchmark
    public MatterRecord bindOnly() {
        return modelStage.bind(record, recordKind, findings());
    }

    /** @return the record, bound and checked by Bean Validation (the model stage without a schema stage) */
    @Benchmark
    public MatterRecord bindAndBeanValidation() {
        return modelStage.apply(record, recordKind, findings());
    }

    /** @return plan A, the default path: full schema, then binding only */
    @Benchmark
    public MatterRecord planA_fullSchemaThenBind() {
        RecordFindings findings = findings();
        fullSchema.apply(record, recordKind, findings);
        return modelStage.bind(record, recordKind, findings);
    }

    /** @return plan B: types-only schema, then binding and Bean Validation */
    @Benchmark
    public MatterRecord planB_typesSchemaThenBindAndBeanValidation() {
        RecordFindings findings = findings();
        typesOnlySchema.apply(record, recordKind, findings);
        return modelStage.apply(record, recordKind, findings);
    }

    /** @return the naive path: full schema, then binding and Bean Validation (every constraint twice) */
    @Benchmark
    public MatterRecord naive_fullSchemaThenBindAndBeanValidation() {
        RecordFindings findings = findings();
        fullSchema.apply(record, recordKind, findings);
        return modelStage.apply(record, recordKind, findings);
    }

    private RecordFindings findings() {
        return new RecordFindings(factory, 0, null, null);
    }

    /** The benchmark is only meaningful on a valid record: fail fast otherwise. */
    private void check() {
        RecordFindings findings = findings();
        fullSchema.apply(record, recordKind, findings);
        typesOnlySchema.apply(record, recordKind, findings);
        if (modelStage.apply(record, recordKind, findings) == null || !findings.findings().isEmpty()) {
            throw new IllegalStateException("benchmark record is not valid: " + findings.findings());
        }
    }

    private static SchemaValidator typesOnlyValidator(ObjectMapper mapper) {
        Map<MatterSchema, String> texts = new EnumMap<>(MatterSchema.class);
        for (MatterSchema schema : MatterSchema.values()) {
            JsonNode tree = mapper.readTree(schema.text());
            if (schema.generated()) {
                strip(tree);
            }
            texts.put(schema, mapper.writeValueAsString(tree));
        }
        return SchemaValidator.of(texts);
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode object) {
            CONSTRAINTS.forEach(object::remove);
            object.values().forEach(StructureStagesBenchmark::strip);
        } else if (node != null && node.isArray()) {
            node.values().forEach(StructureStagesBenchmark::strip);
        }
    }
}
