package org.matterstandards.schemas;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.networknt.schema.Error;
import org.matterstandards.core.code.CodeKind;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.JsonNodeType;
import tools.jackson.databind.node.ObjectNode;

/**
 * A single pass over a record that answers one question: does it certainly satisfy its schema (结构预检)? Compiled
 * once from the very schema documents networknt is given, so new elements and constraints flow through; nothing is
 * written per element.
 *
 * <p>The screen is <em>conservative</em>: it says "passes" only when every keyword it knows holds on every value, and
 * it treats a keyword it does not know, a {@code $ref} it cannot resolve, a format it does not check and any doubtful
 * case (a number too large for a {@code double}) as a failure. A record that does not pass goes to
 * networknt, which then produces the violations; so the violations are networknt's for every record, and the screen
 * only spares the full keyword walk for the records that have none — most of them. That the screen never passes a
 * record networknt would fault is proven by {@code SchemaScreenAgreementTest}, on every fixture and on every element
 * mutated with probe values. Immutable and thread-safe.
 */
final class SchemaScreen {

    /** Keywords that only annotate; they never fail. */
    private static final Set<String> ANNOTATIONS = Set.of("$schema", "$id", "$comment", "$defs", "title",
            "description", "default", "examples", "deprecated", "readOnly", "writeOnly");

    private static final Pattern FULL_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    private final Map<String, JsonNode> documents;
    private final Map<String, Node> compiled = new HashMap<>();
    private final Map<MatterSchema, Node> roots = new EnumMap<>(MatterSchema.class);

    /**
     * @param documents the parsed schema documents by {@code $id}
     */
    SchemaScreen(Map<String, JsonNode> documents) {
        this(documents, EnumSet.allOf(MatterSchema.class));
    }

    /**
     * A screen for some of the schemas only: the others never pass.
     *
     * @param documents the parsed schema documents by {@code $id}, every document a screened schema refers to among
     *                  them
     * @param screened  the schemas to compile
     */
    SchemaScreen(Map<String, JsonNode> documents, Set<MatterSchema> screened) {
        this.documents = Map.copyOf(documents);
        for (MatterSchema schema : screened) {
            if (documents.containsKey(schema.id())) {
                roots.put(schema, node(schema.id(), ""));
            }
        }
    }

    /**
     * @param schema   the schema
     * @param instance the JSON value
     * @return {@code true} only when the value certainly satisfies the schema
     */
    boolean passes(MatterSchema schema, JsonNode instance) {
        Node root = roots.get(schema);
        return root != null && root.passes(instance);
    }

    /**
     * What networknt must see of a value the screen does not pass: the object without the elements the screen
     * passes by themselves, or the whole value when the schema's root is not a plain object schema.
     *
     * <p>Equal violations follow from the keywords a plain object schema has: {@code properties} reports an
     * element only through its own subschema, which finds nothing in an element the screen passes (the screen is
     * conservative at every node, not only at the root); {@code additionalProperties} concerns undeclared
     * elements, which are all kept; and {@code required} reports the left-out required elements as missing, which
     * {@link Remainder#violationsOfWhole} drops again. On a record with one wrong element of a hundred, networknt
     * then walks that element instead of the whole record.
     *
     * @param schema   the schema
     * @param instance a value {@link #passes} refused
     * @return what to validate, and what was left out
     */
    Remainder remainder(MatterSchema schema, JsonNode instance) {
        Node root = roots.get(schema);
        if (root == null || !root.plainObject() || instance.getNodeType() != JsonNodeType.OBJECT) {
            return new Remainder(instance, Set.of());
        }
        ObjectNode kept = JsonNodeFactory.instance.objectNode();
        Set<String> leftOut = new HashSet<>();
        for (Map.Entry<String, JsonNode> property : instance.properties()) {
            Node declared = root.declaredNode(property.getKey());
            if (declared != null && declared.passes(property.getValue())) {
                leftOut.add(property.getKey());
            } else {
                kept.set(property.getKey(), property.getValue());
            }
        }
        return leftOut.isEmpty() ? new Remainder(instance, Set.of()) : new Remainder(kept, leftOut);
    }

