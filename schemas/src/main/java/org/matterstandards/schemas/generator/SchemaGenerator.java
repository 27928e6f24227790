package org.matterstandards.schemas.generator;

import jakarta.validation.Constraint;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.matterstandards.core.code.CodeKind;
import org.matterstandards.core.finding.Severity;
import org.matterstandards.core.model.RecordKind;
import org.matterstandards.core.model.constraint.CodeFormat;
import org.matterstandards.core.model.constraint.MaxLength;
import org.matterstandards.core.model.constraint.Range;
import org.matterstandards.core.model.constraint.Required;
import org.matterstandards.core.rule.Stage;
import org.matterstandards.schemas.BlankText;
import org.matterstandards.schemas.CodeFormats;
import org.matterstandards.schemas.MatterSchema;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generates the record schemas and {@code defs.schema.json} from the model (由模型生成 JSON 模式).
 *
 * <p>Each component of a model record becomes a property, in declaration order:
 * <ul>
 *   <li>{@code String} → {@code "type": "string"}; {@code @MaxLength(n)} → {@code maxLength} (JSON Schema counts code
 *       points, as the model does); {@code @CodeFormat(kind)} → {@code $ref} to the code's definition, which carries
 *       the code's {@code pattern} and custom {@code format};</li>
 *   <li>{@code Integer} → {@code integer}, with {@code @Range} as {@code minimum}/{@code maximum};
 *       {@code Boolean} → {@code boolean}; {@code LocalDate} → {@code string} with {@code "format": "date"};</li>
 *   <li>{@code List<String>} → array of strings; {@code List<R>} of a model record → array of {@code $ref} to R's
 *       definition in {@code defs.schema.json};</li>
 *   <li>{@code @Required} → listed in {@code required}, and not empty: {@code minLength: 1} and a "not blank"
 *       {@code pattern} for text, {@code minItems: 1} for lists; an element without it also accepts {@code null}
 *       (the model binds {@code null} as absent);</li>
 *   <li>every object has {@code additionalProperties: false} and every property a Chinese {@code title} and
 *       {@code description} from {@link ElementTitles}.</li>
 * </ul>
 * A component of another type, or a constraint annotation the generator does not know, stops the generation with an
 * exception, so the schemas cannot silently fall behind the model. Output is deterministic (same input, same bytes,
 * {@code \n} line ends). Immutable and thread-safe.
 */
public final class SchemaGenerator {

    /** The meta-schema of every generated schema. */
    public static final String DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema";

