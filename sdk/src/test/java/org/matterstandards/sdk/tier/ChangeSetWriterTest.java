package org.matterstandards.sdk.tier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.matterstandards.core.model.ImplementationItem;
import org.matterstandards.sdk.MatterValidator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

class ChangeSetWriterTest {

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.propertyNames().forEach(names::add);
        return names;
    }

    private static JsonNode written(TierDiffResult result) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ChangeSetWriter.write(result, out);
        return MAPPER.readTree(out.toByteArray());
    }

    @Test
    void writesThePublishedShapeWithStableFieldNames() {
        TierDiffResult result = TierDiffer.builder().profile("longhu").build().diff(
                Repository.file("examples/data/upstream-shantou.json"),
                Repository.file("examples/data/local-longhu.json"));
        JsonNode root = written(result);
        assertThat(fieldNames(root)).containsExactly("format", "formatVersion", "tool", "profile", "upstream", "local",
                "summary", "items");
        assertThat(root.get("format").asString()).isEqualTo("matter-standards/change-set");
        assertThat(root.get("formatVersion").asString()).isEqualTo("1.0");
        assertThat(root.get("profile").get("chain").toString()).isEqualTo("[\"longhu\",\"shantou\",\"guangdong\",\"national\"]");
        assertThat(fieldNames(root.get("summary"))).containsExactly("items", "changes", "review", "filing",
                "withReference", "withoutReference");
        assertThat(root.get("summary").get("changes").asInt()).isEqualTo(21);
        assertThat(root.get("summary").get("withoutReference").asInt()).isEqualTo(9);
        JsonNode item = root.get("items").get(0);
        assertThat(fieldNames(item)).containsExactly("recordIndex", "taskCode", "taskHandleItem", "catalogCode",
                "taskName", "upstreamIndex", "upstreamId", "reviewReference", "filingReference", "changes");
        assertThat(item.get("reviewReference").isNull()).isTrue();
        JsonNode change = item.get("changes").get(2);
        assertThat(fieldNames(change)).containsExactly("key", "exchangeName", "label", "labelEn", "pointer",
                "category", "tier", "mode", "route", "routeLabel", "reason", "items", "oldValue", "newValue",
                "reference");
        assertThat(change.get("key").asString()).isEqualTo("transactAddr");
        assertThat(change.get("exchangeName").asString()).isEqualTo("TRANSACT_ADDR");
        assertThat(change.get("label").asString()).isEqualTo("办理地点");
        assertThat(change.get("route").asString()).isEqualTo("FILING");
        assertThat(change.get("routeLabel").asString()).isEqualTo("备案");
        assertThat(change.get("reference").asString()).isEqualTo("龙政数备〔2026〕15号");
        assertThat(change.get("newValue").asString()).isEqualTo("龙湖区政务服务中心（汕头市龙湖区长平路 60 号）");
    }

    @Test
    void writesValuesAsProperJson() throws Exception {
        MatterValidator validator = MatterValidator.builder().build();
        JsonNode upstream = validator.mapper().readTree(
                java.nio.file.Files.readString(Repository.file("examples/data/upstream-shantou.json")));
        tools.jackson.databind.node.ObjectNode changed = (tools.jackson.databind.node.ObjectNode) upstream.get(0).deepCopy();
        changed.put("planEffectiveDate", "2026-12-01");
        ((tools.jackson.databind.node.ArrayNode) changed.get("processSteps")).addObject()
                .put("linkName", "现场核查").put("handleDay", 2).put("handleDayType", "1");
        ImplementationItem city = (ImplementationItem) validator.validate(upstream.get(0)).record();
        ImplementationItem local = (ImplementationItem) validator.validate(changed).record();
        TierDiffResult result = TierDiffer.builder().build().diff(List.of(city), List.of(local));
        JsonNode changes = written(result).get("items").get(0).get("changes");
        assertThat(changes.get(0).get("key").asString()).isEqualTo("processSteps");
        assertThat(changes.get(0).get("pointer").asString()).isEqualTo("/processSteps/3");
        assertThat(changes.get(0).get("reason").asString()).isEqualTo("ADDED");
        assertThat(changes.get(0).get("items").toString()).isEqualTo("[\"现场核查\"]");
        assertThat(changes.get(0).get("oldValue").isNull()).isTrue();
        assertThat(changes.get(0).get("newValue").get("handleDay").asInt()).isEqualTo(2);
        assertThat(changes.get(1).get("key").asString()).isEqualTo("planEffectiveDate");
        assertThat(changes.get(1).get("route").asString()).isEqualTo("FILING");
        assertThat(changes.get(1).get("newValue").asString()).isEqualTo("2026-12-01");
    }
}
