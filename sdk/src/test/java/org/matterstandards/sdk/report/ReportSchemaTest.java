package org.matterstandards.sdk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matterstandards.core.i18n.Messages;
import org.matterstandards.core.profile.Profile;
import org.matterstandards.core.profile.ProfileRegistry;
import org.matterstandards.schemas.MatterSchema;
import org.matterstandards.schemas.SchemaValidator;
import org.matterstandards.sdk.input.InputException;
import org.matterstandards.sdk.TestData;
import org.matterstandards.sdk.MatterValidator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code report.schema.json} matches {@link JsonReportWriter} exactly (报告模式与报告一致): a real report validates,
 * and every property the schema declares occurs in it, so the schema neither misses nor invents a property.
 */
class ReportSchemaTest {

    @TempDir
    Path dir;

    @Test
    void aRealReportValidatesAndUsesEveryDeclaredProperty() throws IOException {
        JsonNode report = writeReport();
        assertThat(SchemaValidator.builtIn().validate(MatterSchema.REPORT, report)).isEmpty();
        Set<String> declared = new TreeSet<>();
        JsonNode schema = JsonMapper.builder().build().readTree(MatterSchema.REPORT.text());
        declare(schema, schema, "", declared);
        Set<String> written = new TreeSet<>();
        collect(report, "", written, declared);
        assertThat(written).as("properties the writer wrote").isEqualTo(declared);
    }

    @Test
    void theSchemaRejectsWhatTheWriterNeverWrites() throws IOException {
        JsonNode report = writeReport();
        ((tools.jackson.databind.node.ObjectNode) report.get("summary")).put("warnings", 3);
        ((tools.jackson.databind.node.ObjectNode) report.get("records").get(0)).put("kind", "matter");
        assertThat(SchemaValidator.builtIn().validate(MatterSchema.REPORT, report))
                .extracting(violation -> violation.code() + " " + violation.pointer())
                .containsExactly("SC-0107 /records/0/kind", "SC-0103 /summary/warnings");
    }

    @Test
    void theReportNamesTheSchemaVersionOfTheSchemasItWasCheckedWith() {
        assertThat(org.matterstandards.sdk.Versions.all()).containsEntry("schemas", MatterSchema.VERSION);
    }

    private JsonNode writeReport() throws IOException {
        Path profileFile = dir.resolve("test.properties");
        Files.writeString(profileFile, """
                name=test
                parent=shantou
                title.zh=测试
                title.en=Test
                suppress.SC-0103=本地扩展要素，上传前由接口剔除
                suppress.SC-0103.pointer=/remarkLocal
                """, StandardCharsets.UTF_8);
        Profile profile = ProfileRegistry.builtIn().load(profileFile);
        MatterValidator validator = MatterValidator.builder().profile(profile).locale(Messages.EN)
                .asOf(LocalDate.of(2026, 11, 29)).build();
        Path records = dir.resolve("changes.ndjson");
        Files.writeString(records, String.join("\n",
                "{\"changeId\": \"BG-1\", \"changeType\": \"2\", \"subjectCode\": \"ZJ-1\", \"deptName\": \"局\","
                        + " \"decisionDate\": \"2024-03-01\", \"remarkLocal\": \"x\", \"colour\": \"red\"}",
                "{\"changeId\": \"BG-2\", \"changeType\": \"2\", \"subjectCode\": \"ZJ-2\", \"deptName\": \"局\","
                        + " \"decisionDate\": \"2024-02-30\"}",
                "{\"changeId\": \"BG-3\", broken",
                "{\"changeType\": \"1\", \"decisionDate\": \"2024-03-01\", \"deptName\": \"局\"}") + "\n",
                StandardCharsets.UTF_8);
        ValidationReport report = new ValidationReport(profile, validator.asOf(), "en",
                Instant.parse("2026-11-29T01:02:03.456Z"));
        long[] count = {0};
        validator.validateAll(records, result -> {
            count[0]++;
            report.add(records.toString(), result);
        });
        report.addFile(new ValidationReport.FileEntry(records.toString(),
                org.matterstandards.core.model.RecordKind.LIST_CHANGE, count[0], null));
        try {
            validator.validateAll(dir.resolve("missing.json"), result -> report.add("missing.json", result));
        } catch (InputException e) {
            report.addFile(new ValidationReport.FileEntry("missing.json", null, 0,
                    e.getLocalizedMessage(Messages.EN)));
        }
        // Implementation items and a power list, so that every part of the statistics is written too.
        Path powerList = TestData.REPO.resolve("examples/data/shantou-power-list.json");
        // The sample as a workbook too: its findings name their cell (file, sheet, column label).
        Path workbook = TestData.REPO.resolve("examples/data/shantou-sample.xlsx");
        for (Path data : List.of(TestData.SAMPLE, powerList, workbook)) {
            validator.validateAll(data, result -> report.add(data.toString(), result));
        }
        // A main item and a sub-item of a task type the code table does not know: the "unknown" counts.
        tools.jackson.databind.node.ObjectNode odd = (tools.jackson.databind.node.ObjectNode) validator.mapper()
                .readTree(Files.readString(powerList)).get(0);
        odd.put("taskType", "99");
        report.add("odd.json", validator.validate(odd));
        odd.put("catalogCode", odd.get("catalogCode").asString().substring(0, 9) + "001");
        report.add("odd.json", validator.validate(odd));
        report.finish(Instant.parse("2026-11-29T01:02:04Z"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonReportWriter.write(report, out);
        return JsonMapper.builder().build().readTree(out.toByteArray());
    }

    /** Paths of the properties present, arrays as {@code []} and the keys of declared maps as {@code *}. */
    private static void collect(JsonNode node, String path, Set<String> paths, Set<String> declared) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                String name = declared.contains(path + "/*") ? "*" : property.getKey();
                paths.add(path + "/" + name);
                collect(property.getValue(), path + "/" + name, paths, declared);
            }
        } else if (node.isArray()) {
            for (JsonNode item : node) {
                collect(item, path + "[]", paths, declared);
            }
        }
    }

    /** The same paths, from the schema's declared properties (following local $refs). */
    private static void declare(JsonNode root, JsonNode schema, String path, Set<String> paths) {
        if (schema.has("$ref") && schema.get("$ref").asString().startsWith("#/")) {
            declare(root, root.at(schema.get("$ref").asString().substring(1)), path, paths);
        }
        JsonNode properties = schema.get("properties");
        if (properties != null) {
            for (Map.Entry<String, JsonNode> property : properties.properties()) {
                paths.add(path + "/" + property.getKey());
                declare(root, property.getValue(), path + "/" + property.getKey(), paths);
            }
        }
        JsonNode additional = schema.get("additionalProperties");
        if (additional != null && additional.isObject()) {
            paths.add(path + "/*");
            declare(root, additional, path + "/*", paths);
        }
        if (schema.has("items")) {
            declare(root, schema.get("items"), path + "[]", paths);
        }
    }
}
