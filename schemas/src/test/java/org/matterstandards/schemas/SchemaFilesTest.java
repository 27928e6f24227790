package org.matterstandards.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Meta-tests of the published schema files (模式文件元测试). */
class SchemaFilesTest {

    private static final Path FOLDER = Path.of("src/main/resources").resolve(MatterSchema.RESOURCE_FOLDER);
    private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");

    /** The keywords of the JSON Schema 2020-12 vocabularies (core, applicator, validation, meta-data, format, content, unevaluated). */
    private static final Set<String> STANDARD_KEYWORDS = Set.of(
            "$schema", "$id", "$ref", "$defs", "$comment", "$anchor", "$dynamicRef", "$dynamicAnchor", "$vocabulary",
            "allOf", "anyOf", "oneOf", "not", "if", "then", "else", "dependentSchemas", "prefixItems", "items",
            "contains", "properties", "patternProperties", "additionalProperties", "propertyNames",
            "unevaluatedItems", "unevaluatedProperties",
            "type", "enum", "const", "multipleOf", "maximum", "exclusiveMaximum", "minimum", "exclusiveMinimum",
            "maxLength", "minLength", "pattern", "maxItems", "minItems", "uniqueItems", "maxContains", "minContains",
            "maxProperties", "minProperties", "required", "dependentRequired",
            "title", "description", "default", "deprecated", "readOnly", "writeOnly", "examples",
            "format", "contentEncoding", "contentMediaType", "contentSchema");

    @Test
    void everySchemaCompilesUnderNetworkntDraft202012() {
        SchemaValidator validator = SchemaValidator.builtIn();
        assertThat(validator.schemas()).containsExactlyInAnyOrder(MatterSchema.values());
    }

    @ParameterizedTest
    @EnumSource(MatterSchema.class)
    void idMirrorsTheResourcePath(MatterSchema schema) {
        JsonNode root = read(schema);
        assertThat(root.path("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        String id = root.path("$id").asString();
        assertThat(id).isEqualTo(schema.id());
        // https://matterstandards.org/schemas/1.0/X.schema.json  ↔  org/matterstandards/schemas/1.0/X.schema.json
        String path = id.substring("https://matterstandards.org/".length());
        assertThat("org/matterstandards/" + path).isEqualTo(schema.resourcePath());
        assertThat(root.path("title").asString()).containsPattern(CHINESE);
    }

    @Test
    void theFolderHoldsExactlyTheKnownSchemas() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .containsExactlyInAnyOrder(Stream.of(MatterSchema.values()).map(MatterSchema::fileName)
                            .toArray(String[]::new));
        }
    }

    @ParameterizedTest
    @EnumSource(MatterSchema.class)
    void everyPropertyHasAChineseTitleAndDescription(MatterSchema schema) {
        List<String> missing = new ArrayList<>();
        walk(read(schema), "", (location, node) -> {
            JsonNode properties = node.get("properties");
            if (properties != null) {
                for (Map.Entry<String, JsonNode> property : properties.properties()) {
                    JsonNode value = property.getValue();
                    if (!CHINESE.matcher(value.path("title").asString("")).find()
                            || !CHINESE.matcher(value.path("description").asString("")).find()) {
                        missing.add(location + "/properties/" + property.getKey());
                    }
                }
            }
        });
        assertThat(missing).as("properties without a Chinese title and description").isEmpty();
    }

    @ParameterizedTest
    @EnumSource(MatterSchema.class)
    void onlyStandardKeywordsAndNoDeepCombinators(MatterSchema schema) {
        List<String> problems = new ArrayList<>();
        walk(read(schema), "", (location, node) -> {
            for (String keyword : node.propertyNames()) {
                if (!STANDARD_KEYWORDS.contains(keyword)) {
                    problems.add(location + ": non-standard keyword " + keyword);
                }
            }
            if (node.has("oneOf")) {
                problems.add(location + ": oneOf");
            }
            JsonNode anyOf = node.get("anyOf");
            if (anyOf != null) {
                for (JsonNode branch : anyOf) {
                    if (branch.has("anyOf") || branch.has("oneOf") || branch.has("allOf") || branch.has("properties")) {
                        problems.add(location + ": nested combinator or object inside anyOf");
                    }
                }
            }
        });
        assertThat(problems).isEmpty();
    }

    /** Visits every schema object (not the contents of properties/$defs maps, which are name → schema). */
    private static void walk(JsonNode node, String location, java.util.function.BiConsumer<String, JsonNode> visitor) {
        if (node == null || !node.isObject()) {
            return;
        }
        visitor.accept(location, node);
        for (String map : List.of("properties", "$defs", "patternProperties", "dependentSchemas")) {
            JsonNode children = node.get(map);
            if (children != null) {
                for (Map.Entry<String, JsonNode> child : children.properties()) {
                    walk(child.getValue(), location + "/" + map + "/" + child.getKey(), visitor);
                }
            }
        }
        for (String single : List.of("items", "additionalProperties", "propertyNames", "not", "if", "then", "else",
                "contains", "unevaluatedItems", "unevaluatedProperties")) {
            walk(node.get(single), location + "/" + single, visitor);
        }
        for (String list : List.of("anyOf", "allOf", "oneOf", "prefixItems")) {
            JsonNode branches = node.get(list);
            if (branches != null) {
                for (int i = 0; i < branches.size(); i++) {
                    walk(branches.get(i), location + "/" + list + "/" + i, visitor);
                }
            }
        }
    }

    private static JsonNode read(MatterSchema schema) {
        return JsonMapper.builder().build().readTree(schema.text());
    }
}
