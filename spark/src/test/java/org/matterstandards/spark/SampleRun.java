package org.matterstandards.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Test data: the bundled examples as NDJSON, one file per example file, so that Spark and the SDK read the same. */
final class SampleRun {

    /** The record files of examples/data (JSON arrays). */
    static final List<String> EXAMPLES = List.of("intermediary-services.json", "list-changes.json",
            "local-longhu.json", "shantou-power-list.json", "shantou-sample.exchange.json", "shantou-sample.json",
            "upstream-shantou.json");

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private SampleRun() {
    }

    static Path examplesData() {
        String repo = System.getenv("MATTER_REPO_DIR");
        return (repo != null ? Path.of(repo) : Path.of("..")).resolve("examples/data");
    }

    /** The elements of a JSON array file, one compact JSON text each. */
    static List<String> lines(Path jsonArray) {
        try {
            List<String> lines = new ArrayList<>();
            for (JsonNode element : MAPPER.readTree(Files.readString(jsonArray, StandardCharsets.UTF_8))) {
                lines.add(MAPPER.writeValueAsString(element));
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes lines as an NDJSON file. */
    static Path write(Path dir, String name, List<String> lines) {
        try {
            return Files.write(dir.resolve(name), lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every example file as NDJSON in a directory, named after it ({@code shantou-sample.ndjson} …). */
    static List<Path> examplesAsNdjson(Path dir) {
        List<Path> files = new ArrayList<>();
        for (String name : EXAMPLES) {
            String ndjson = name.replace(".json", ".ndjson");
            files.add(write(dir, ndjson, lines(examplesData().resolve(name))));
        }
        return files;
    }
}
