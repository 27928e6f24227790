package org.matterstandards.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.matterstandards.core.model.RecordKind;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The screened validator (single-pass screen, then networknt) gives exactly the violations of networknt alone
 * (结构预检与参考实现一致): on every record of the examples and fixtures, against every record schema, and on every
 * element of the valid fixtures replaced by probe values of every JSON type, length and shape. And the screen is no
 * dead code: it passes by itself every fixture that has no violation.
 */
class SchemaScreenAgreementTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final Path EXAMPLES = Path.of("../examples");
    private static final SchemaValidator SCREENED = SchemaValidator.builtIn();
    private static final SchemaValidator REFERENCE = SchemaValidator.reference();

    @Test
    void everyRecordOfTheExamplesAndFixturesHasTheSameViolationsAgainstEverySchema() throws IOException {
        List<JsonNode> records = records(EXAMPLES);
        assertThat(records).hasSizeGreaterThan(300);
        int faulted = 0;
        for (JsonNode record : records) {
            for (RecordKind kind : RecordKind.values()) {
                List<SchemaViolation> expected = REFERENCE.validate(kind, record);
                assertThat(SCREENED.validate(kind, record)).as("%s against %s", record, kind).isEqualTo(expected);
                faulted += expected.isEmpty() ? 0 : 1;
            }
        }
        assertThat(faulted).as("the corpus has faulty records too").isGreaterThan(100);
    }

    @Test
    void theScreenPassesEveryFixtureWithoutViolationsByItself() throws IOException {
        SchemaScreen screen = new SchemaScreen(documents());
        for (RecordKind kind : RecordKind.values()) {
            List<JsonNode> clean = records(EXAMPLES.resolve("fixtures/schema-agreement").resolve(kind.id())
                    .resolve("valid")).stream().filter(record -> REFERENCE.validate(kind, record).isEmpty()).toList();
            assertThat(clean).as("fixtures of %s without violations", kind).isNotEmpty();
            for (JsonNode record : clean) {
                assertThat(screen.passes(MatterSchema.of(kind), record)).as("%s passes the screen", record).isTrue();
            }
        }
    }

    @Test
    void everyElementReplacedByEveryProbeHasTheSameViolations() throws IOException {
        int compared = 0;
        for (RecordKind kind : RecordKind.values()) {
            for (JsonNode valid : records(EXAMPLES.resolve("fixtures/schema-agreement").resolve(kind.id())
                    .resolve("valid"))) {
                compared += mutateAndCompare(kind, (ObjectNode) valid, (ObjectNode) valid, kind.id());
            }
        }
        assertThat(compared).isGreaterThan(5_000);
    }

    /** Replaces every element of {@code object} (a part of {@code record}) by each probe, then restores it. */
    private static int mutateAndCompare(RecordKind kind, ObjectNode record, ObjectNode object, String where) {
        int compared = 0;
        List<String> names = new ArrayList<>(object.propertyNames());
        names.add("notAnElement");
        for (String name : names) {
            JsonNode original = object.get(name);
            for (JsonNode probe : probes()) {
                object.set(name, probe);
                compare(kind, record, where + "/" + name + " = " + probe);
                compared++;
            }
            object.remove(name);
            compare(kind, record, where + " without " + name);
            if (original != null) {
                object.set(name, original);
                if (original.isArray() && !original.isEmpty() && original.get(0).isObject()) {
                    compared += mutateAndCompare(kind, record, (ObjectNode) original.get(0), where + "/" + name + "/0");
                }
            }
        }
        return compared;
    }

    private static void compare(RecordKind kind, JsonNode record, String description) {
        assertThat(SCREENED.validate(kind, record)).as(description).isEqualTo(REFERENCE.validate(kind, record));
    }

    private static List<JsonNode> probes() {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ArrayNode texts = nodes.arrayNode().add("1").add("2");
        ObjectNode object = nodes.objectNode().put("x", 1);
        return List.of(nodes.nullNode(), nodes.stringNode(""), nodes.stringNode(" "), nodes.stringNode("\u3000"),
                nodes.stringNode("1"), nodes.stringNode("x"), nodes.stringNode("2024-02-30"),
                nodes.stringNode("2024-01-01"), nodes.stringNode("11440500007493258B"),
                nodes.stringNode("114405000074932585"), nodes.stringNode("440500"),
                nodes.stringNode("https://example.gov.cn/"), nodes.stringNode("a".repeat(1001)),
                nodes.stringNode("\uD840\uDC00".repeat(600)), nodes.numberNode(0), nodes.numberNode(-1),
                nodes.numberNode(1), nodes.numberNode(1.0), nodes.numberNode(1.5), nodes.numberNode(100_000L),
                nodes.numberNode(new java.math.BigInteger("123456789012345678901234567890")), nodes.booleanNode(true),
                nodes.arrayNode(), texts, nodes.arrayNode().addNull(), nodes.arrayNode().add(object.deepCopy()),
                nodes.objectNode(), object);
    }

    private static Map<String, JsonNode> documents() {
        Map<String, JsonNode> documents = new java.util.LinkedHashMap<>();
        for (MatterSchema schema : MatterSchema.values()) {
            documents.put(schema.id(), MAPPER.readTree(schema.text()));
        }
        return documents;
    }

    /**
     * Every JSON object in the JSON and NDJSON files under a folder (arrays give their elements), except the hostile
     * corpus: its files are broken on purpose (not UTF-8, nested beyond the parser's limit) and are the readers' test.
     */
    private static List<JsonNode> records(Path folder) throws IOException {
        List<JsonNode> records = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json") || f.toString().endsWith(".ndjson"))
                    .filter(f -> !f.toString().contains(java.io.File.separator + "hostile" + java.io.File.separator))
                    .sorted().toList()) {
                String text = Files.readString(file);
                List<String> parts = file.toString().endsWith(".ndjson") ? text.lines().toList() : List.of(text);
                for (String part : parts) {
                    if (part.isBlank()) {
                        continue;
                    }
                    JsonNode node;
                    try {
                        node = MAPPER.readTree(part);
                    } catch (tools.jackson.core.JacksonException e) {
                        continue;   // the malformed-input fixtures
                    }
                    if (node.isArray()) {
                        node.values().forEach(records::add);
                    } else {
                        records.add(node);
                    }
                }
            }
        }
        return records;
    }
}
