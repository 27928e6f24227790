package org.matterstandards.sdk.input.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.matterstandards.sdk.MatterValidator;
import org.matterstandards.sdk.RepoFiles;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The record reader gives what the validator's strict mapper gives (解析结果一致): the same tree, or the same
 * exception with the same message and location, on every line of every JSON and NDJSON file of the examples and
 * fixtures (the hostile corpus included) and on texts made to break it.
 */
class RecordTreeReaderTest {

    private static final ObjectMapper STRICT = MatterValidator.builder().build().mapper();
    private static final RecordTreeReader READER = new RecordTreeReader(STRICT);

    @Test
    void everyLineOfTheExamplesReadsAsWithTheStrictMapper() throws IOException {
        int compared = 0;
        try (Stream<Path> files = Files.walk(RepoFiles.resolve("examples"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json") || f.toString().endsWith(".ndjson"))
                    .sorted().toList()) {
                String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
                List<String> parts = new ArrayList<>(text.lines().toList());
                parts.add(text);
                for (String part : parts) {
                    assertSameAsStrict(part);
                    compared++;
                }
            }
        }
        assertThat(compared).isGreaterThan(500);
    }

    @Test
    void brokenAndOddTextsFailOrReadAsWithTheStrictMapper() {
        for (String text : List.of("", "  ", "null", "1", "\"x\"", "[1, 2]", "{}", "{} {}", "{\"a\": 1} x",
                "{\"a\": 1, \"a\": 2}", "{\"a\": {\"b\": 1, \"b\": 1}}", "{\"a\": [{\"c\": 1}, {\"c\": 1, \"c\": 2}]}",
                "{\"a\": 1, \"b\": 2, \"c\": 3, \"d\": 4, \"a\": 5}", "{\"a\": 1, \"a\": }", "{\"a\": 1, \"a\"",
                "{\"a\": NaN}", "{\"a\": \"\u0000\"}", "{\"a\"\n:\n1,\n\"a\"\n:\n[1, 2, 3]}", "{\"a\": 1,}")) {
            assertSameAsStrict(text);
        }
    }

    @Test
    void aMapperThatDoesNotDetectDuplicatesIsRefused() {
        assertThatThrownBy(() -> new RecordTreeReader(JsonMapper.builder().build()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ofAMapperThatDoesNotDetectDuplicatesReadsAsThatMapper() {
        ObjectMapper lenient = JsonMapper.builder().build();
        RecordTreeReader reader = RecordTreeReader.of(lenient);
        assertThat(reader.read("{\"a\": 1, \"a\": 2}")).isEqualTo(lenient.readTree("{\"a\": 1, \"a\": 2}"));
        assertThatThrownBy(() -> reader.read("{\"a\": 1,}")).isInstanceOf(JacksonException.class);
    }

    @Test
    void ofTheStrictMapperReadsAsTheStrictMapper() {
        RecordTreeReader reader = RecordTreeReader.of(STRICT);
        assertThat(reader.read("{\"a\": [1, {\"b\": 2}]}")).isEqualTo(STRICT.readTree("{\"a\": [1, {\"b\": 2}]}"));
        assertThatThrownBy(() -> reader.read("{\"a\": 1, \"a\": 2}")).isInstanceOf(JacksonException.class)
                .hasMessageContaining("\"a\"");
    }

    @Test
    void aQuickMapperWithAShallowerNestingRefusesDeeperTextsInTheQuickReadOnly() {
        ObjectMapper shallow = JsonMapper.builder(tools.jackson.core.json.JsonFactory.builder()
                        .streamReadConstraints(tools.jackson.core.StreamReadConstraints.builder()
                                .maxNestingDepth(3).build()).build())
                .enable(tools.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
        RecordTreeReader reader = new RecordTreeReader(STRICT, shallow);
        String three = "{\"a\": [{\"b\": 1}]}";
        String four = "{\"a\": [{\"b\": [1]}]}";
        assertThat(reader.readQuickly(three)).isEqualTo(STRICT.readTree(three));
        assertThat(reader.readQuickly(four)).isNull();
        assertThat(reader.readQuickly("{\"a\": 1, \"a\": 2}")).isNull();
        assertThat(reader.readQuickly("{\"a\": 1,}")).isNull();
        // The full read still gives what the strict mapper gives, whatever the quick mapper refused.
        assertThat(reader.read(four)).isEqualTo(STRICT.readTree(four));
        assertThatThrownBy(() -> reader.read("{\"a\": 1, \"a\": 2}")).isInstanceOf(JacksonException.class)
                .hasMessageContaining("\"a\"");
        assertThatThrownBy(() -> new RecordTreeReader(STRICT, JsonMapper.builder().build()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertSameAsStrict(String text) {
        JsonNode expected;
        try {
            expected = STRICT.readTree(text);
        } catch (JacksonException strictError) {
            assertThatThrownBy(() -> READER.read(text)).as(text)
                    .isInstanceOf(strictError.getClass())
                    .hasMessage(strictError.getMessage())
                    .satisfies(e -> assertThat(String.valueOf(((JacksonException) e).getLocation()))
                            .isEqualTo(String.valueOf(strictError.getLocation())));
            return;
        }
        JsonNode actual = READER.read(text);
        assertThat(actual).as(text).isEqualTo(expected);
        assertThat(actual.getNodeType()).isEqualTo(expected.getNodeType());
    }
}