    /**
     * The part of a refused value that networknt validates.
     *
     * @param instance what to validate
     * @param leftOut  the elements of the object left out, each certainly valid
     */
    record Remainder(JsonNode instance, Set<String> leftOut) {

        /**
         * @param errors networknt's errors on {@link #instance}
         * @return the errors networknt gives on the whole value: without the left-out elements reported missing
         */
        List<Error> violationsOfWhole(List<Error> errors) {
            if (leftOut.isEmpty()) {
                return errors;
            }
            List<Error> whole = new ArrayList<>(errors.size());
            for (Error error : errors) {
                boolean leftOutReported = "required".equals(error.getKeyword())
                        && error.getInstanceLocation().getNameCount() == 0 && leftOut.contains(error.getProperty());
                if (!leftOutReported) {
                    whole.add(error);
                }
            }
            return whole;
        }
    }

    /** The compiled schema at a JSON Pointer of a document; compiled once, so shared definitions are shared. */
    private Node node(String documentId, String pointer) {
        String key = documentId + '#' + pointer;
        Node existing = compiled.get(key);
        if (existing != null) {
            return existing;
        }
        Node node = new Node();
        compiled.put(key, node);
        JsonNode document = documents.get(documentId);
        JsonNode schema = document == null ? null : document.at(pointer);
        compile(node, documentId, schema);
        return node;
    }

    private void compile(Node node, String documentId, JsonNode schema) {
        if (schema == null || schema.isMissingNode()) {
            node.opaque = true;
            return;
        }
        if (schema.isBoolean()) {
            node.opaque = !schema.asBoolean();
            return;
        }
        if (!schema.isObject()) {
            node.opaque = true;
            return;
        }
        for (Map.Entry<String, JsonNode> keyword : schema.properties()) {
            if (!ANNOTATIONS.contains(keyword.getKey()) && !compile(node, documentId, keyword.getKey(),
                    keyword.getValue())) {
                node.opaque = true;
            }
        }
        node.settle();
    }

    /** Compiles one keyword; {@code false} when the screen does not know it (the node then never passes). */
    private boolean compile(Node node, String documentId, String keyword, JsonNode value) {
        switch (keyword) {
            case "type" -> node.types = types(value);
            case "minLength" -> node.minLength = value.asInt();
            case "maxLength" -> node.maxLength = value.asInt();
            case "pattern" -> node.pattern = pattern(value.asString());
            case "format" -> node.format = format(value.asString());
            case "minimum" -> node.minimum = value.decimalValue();
            case "maximum" -> node.maximum = value.decimalValue();
            case "minItems" -> node.minItems = value.asInt();
            case "enum" -> {
                node.allowed = new ArrayList<>();
                value.values().forEach(node.allowed::add);
            }
            case "items" -> node.items = value.isObject() ? inline(documentId, value) : null;
            case "required" -> {
                node.required = new LinkedHashSet<>();
                value.values().forEach(name -> node.required.add(name.asString()));
            }
            case "properties" -> {
                node.declared = new LinkedHashMap<>();
                for (Map.Entry<String, JsonNode> property : value.properties()) {
                    node.declared.put(property.getKey(), inline(documentId, property.getValue()));
                }
            }
            case "additionalProperties" -> {
                if (value.isBoolean()) {
                    node.closed = !value.asBoolean();
                } else {
                    node.additional = inline(documentId, value);
                }
            }
            case "$ref" -> node.ref = reference(documentId, value.asString());
            default -> {
                return false;
            }
        }
        return keyword.equals("items") ? value.isObject() : true;
    }

    /** A schema written in place (not reached by pointer): compiled on its own. */
    private Node inline(String documentId, JsonNode schema) {
        Node node = new Node();
        compile(node, documentId, schema);
        return node;
    }

    private Node reference(String documentId, String reference) {
        URI target = URI.create(documentId).resolve(reference);
        String fragment = target.getFragment() == null ? "" : target.getFragment();
        String document = target.toString();
        int hash = document.indexOf('#');
        if (hash >= 0) {
            document = document.substring(0, hash);
        }
        if (!documents.containsKey(document) || !(fragment.isEmpty() || fragment.startsWith("/"))) {
            Node unknown = new Node();
            unknown.opaque = true;
            return unknown;
        }
        return node(document, fragment);
    }

