package org.matterstandards.schemas;

import com.networknt.schema.AbsoluteIri;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.format.Format;
import com.networknt.schema.path.PathType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.matterstandards.core.code.CodeKind;
import org.matterstandards.core.model.RecordKind;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Validates JSON against the published schemas (模式校验器) with networknt json-schema-validator, draft 2020-12.
 *
 * <ul>
 *   <li>Compiled once per schema: {@link #of} compiles every schema at once, so that a broken text fails there;
 *       the built-in validators ({@link #builtIn()}, the shared instance for the schemas in this jar, and
 *       {@link #reference()}) compile a schema's screen when it is first used and networknt's form when the screen
 *       first refuses a value, because a run usually meets one record kind of the five, mostly valid records, and
 *       compiling everything was a fifth of the command line's start-up. Either way, validation does no loading once
 *       a schema is compiled, and a schema that does not compile fails every validation that needs it with the same
 *       exception.</li>
 *   <li>No network, ever: a {@code $ref} can only reach the schemas handed to the constructor (read from the
 *       classpath); any other address, {@code http:} or not, is refused before anything is opened.</li>
 *   <li>Format assertions are on, and the code formats ({@code uscc}, {@code task-code} …) are checked with core's
 *       check-digit code ({@link CodeFormats}).</li>
 *   <li>Errors come back as {@link SchemaViolation}s with {@code SC-}/{@code CD-} codes and JSON Pointers.</li>
 *   <li>Fast on valid records: a single-pass screen compiled from the same documents ({@link SchemaScreen}) passes
 *       the records that certainly have no violation; networknt walks only the others, and of those only the elements
 *       the screen does not pass by themselves, so the violations are always networknt's.
 *       {@link #reference()} is the same validator without the screen, the reference of the agreement test
 *       (docs/decisions/0004-schema-screen.md).</li>
 * </ul>
 * Immutable and thread-safe.
 */
public final class SchemaValidator {

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private final Set<MatterSchema> known;
    private final Map<String, String> textsById = new LinkedHashMap<>();
    private final Map<String, JsonNode> documents = new LinkedHashMap<>();
    /** The fast path for valid records; {@code null} in the reference validator. */
    private final PerSchema<SchemaScreen> screens;
    /** networknt's compiled schemas, needed only for the values the screen does not pass. */
    private final PerSchema<Schema> compiled;
    private final ViolationMapper mapper;

    /**
     * A validator that compiles each schema on first use (package-private for the tests of that).
     *
     * @param texts    schema texts by schema, parsed here (a text that is no JSON fails here)
     * @param screened {@code false} for networknt alone
     */
    SchemaValidator(Map<MatterSchema, String> texts, boolean screened) {
        Set<MatterSchema> schemas = EnumSet.noneOf(MatterSchema.class);
        schemas.addAll(texts.keySet());
        this.known = Collections.unmodifiableSet(schemas);
        for (Map.Entry<MatterSchema, String> entry : texts.entrySet()) {
            textsById.put(entry.getKey().id(), entry.getValue());
            documents.put(entry.getKey().id(), parse(entry.getKey(), entry.getValue()));
        }
        this.screens = screened ? new PerSchema<>(known, schema -> new SchemaScreen(documents, EnumSet.of(schema)))
                : null;
        this.compiled = new PerSchema<>(known, this::compile);
        this.mapper = new ViolationMapper(new SchemaDocuments(documents));
    }

    /**
     * The validator for the schemas in this jar, built on first use and shared (one per class loader).
     *
     * @return the shared validator
     */
    public static SchemaValidator builtIn() {
        return BuiltIn.INSTANCE;
    }

    /**
     * The built-in schemas validated by networknt alone, on every value: slower, and the reference the screened
     * validator is proven equal to.
     *
     * @return the shared reference validator
     */
    public static SchemaValidator reference() {
        return Reference.INSTANCE;
    }

    /**
     * A validator for other texts of the published schemas, for example a variant made for a benchmark or a test.
     * Every schema a text refers to must be among the texts.
     *
     * @param texts schema texts by the schema whose {@code $id} they carry
     * @return the validator
     * @throws com.networknt.schema.SchemaException when a schema does not compile or refers to an unknown schema
     */
    public static SchemaValidator of(Map<MatterSchema, String> texts) {
        SchemaValidator validator = new SchemaValidator(new EnumMap<>(Objects.requireNonNull(texts, "texts")), true);
        // networknt's forms first, as before the screens were compiled lazily: a broken text fails with its error.
        for (MatterSchema schema : validator.known) {
            validator.compiled.get(schema);
        }
        for (MatterSchema schema : validator.known) {
            validator.screens.get(schema);
        }
        return validator;
    }

    /**
     * Validates a JSON value against one schema.
     *
     * @param schema   the schema
     * @param instance the JSON value, usually one record
     * @return the violations, sorted by pointer; empty when the value is valid
     * @throws IllegalArgumentException when this validator was built without that schema
     */
    public List<SchemaViolation> validate(MatterSchema schema, JsonNode instance) {
        if (screens == null) {
            return mapper.map(compiled.get(schema).validate(instance));
        }
        SchemaScreen screen = screens.get(schema);
        if (screen.passes(schema, instance)) {
            return List.of();
        }
        SchemaScreen.Remainder remainder = screen.remainder(schema, instance);
        return mapper.map(remainder.violationsOfWhole(compiled.get(schema).validate(remainder.instance())));
    }

    /**
     * Validates a record against its kind's schema.
     *
     * @param kind   the record kind
     * @param record the record
     * @return the violations, sorted by pointer; empty when the record is structurally valid
     */
    public List<SchemaViolation> validate(RecordKind kind, JsonNode record) {
        return validate(MatterSchema.of(kind), record);
    }

    /** @return the schemas this validator knows */
    public List<MatterSchema> schemas() {
        return new ArrayList<>(known);
    }

    /**
     * Compiles one schema with networknt. Each schema gets a registry of its own, so that no networknt object is
     * shared between a schema being compiled and one already validating on another thread.
     */
    private Schema compile(MatterSchema schema) {
        Schema loaded = registry(textsById).getSchema(SchemaLocation.of(schema.id()));
        // Resolve every $ref now rather than on the first record.
        loaded.initializeValidators();
        return loaded;
    }

    private static SchemaRegistry registry(Map<String, String> byId) {
        List<Format> formats = new ArrayList<>();
        for (CodeKind kind : CodeKind.values()) {
            formats.add(new CodeKindFormat(kind));
        }
        Dialect dialect = Dialect.builder(Dialects.getDraft202012()).formats(formats).build();
        SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                .formatAssertionsEnabled(true)
                .pathType(PathType.JSON_POINTER)
                // networknt's own messages are not shown to users, but never let them follow the JVM's locale.
                .locale(Locale.ENGLISH)
                .build();
        return SchemaRegistry.withDialect(dialect, builder -> builder
                .schemaRegistryConfig(config)
                .schemaLoader(loader -> loader
                        .resourceLoaders(resources -> resources.resources(byId))
                        .allow(iri -> byId.containsKey(withoutFragment(iri)))
                        .fetchRemoteResources(false)));
    }

    private static String withoutFragment(AbsoluteIri iri) {
        String text = iri.toString();
        int hash = text.indexOf('#');
        return hash < 0 ? text : text.substring(0, hash);
    }

    private static JsonNode parse(MatterSchema schema, String text) {
        try {
            return MAPPER.readTree(text);
        } catch (JacksonException e) {
            throw new IllegalStateException("schema " + schema.fileName() + " is not valid JSON: "
                    + e.getOriginalMessage(), e);
        }
    }

    /** Holder idiom: the built-in validator is created on first use, once, without locking afterwards. */
    private static final class BuiltIn {
        static final SchemaValidator INSTANCE = new SchemaValidator(builtInTexts(), true);
    }

    /** Holder of the reference validator, built only when a test or a comparison asks for it. */
    private static final class Reference {
        static final SchemaValidator INSTANCE = new SchemaValidator(builtInTexts(), false);
    }

    private static Map<MatterSchema, String> builtInTexts() {
        Map<MatterSchema, String> texts = new EnumMap<>(MatterSchema.class);
        for (MatterSchema schema : MatterSchema.values()) {
            texts.put(schema, schema.text());
        }
        return texts;
    }
}
