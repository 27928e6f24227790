package org.matterstandards.sdk.tier;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Optional;
import org.matterstandards.core.element.ChangeSet;
import org.matterstandards.core.element.Element;
import org.matterstandards.core.element.ElementChange;
import org.matterstandards.core.element.Route;
import org.matterstandards.core.element.Tier;
import org.matterstandards.core.i18n.Messages;
import org.matterstandards.sdk.Versions;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a change set as JSON (变更清单 JSON). The shape is published in {@code docs/change-set.md}; its field names
 * are a contract. Every field is always present, {@code null} when it has no value, so that consumers need no
 * existence checks. Labels are Chinese (the set is submitted to Chinese offices) with the English label next to them.
 */
public final class ChangeSetWriter {

    /** The value of the {@code format} field. */
    public static final String FORMAT = "matter-standards/change-set";
    /** The value of the {@code formatVersion} field; raised only with a migration note. */
    public static final String FORMAT_VERSION = "1.0";

    // The caller owns the stream: the mapper must not close it.
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private ChangeSetWriter() {
    }

    /**
     * Writes the change set of a tier check.
     *
     * @param result  the tier check's result
     * @param routing who approves or receives each change and by when
     * @param out     where to write (UTF-8); not closed
     */
    public static void write(TierDiffResult result, ChangeRouting routing, OutputStream out) {
        MAPPER.writeValue(out, toJson(result, routing));
    }

    /**
     * The change set of a tier check as a JSON tree.
     *
     * @param result  the tier check's result
     * @param routing who approves or receives each change and by when
     * @return the tree
     */
    public static ObjectNode toJson(TierDiffResult result, ChangeRouting routing) {
        ChangeSet set = result.changeSet();
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("formatVersion", FORMAT_VERSION);
        root.put("tool", Versions.tool());
        ObjectNode profile = root.putObject("profile");
        profile.put("name", result.profile().name());
        ArrayNode chain = profile.putArray("chain");
        result.profile().chain().forEach(chain::add);
        root.put("upstream", result.upstreamSource());
        root.put("local", result.localSource());
        root.put("decisionDate", routing.decisionDate().toString());
        root.put("deadlineWorkingDays", routing.workingDays());
        root.put("deadline", routing.deadline().map(LocalDate::toString).orElse(null));
        ObjectNode summary = root.putObject("summary");
        summary.put("items", set.items().size());
        summary.put("changes", set.size());
        summary.put("review", set.count(Route.REVIEW));
        summary.put("filing", set.count(Route.FILING));
        summary.put("withReference", set.coveredCount());
        summary.put("withoutReference", set.size() - set.coveredCount());
        ArrayNode items = root.putArray("items");
        for (ChangeSet.Item item : set.items()) {
            items.add(item(item, routing));
        }
        return root;
    }

    private static ObjectNode item(ChangeSet.Item item, ChangeRouting routing) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("recordIndex", item.local().index());
        node.put("taskCode", item.taskCode());
        node.put("taskHandleItem", item.taskHandleItem());
        node.put("catalogCode", item.catalogCode());
        node.put("taskName", item.taskName());
        node.put("upstreamIndex", item.upstream().index());
        node.put("upstreamId", item.upstream().recordId());
        node.put("reviewReference", item.reviewReference());
        node.put("filingReference", item.filingReference());
        ArrayNode changes = node.putArray("changes");
        for (ChangeSet.Change change : item.changes()) {
            changes.add(change(item, change, routing));
        }
        return node;
    }

    private static ObjectNode change(ChangeSet.Item item, ChangeSet.Change routed, ChangeRouting routing) {
        ElementChange change = routed.change();
        Element element = change.element();
        ObjectNode node = MAPPER.createObjectNode();
        node.put("key", element.key());
        node.put("exchangeName", element.exchangeName());
        node.put("label", element.labelZh());
        node.put("labelEn", element.labelEn());
        node.put("pointer", change.pointer());
        node.put("category", element.category().name());
        node.put("tier", element.tier().digit());
        node.put("mode", element.mode().name());
        node.put("route", routed.route().name());
        node.put("routeLabel", routed.route().label(Messages.ZH_CN));
        Optional<Tier> authority = routing.authority(item, routed);
        node.put("authorityTier", authority.map(Tier::digit).orElse(null));
        node.put("authorityLabel", authority.map(tier -> tier.label(Messages.ZH_CN)).orElse(null));
        node.put("deadline", routing.deadline().map(LocalDate::toString).orElse(null));
        node.put("outcome", change.outcome().name());
        node.put("reason", change.reason().name());
        ArrayNode items = node.putArray("items");
        change.items().forEach(items::add);
        node.set("oldValue", value(change.upstreamValue()));
        node.set("newValue", value(change.localValue()));
        node.put("reference", routed.reference());
        return node;
    }

    private static JsonNode value(Object value) {
        return value == null ? MAPPER.getNodeFactory().nullNode() : MAPPER.valueToTree(value);
    }
}