    /**
     * A pattern as a test: the schemas' "not blank" class is answered by {@link BlankText#isBlank}, which the class
     * is computed from (one character outside it exists exactly when the text is not blank); the anchored code
     * patterns by {@link CharClassPattern}; any other pattern is searched for, as JSON Schema and networknt apply it.
     */
    private static Predicate<String> pattern(String regex) {
        if (regex.equals(BlankText.NOT_BLANK_PATTERN)) {
            return text -> !BlankText.isBlank(text);
        }
        CharClassPattern codePattern = CharClassPattern.compile(regex);
        if (codePattern != null) {
            return codePattern;
        }
        Pattern pattern = Pattern.compile(regex);
        // One matcher per thread, reset for each text: a new matcher per value was most of the screen's allocation.
        ThreadLocal<Matcher> matchers = ThreadLocal.withInitial(() -> pattern.matcher(""));
        return text -> {
            Matcher matcher = matchers.get().reset(text);
            boolean found = matcher.find();
            matcher.reset("");      // keeps no record text alive
            return found;
        };
    }

    private static int types(JsonNode value) {
        int types = 0;
        if (value.isArray()) {
            for (JsonNode name : value) {
                types |= type(name.asString());
            }
        } else {
            types = type(value.asString());
        }
        return types;
    }

    private static int type(String name) {
        return switch (name) {
            case "string" -> Node.STRING;
            case "integer" -> Node.INTEGER;
            case "number" -> Node.INTEGER | Node.NUMBER;
            case "boolean" -> Node.BOOLEAN;
            case "null" -> Node.NULL;
            case "array" -> Node.ARRAY;
            case "object" -> Node.OBJECT;
            default -> 0;
        };
    }

    /** The check of a format, or one that never passes for a format the screen does not know. */
    private static Predicate<String> format(String name) {
        Optional<CodeKind> kind = CodeFormats.kindOf(name);
        if (kind.isPresent()) {
            CodeKindFormat format = new CodeKindFormat(kind.get());
            return text -> format.matches(null, text);
        }
        if (name.equals("date")) {
            return SchemaScreen::isFullDate;
        }
        return text -> false;
    }