    private static final String DEFS_FILE = MatterSchema.DEFS.fileName();
    private static final Set<Class<? extends Annotation>> KNOWN_CONSTRAINTS =
            Set.of(Required.class, MaxLength.class, Range.class, CodeFormat.class);
    /** Rule codes {@code DOMAIN-NNNN} (ARCHITECTURE §6); the domains are those of {@code RuleDescriptor}. */
    private static final String RULE_CODE = "^(SC|CD|CT|SM|PW|EL|IM|FL|SYS)-[0-9]{4}$";
    /** RFC 6901: empty, or reference tokens each introduced by "/" with "~" escaped as "~0" or "~1". */
    private static final String JSON_POINTER = "^(/([^~/]|~[01])*)*$";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectWriter WRITER = JsonMapper.builder().build().writer().with(new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance()
                    .withObjectNameValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n")));

    private final ElementTitles titles;

    /**
     * @param titles where Chinese titles and descriptions come from
     */
    public SchemaGenerator(ElementTitles titles) {
        this.titles = Objects.requireNonNull(titles, "titles");
    }

    /** @return a generator with the built-in titles */
    public static SchemaGenerator builtIn() {
        return new SchemaGenerator(ElementTitles.builtIn());
    }

    /**
     * Generates every schema that is generated from the model ({@link MatterSchema#generated()}).
     *
     * @return the schema texts, in {@link MatterSchema} order
     * @throws IllegalStateException when the model has a component the generator cannot express, or one without a
     *                               title
     */
    public Map<MatterSchema, String> generateAll() {
        Map<MatterSchema, String> texts = new EnumMap<>(MatterSchema.class);
        for (MatterSchema schema : MatterSchema.values()) {
            if (schema.generated()) {
                texts.put(schema, generate(schema));
            }
        }
        return texts;
    }

    /**
     * Generates one schema.
     *
     * @param schema a generated schema
     * @return its text, ending with a line feed
     * @throws IllegalArgumentException for a schema written by hand
     */
    public String generate(MatterSchema schema) {
        if (!schema.generated()) {
            throw new IllegalArgumentException(schema.fileName() + " is written by hand, not generated");
        }
        ObjectNode root = schema == MatterSchema.DEFS ? defs() : record(schema.kind().orElseThrow());
        return WRITER.writeValueAsString(root) + "\n";
    }

    private ObjectNode record(RecordKind kind) {
        MatterSchema schema = MatterSchema.of(kind);
        ObjectNode root = header(schema, kind.modelType());
        objectBody(root, kind.modelType(), DEFS_FILE);
        return root;
    }

    private ObjectNode defs() {
        ObjectNode root = header(MatterSchema.DEFS, null);
        ObjectNode defs = root.putObject("$defs");
        for (CodeKind kind : CodeKind.values()) {
            ElementTitle title = titles.code(kind).orElseThrow(() -> missing("code." + CodeFormats.formatName(kind)));
            ObjectNode code = defs.putObject(codeDefinition(kind));
            code.put("title", title.title());
            code.put("description", title.description());
            code.put("pattern", CodeFormats.pattern(kind));
            code.put("format", CodeFormats.formatName(kind));
        }
        enumeration(defs, "recordKind", Arrays.stream(RecordKind.values()).map(RecordKind::id));
        // Reports write null when the kind is unknown; an enum with null avoids an anyOf whose branches both fail.
        ObjectNode kindOrNull = definition(defs, "recordKindOrNull");
        ArrayNode kinds = kindOrNull.putArray("enum");
        Arrays.stream(RecordKind.values()).map(RecordKind::id).forEach(kinds::add);
        kinds.addNull();
        enumeration(defs, "severity", Arrays.stream(Severity.values()).map(Severity::name));
        enumeration(defs, "stage", Arrays.stream(Stage.values()).map(Stage::name));
        ObjectNode ruleCode = definition(defs, "ruleCode");
        ruleCode.put("type", "string");
        ruleCode.put("pattern", RULE_CODE);
        ObjectNode pointer = definition(defs, "jsonPointer");
        pointer.put("type", "string");
        pointer.put("pattern", JSON_POINTER);
        for (Class<?> child : childRecords()) {
            String name = childDefinition(child);
            ElementTitle title = titles.schema(name).orElseThrow(() -> missing("schema." + name));
            ObjectNode definition = defs.putObject(name);
            definition.put("$comment", "Generated from " + child.getName() + ".");
            definition.put("title", title.title());
            definition.put("description", title.description());
            objectBody(definition, child, "");
        }
        return root;
    }

    /** A definition with its Chinese title and description from {@code schema.NAME}. */
    private ObjectNode definition(ObjectNode defs, String name) {
        ElementTitle title = titles.schema(name).orElseThrow(() -> missing("schema." + name));
        ObjectNode definition = defs.putObject(name);
        definition.put("title", title.title());
        definition.put("description", title.description());
        return definition;
    }

    private void enumeration(ObjectNode defs, String name, Stream<String> values) {
        ObjectNode definition = definition(defs, name);
        definition.put("type", "string");
        ArrayNode allowed = definition.putArray("enum");
        values.forEach(allowed::add);
    }

    private ObjectNode header(MatterSchema schema, Class<?> modelType) {
        ElementTitle title = titles.schema(schema.schemaName()).orElseThrow(() -> missing("schema." + schema.schemaName()));
        ObjectNode root = NODES.objectNode();
        root.put("$schema", DRAFT_2020_12);
        root.put("$id", schema.id());
        root.put("$comment", "Generated from " + (modelType == null ? "the model" : modelType.getName())
                + " by " + SchemaGenerator.class.getName()
                + "; do not edit (see docs/decisions/0001-schemas-generated-from-model.md).");
        root.put("title", title.title());
        root.put("description", title.description());
        return root;
    }

    private void objectBody(ObjectNode target, Class<?> type, String defsFile) {
        target.put("type", "object");
        ObjectNode properties = target.putObject("properties");
        List<String> required = new ArrayList<>();
        for (RecordComponent component : components(type)) {
            Field field = field(type, component.getName());
            checkConstraints(type, field);
            boolean isRequired = field.isAnnotationPresent(Required.class);
            if (isRequired) {
                required.add(component.getName());
            }
            properties.set(component.getName(), property(type, component, field, isRequired, defsFile));
        }
        if (!required.isEmpty()) {
            ArrayNode names = target.putArray("required");
            required.forEach(names::add);
        }
        target.put("additionalProperties", false);
    }

    private ObjectNode property(Class<?> owner, RecordComponent component, Field field, boolean required,
                                String defsFile) {
        String name = component.getName();
        ElementTitle title = titles.element(owner, name)
                .orElseThrow(() -> missing(owner.getSimpleName() + "." + name + " (or " + name + ")"));
        ObjectNode property = NODES.objectNode();
        property.put("title", title.title());
        property.put("description", title.description());
        Class<?> raw = component.getType();
        if (raw == String.class) {
            type(property, "string", required);
            CodeFormat code = field.getAnnotation(CodeFormat.class);
            if (code != null) {
                property.put("$ref", defsFile + "#/$defs/" + codeDefinition(code.value()));
            }
            if (required) {
                property.put("minLength", 1);
            }
            MaxLength maxLength = field.getAnnotation(MaxLength.class);
            if (maxLength != null) {
                property.put("maxLength", maxLength.value());
            }
            if (required) {
                property.put("pattern", BlankText.NOT_BLANK_PATTERN);
            }
        } else if (raw == Integer.class) {
            type(property, "integer", required);
            Range range = field.getAnnotation(Range.class);
            if (range != null) {
                property.put("minimum", range.min());
                if (range.max() != Long.MAX_VALUE) {
                    property.put("maximum", range.max());
                }
            }
        } else if (raw == Boolean.class) {
            type(property, "boolean", required);
        } else if (raw == LocalDate.class) {
            type(property, "string", required);
            property.put("format", "date");
        } else if (raw == List.class) {
            type(property, "array", required);
            if (required) {
                property.put("minItems", 1);
            }
            Class<?> element = listElement(owner, component);
            ObjectNode items = property.putObject("items");
            if (element == String.class) {
                items.put("type", "string");
            } else {
                items.put("$ref", defsFile + "#/$defs/" + childDefinition(element));
            }
        } else {
            throw new IllegalStateException("cannot express " + owner.getSimpleName() + "." + name + " of type "
                    + raw.getName() + " in a schema: teach SchemaGenerator the type");
        }
        return property;
    }

    /** Required elements have one type; optional ones also allow {@code null}, which the model reads as absent. */
    private static void type(ObjectNode property, String type, boolean required) {
        if (required) {
            property.put("type", type);
        } else {
            property.putArray("type").add(type).add("null");
        }
    }

    private static void checkConstraints(Class<?> owner, Field field) {
        for (Annotation annotation : field.getAnnotations()) {
            Class<? extends Annotation> type = annotation.annotationType();
            if (type.isAnnotationPresent(Constraint.class) && !KNOWN_CONSTRAINTS.contains(type)) {
                throw new IllegalStateException(owner.getSimpleName() + "." + field.getName() + " has constraint @"
                        + type.getSimpleName() + " that SchemaGenerator cannot express: teach it the constraint");
            }
        }
    }

    /** The model records used as list elements, in the order the record kinds first reach them. */
    private static List<Class<?>> childRecords() {
        Map<String, Class<?>> found = new LinkedHashMap<>();
        List<Class<?>> queue = new ArrayList<>();
        for (RecordKind kind : RecordKind.values()) {
            queue.add(kind.modelType());
        }
        for (int i = 0; i < queue.size(); i++) {
            Class<?> type = queue.get(i);
            for (RecordComponent component : components(type)) {
                if (component.getType() == List.class) {
                    Class<?> element = listElement(type, component);
                    if (element.isRecord() && found.putIfAbsent(element.getName(), element) == null) {
                        queue.add(element);
                    }
                }
            }
        }
        return new ArrayList<>(found.values());
    }

    private static Class<?> listElement(Class<?> owner, RecordComponent component) {
        Type generic = component.getGenericType();
        if (generic instanceof ParameterizedType parameterized
                && parameterized.getActualTypeArguments()[0] instanceof Class<?> element
                && (element == String.class || element.isRecord())) {
            return element;
        }
        throw new IllegalStateException("cannot express " + owner.getSimpleName() + "." + component.getName()
                + " (" + generic + ") in a schema: lists must hold strings or model records");
    }

    private static RecordComponent[] components(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        if (components == null) {
            throw new IllegalStateException(type.getName() + " is not a record");
        }
        return components;
    }

    private static Field field(Class<?> type, String name) {
        try {
            return type.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("record " + type.getName() + " has no field " + name, e);
        }
    }

    /**
     * The name of a code's definition in {@code defs.schema.json}.
     *
     * @param kind the code kind
     * @return e.g. {@code taskCode}
     */
    public static String codeDefinition(CodeKind kind) {
        return lowerCamel(CodeFormats.formatName(kind));
    }

    /**
     * The name of a child record's definition in {@code defs.schema.json}.
     *
     * @param type the child record type, e.g. {@code Material.class}
     * @return e.g. {@code material}
     */
    public static String childDefinition(Class<?> type) {
        String simple = type.getSimpleName();
        return Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
    }

    private static String lowerCamel(String hyphenated) {
        StringBuilder name = new StringBuilder();
        boolean upper = false;
        for (char c : hyphenated.toCharArray()) {
            if (c == '-') {
                upper = true;
            } else {
                name.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return name.toString();
    }

    private static IllegalStateException missing(String key) {
        return new IllegalStateException("no Chinese title for " + key
                + ": add it to the element titles (element-titles.properties)");
    }
}
