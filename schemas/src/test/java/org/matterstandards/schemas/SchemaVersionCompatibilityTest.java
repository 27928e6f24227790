package org.matterstandards.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Schema version 1.1 is a minor version of 1.0 (次版本兼容): every element 1.0 knows is still there with the same
 * definition, nothing new is required, so every record that was valid under 1.0 stays valid. The published 1.0 files
 * stay in the jar, frozen, for systems that pinned them.
 */
class SchemaVersionCompatibilityTest {

    private static final Path ROOT = Path.of("src/main/resources/org/matterstandards/schemas");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @ParameterizedTest
    @EnumSource(MatterSchema.class)
    void everyDefinitionOfTheOldVersionIsUnchangedAndNothingBecameRequired(MatterSchema schema) throws IOException {
        assertThat(MatterSchema.VERSION).isEqualTo("1.1");
        JsonNode old = read("1.0", schema);
        JsonNode current = JSON.readTree(schema.text());
        List<String> differences = new ArrayList<>();
        compare(old, current, "", differences);
        assertThat(differences).as("%s: 1.0 definitions changed or missing in 1.1", schema.fileName()).isEmpty();
    }

    /**
     * Walks the old tree: objects may gain members only under "properties" and "$defs"; everything else is equal but
     * the descriptions, which document and do not validate (a 1.1 text may say more, e.g. that 公共服务 is apart).
     */
    private static void compare(JsonNode old, JsonNode current, String at, List<String> differences) {
        if (at.endsWith("/description") && current != null && current.isString()) {
            return;
        }
        if (current == null) {
            differences.add(at + " missing");
        } else if (old.isObject()) {
            for (String name : old.propertyNames()) {
                compare(old.get(name), current.get(name), at + "/" + name, differences);
            }
            boolean open = at.endsWith("/properties") || at.endsWith("/$defs") || at.isEmpty();
            if (!open && current.size() != old.size()) {
                differences.add(at + " gained members");
            }
        } else if (old.isArray()) {
            if (!current.isArray() || current.size() != old.size()) {
                differences.add(at + ": " + old + " → " + current);
                return;
            }
            for (int i = 0; i < old.size(); i++) {
                compare(old.get(i), current.get(i), at + "/" + i, differences);
            }
        } else if (!sameValue(old, current)) {
            differences.add(at + ": " + old + " → " + current);
        }
    }

    private static boolean sameValue(JsonNode old, JsonNode current) {
        if (old.isString() && current.isString()) {
            String before = old.asString().replace("/schemas/1.0/", "/schemas/1.1/").replace("如 1.0。", "如 1.1。");
            return before.equals(current.asString());
        }
        return old.equals(current);
    }

    private static JsonNode read(String version, MatterSchema schema) throws IOException {
        return JSON.readTree(Files.readString(ROOT.resolve(version).resolve(schema.fileName()), StandardCharsets.UTF_8));
    }
}
