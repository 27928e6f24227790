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
    /** Decided Mon 2026-11-30: 3 working days later is Thu 12-03. */
    private static final ChangeRouting ROUTING = new ChangeRouting(
            org.matterstandards.core.profile.ProfileRegistry.builtIn().get("longhu"),
            org.matterstandards.core.reference.ReferenceData.builtIn().calendar(), java.time.LocalDate.of(2026, 11, 30));

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.propertyNames().forEach(names::add);
        return names;
    }

    private static JsonNode written(TierDiffResult result) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ChangeSetWriter.write(result, ROUTING, out);
        return MAPPER.readTree(out.toByteArray());
    }

    @Test
    void writesThePublishedShapeWithStableFieldNames() {
        TierDiffResult result = TierDiffer.builder().profile("longhu").build().diff(
                Repository.file("examples/data/upstream-shantou.json"),
                Repository.file("examples/data/local-longhu.json"));
        JsonNode root = written(result);
        assertThat(fieldNames(root)).containsExactly("format", "formatVersion", "tool", "profile", "upstream", "local",
                "decisionDate", "deadlineWorkingDays", "deadline", "summary", "items");
        assertThat(root.get("deadline").asString()).isEqualTo("2026-12-03");
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
                "category", "tier", "mode", "route", "routeLabel", "authorityTier", "authorityLabel", "deadline",
                "outcome", "reason", "items", "oldValue", "newValue", "reference");
        // 备案 goes to the local item's own tier (龙湖区: 县级).
        assertThat(change.get("authorityTier").asInt()).isEqualTo(4);
        assertThat(change.get("authorityLabel").asString()).isEqualTo("县级");
        assertThat(change.get("deadline").asString()).isEqualTo("2026-12-03");
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
