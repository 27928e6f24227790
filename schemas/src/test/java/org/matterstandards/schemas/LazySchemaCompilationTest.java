package org.matterstandards.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.matterstandards.core.model.RecordKind;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The built-in validators compile a schema when it is first used (按需编译模式): every schema still compiles, threads
 * that meet a schema together get networknt's verdicts, and a schema that does not compile says so on every use.
 */
class LazySchemaCompilationTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final Path FIXTURES = Path.of("../examples/fixtures/schema-agreement");

    @Test
    void everyBuiltInSchemaCompilesWhenFirstUsed() {
        // The reference compiles networknt's form of each; the built-in validator its screen, and networknt's form
        // where the screen refuses the value (a text is not a record).
        for (JsonNode value : List.of(MAPPER.createObjectNode(), MAPPER.getNodeFactory().stringNode("x"))) {
            for (MatterSchema schema : MatterSchema.values()) {
                assertThat(SchemaValidator.builtIn().validate(schema, value)).as("%s against %s", value, schema)
                        .isEqualTo(SchemaValidator.reference().validate(schema, value));
            }
        }
    }

    @Test
    void threadsMeetingTheSchemasTogetherGetTheVerdictsOfTheReference() throws Exception {
        List<RecordKind> kinds = new ArrayList<>();
        List<JsonNode> records = new ArrayList<>();
        for (RecordKind kind : RecordKind.values()) {
            for (JsonNode record : fixtures(kind)) {
                kinds.add(kind);
                records.add(record);
            }
        }
        assertThat(records).hasSizeGreaterThan(20);
        SchemaValidator fresh = new SchemaValidator(builtInTexts(), true);
        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<List<SchemaViolation>>>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int offset = t;
                Callable<List<List<SchemaViolation>>> task = () -> {
                    start.await();
                    List<List<SchemaViolation>> found = new ArrayList<>();
                    // Each thread starts at another record, so that they meet new kinds in different orders.
                    for (int i = 0; i < records.size(); i++) {
                        int index = (i + offset * 7) % records.size();
                        found.add(fresh.validate(kinds.get(index), records.get(index)));
                    }
                    return found;
                };
                results.add(pool.submit(task));
            }
            start.countDown();
            for (int t = 0; t < threads; t++) {
                List<List<SchemaViolation>> found = results.get(t).get();
                for (int i = 0; i < records.size(); i++) {
                    int index = (i + t * 7) % records.size();
                    assertThat(found.get(i)).as("%s on thread %d", records.get(index), t)
                            .isEqualTo(SchemaValidator.reference().validate(kinds.get(index), records.get(index)));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aSchemaThatDoesNotCompileFailsEveryUseTheSameWayAndTheOthersStillWork() {
        Map<MatterSchema, String> texts = builtInTexts();
        texts.put(MatterSchema.LIST_CHANGE, """
                {"$schema": "https://json-schema.org/draft/2020-12/schema",
                 "$id": "https://matterstandards.org/schemas/1.1/list-change.schema.json",
                 "$ref": "https://matterstandards.org/schemas/1.1/nowhere.schema.json"}""");
        SchemaValidator lazy = new SchemaValidator(texts, true);
        JsonNode empty = MAPPER.createObjectNode();
        for (int use = 0; use < 2; use++) {
            assertThatThrownBy(() -> lazy.validate(RecordKind.LIST_CHANGE, empty)).hasMessageContaining("not allowed");
        }
        assertThat(lazy.validate(MatterSchema.POWER_ITEM, empty))
                .isEqualTo(SchemaValidator.reference().validate(MatterSchema.POWER_ITEM, empty));
        // Compiling every schema at once, as of(…) does, fails at once.
        assertThatThrownBy(() -> SchemaValidator.of(texts)).hasMessageContaining("not allowed");
    }

    private static Map<MatterSchema, String> builtInTexts() {
        Map<MatterSchema, String> texts = new EnumMap<>(MatterSchema.class);
        for (MatterSchema schema : MatterSchema.values()) {
            texts.put(schema, schema.text());
        }
        return texts;
    }

    private static List<JsonNode> fixtures(RecordKind kind) throws IOException {
        List<JsonNode> records = new ArrayList<>();
        for (String verdict : List.of("valid", "invalid")) {
            try (Stream<Path> files = Files.list(FIXTURES.resolve(kind.id()).resolve(verdict))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                    records.add(MAPPER.readTree(Files.readString(file)));
                }
            }
        }
        return records;
    }
}