    private static boolean isFullDate(String text) {
        if (!FULL_DATE.matcher(text).matches()) {
            return false;
        }
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** One compiled schema object: the keywords it has, checked in one pass over the value. */
    private static final class Node {
        static final int STRING = 1;
        static final int INTEGER = 2;
        static final int NUMBER = 4;
        static final int BOOLEAN = 8;
        static final int NULL = 16;
        static final int ARRAY = 32;
        static final int OBJECT = 64;
        private static final String[] NONE = new String[0];

        boolean opaque;
        int types = -1;
        int minLength = -1;
        int maxLength = -1;
        Predicate<String> pattern;
        Predicate<String> format;
        BigDecimal minimum;
        BigDecimal maximum;
        List<JsonNode> allowed;
        int minItems = -1;
        Node items;
        /** While compiling: the {@code required} and {@code properties} keywords, in either order. */
        Set<String> required;
        Map<String, Node> declared;
        /** Settled from them: the declared properties, and the required names checked by look-up. */
        PropertyTable<Node> properties;
        String[] undeclaredRequired = NONE;
        /** The bounds as whole numbers, when both are (or are absent): integers are compared without BigDecimal. */
        boolean wholeBounds;
        long lowest;
        long highest;
        boolean closed;
        Node additional;
        Node ref;

        /**
         * Whether this is a plain object schema: its verdict on an object is the verdict of {@code required},
         * {@code additionalProperties} and each declared element's subschema, and nothing else.
         */
        boolean plainObject() {
            return !opaque && ref == null && allowed == null && properties != null && (types & OBJECT) != 0;
        }

        /** @return the compiled subschema of a declared element, or {@code null} when it is not declared */
        Node declaredNode(String name) {
            int slot = properties == null ? -1 : properties.slot(name);
            return slot < 0 ? null : properties.value(slot);
        }

        /** Settles the keywords read in any order into what {@link #passes} reads. */
        void settle() {
            Set<String> lookedUp = required == null ? new LinkedHashSet<>() : new LinkedHashSet<>(required);
            if (declared != null) {
                properties = new PropertyTable<>(declared, lookedUp);
                lookedUp.removeAll(declared.keySet());
            }
            // Interned, as the validator's parser interns element names: look-ups end at identity.
            undeclaredRequired = lookedUp.stream().map(String::intern).toArray(String[]::new);
            wholeBounds = whole(minimum) && whole(maximum);
            lowest = minimum == null ? Long.MIN_VALUE : minimum.longValue();
            highest = maximum == null ? Long.MAX_VALUE : maximum.longValue();
        }

        private static boolean whole(BigDecimal bound) {
            if (bound == null) {
                return true;
            }
            try {
                bound.longValueExact();
                return true;
            } catch (ArithmeticException e) {
                return false;
            }
        }

        boolean passes(JsonNode value) {
            if (opaque) {
                return false;
            }
            // One virtual call for the type, not one per isString(), isNumber() … of each value.
            JsonNodeType type = value.getNodeType();
            if ((types & typeOf(type, value)) == 0) {
                return false;
            }
            if (ref != null && !ref.passes(value)) {
                return false;
            }
            if (allowed != null && !allowed.contains(value)) {
                return false;
            }
            return switch (type) {
                case STRING -> passesText(value.asString());
                case NUMBER -> passesNumber(value);
                case ARRAY -> passesArray(value);
                case OBJECT -> passesObject(value);
                default -> true;
            };
        }

        private static int typeOf(JsonNodeType type, JsonNode value) {
            return switch (type) {
                case STRING -> STRING;
                // Draft 2020-12: a number with a zero fraction (2.0) is an integer.
                case NUMBER -> value.isIntegralNumber() ? INTEGER
                        : value.canConvertToExactIntegral() ? INTEGER | NUMBER : NUMBER;
                case BOOLEAN -> BOOLEAN;
                case NULL -> NULL;
                case ARRAY -> ARRAY;
                case OBJECT -> OBJECT;
                // Anything else (binary, POJO, missing nodes) is left to networknt.
                default -> 0;
            };
        }

        private boolean passesText(String text) {
            // Lengths count code points; a text has at least length/2 and at most length of them.
            if (maxLength >= 0 && text.length() > maxLength && text.codePointCount(0, text.length()) > maxLength) {
                return false;
            }
            if (minLength >= 0 && text.length() < 2 * minLength && text.codePointCount(0, text.length()) < minLength) {
                return false;
            }
            return (pattern == null || pattern.test(text)) && (format == null || format.test(text));
        }

        private boolean passesNumber(JsonNode value) {
            if (minimum == null && maximum == null) {
                return true;
            }
            if (wholeBounds && value.isIntegralNumber() && value.canConvertToLong()) {
                long number = value.longValue();
                return number >= lowest && number <= highest;
            }
            BigDecimal number = value.decimalValue();
            return (minimum == null || number.compareTo(minimum) >= 0)
                    && (maximum == null || number.compareTo(maximum) <= 0);
        }

        private boolean passesArray(JsonNode array) {
            int size = array.size();
            if (minItems >= 0 && size < minItems) {
                return false;
            }
            if (items != null) {
                for (int i = 0; i < size; i++) {
                    if (!items.passes(array.get(i))) {
                        return false;
                    }
                }
            }
            return true;
        }

        private boolean passesObject(JsonNode object) {
            for (String name : undeclaredRequired) {
                if (!object.has(name)) {
                    return false;
                }
            }
            if (properties == null && !closed && additional == null) {
                return true;
            }
            // The declared required names are counted as they go by: an object's names are distinct, so all are
            // there exactly when as many went by as are required.
            int requiredSeen = 0;
            for (Map.Entry<String, JsonNode> property : object.properties()) {
                int slot = properties == null ? -1 : properties.slot(property.getKey());
                Node schema = additional;
                if (slot >= 0) {
                    schema = properties.value(slot);
                    requiredSeen += properties.required(slot) ? 1 : 0;
                } else if (schema == null && closed) {
                    return false;
                }
                if (schema != null && !schema.passes(property.getValue())) {
                    return false;
                }
            }
            return properties == null || requiredSeen == properties.requiredCount();
        }
    }

}
