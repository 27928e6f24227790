package org.matterstandards.sdk.io.exchange;


import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.matterstandards.core.codetable.CodeEntry;
import org.matterstandards.core.codetable.CodeTable;
import org.matterstandards.core.codetable.CodeTables;
import org.matterstandards.core.finding.Args;
import org.matterstandards.core.finding.UnrenderedFinding;
import org.matterstandards.core.i18n.Messages;
import org.matterstandards.core.model.RecordKind;
import org.matterstandards.core.rule.InputRules;
import org.matterstandards.sdk.io.common.ElementNames;
import org.matterstandards.sdk.io.common.ExchangeConverter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Converts between the Guangdong portal's exported items (广东政务服务网事项格式: {@code AUDIT_ITEM},
 * {@code AUDIT_ITEM_EXTEND}, {@code AUDIT_MATERIAL}, {@code AUDIT_QA}, {@code AUDIT_CHARGE},
 * {@code AUDIT_CATALOG_LOBBY} blocks) and canonical implementation items. Portal names are mapped to national
 * exchange names by the data file {@code gdzwfw-fields.tsv} (with its sources and inferences), portal-only
 * conversions are applied (工作日 → {@code 1}, Ⅳ → {@code 4}, arrays of references → one), and the
 * {@link ExchangeConverter} does the rest (是否 flags, code lists, dates). What cannot be converted is a
 * {@link UnrenderedFinding} on its canonical element; the value is left out.
 *
 * <p>Immutable and thread-safe.
 */
public final class GuangdongPortalConverter {

    /** The block holding the item's own fields. */
    public static final String ITEM_BLOCK = "AUDIT_ITEM";
    private static final String EXTEND_BLOCK = "AUDIT_ITEM_EXTEND";
    private static final String LOBBY_BLOCK = "AUDIT_CATALOG_LOBBY";
    private static final String TEXT_SUFFIX = "_TEXT";
    private static final String[] ROMAN = {"Ⅰ", "Ⅱ", "Ⅲ", "Ⅳ"};

    /** One line of the mapping file. */
    private record Field(String block, String portal, String national, String conversion) {

        boolean dropped() {
            return national.equals("-");
        }

        /** The child list of the national row ({@code MATERIALS}), or {@code null} for item fields. */
        String nationalList() {
            int brackets = national.indexOf("[].");
            return brackets < 0 ? null : national.substring(0, brackets);
        }

        String nationalField() {
            int brackets = national.indexOf("[].");
            return brackets < 0 ? national : national.substring(brackets + 3);
        }
    }

    private static final List<Field> FIELDS = load();

    private final ExchangeConverter exchange;
    private final CodeTables codeTables;
    private final JsonNodeFactory nodes = JsonNodeFactory.instance;

    /**
     * @param exchange   the exchange converter doing the national conversions
     * @param codeTables code tables for the label conversions (national variants: 工作日, 即办件 …)
     */
    public GuangdongPortalConverter(ExchangeConverter exchange, CodeTables codeTables) {
        this.exchange = exchange;
        this.codeTables = codeTables;
    }

    /**
     * Tells a portal record by its {@code AUDIT_ITEM} block.
     *
     * @param node a JSON object
     * @return whether it is a portal record
     */
    public static boolean isPortalRecord(JsonNode node) {
        return node != null && node.isObject() && node.get(ITEM_BLOCK) != null && node.get(ITEM_BLOCK).isObject();
    }

    /**
     * Converts a portal record to a canonical implementation item.
     *
     * @param portal the portal record
     * @return the canonical record and what could not be converted
     */
    public ExchangeConverter.Conversion toCanonical(ObjectNode portal) {
        List<UnrenderedFinding> problems = new ArrayList<>();
        ObjectNode row = nodes.objectNode();
        ObjectNode item = portal.get(ITEM_BLOCK) instanceof ObjectNode object ? object : nodes.objectNode();
        copyBlock(item, ITEM_BLOCK, row, problems);
        if (portal.get(EXTEND_BLOCK) instanceof ObjectNode extend) {
            copyBlock(extend, EXTEND_BLOCK, row, problems);
        }
        listInItem(item, "LAW", row, problems);
        scopes(item, row);
        for (String block : List.of("AUDIT_MATERIAL", "AUDIT_QA", "AUDIT_CHARGE")) {
            childList(portal.get(block), block + "[]", row, problems);
        }
        JsonNode lobby = portal.get(LOBBY_BLOCK);
        JsonNode firstLobby = lobby != null && lobby.isArray() ? lobby.get(0) : lobby;
        if (firstLobby instanceof ObjectNode hall) {
            for (Field field : fields(LOBBY_BLOCK + "[0]")) {
                JsonNode value = hall.get(field.portal());
                if (!field.dropped() && !blank(value) && !row.has(field.national())) {
                    row.set(field.national(), value);
                }
            }
        }
        ExchangeConverter.Conversion converted = exchange.toCanonical(row, RecordKind.IMPLEMENTATION_ITEM);
        problems.addAll(converted.problems());
        return new ExchangeConverter.Conversion(converted.record(), problems);
    }

    /**
     * Writes a canonical implementation item in the portal's format, the inverse of {@link #toCanonical}: mapped
     * elements under their portal names, the rest under national exchange names in {@code AUDIT_ITEM_EXTEND}.
     *
     * @param canonical the canonical record
     * @return the portal record
     */
    public ObjectNode toPortal(ObjectNode canonical) {
        ObjectNode row = exchange.toExchange(canonical, RecordKind.IMPLEMENTATION_ITEM);
        ObjectNode item = nodes.objectNode();
        ObjectNode extend = nodes.objectNode();
        ObjectNode portal = nodes.objectNode();
        Map<String, Field> byNational = new LinkedHashMap<>();
        for (Field field : FIELDS) {
            if (!field.dropped()) {
                byNational.putIfAbsent(field.block() + "|" + field.national(), field);
            }
        }
        for (Map.Entry<String, JsonNode> entry : row.properties()) {
            String name = entry.getKey();
            JsonNode value = entry.getValue();
            Field field = byNational.get(ITEM_BLOCK + "|" + name);
            if (field != null) {
                item.set(field.portal(), fromNational(value, field));
            } else if (name.equals("LEGAL_BASES")) {
                item.set("LAW", rows(value, ITEM_BLOCK + ".LAW[]", byNational));
            } else if (name.startsWith("CROSS_REGION_")) {
                continue; // written below, as the SCOPES entries
            } else if (byNational.containsKey(LOBBY_BLOCK + "[0]|" + name)) {
                ObjectNode hall = portal.get(LOBBY_BLOCK) instanceof ArrayNode halls && halls.get(0) instanceof ObjectNode h
                        ? h : portal.putArray(LOBBY_BLOCK).addObject();
                hall.set(byNational.get(LOBBY_BLOCK + "[0]|" + name).portal(), value);
            } else if (childBlock(name) != null) {
                portal.set(childBlock(name), rows(value, childBlock(name) + "[]", byNational));
            } else {
                extend.set(name, value);
            }
        }
        writeScopes(row, item);
        ObjectNode out = nodes.objectNode();
        out.set(ITEM_BLOCK, item);
        if (!extend.isEmpty()) {
            out.set(EXTEND_BLOCK, extend);
        }
        portal.properties().forEach(entry -> out.set(entry.getKey(), entry.getValue()));
        return out;
    }

    private static String childBlock(String nationalList) {
        return switch (nationalList) {
            case "MATERIALS" -> "AUDIT_MATERIAL";
            case "QUESTIONS" -> "AUDIT_QA";
            case "FEE_ITEMS" -> "AUDIT_CHARGE";
            default -> null;
        };
    }

    private ArrayNode rows(JsonNode nationalRows, String block, Map<String, Field> byNational) {
        ArrayNode out = nodes.arrayNode();
        if (!nationalRows.isArray()) {
            return out;
        }
        for (JsonNode nationalRow : nationalRows) {
            ObjectNode portalRow = out.addObject();
            for (Map.Entry<String, JsonNode> entry : nationalRow.properties()) {
                Field field = fields(block).stream().filter(f -> !f.dropped()
                        && f.nationalField().equals(entry.getKey())).findFirst().orElse(null);
                portalRow.set(field == null ? entry.getKey() : field.portal(),
                        field == null ? entry.getValue() : fromNational(entry.getValue(), field));
            }
        }
        return out;
    }

    private void writeScopes(ObjectNode row, ObjectNode item) {
        JsonNode type = row.get("CROSS_REGION_TYPE");
        List<String> forms = values(row.get("CROSS_REGION_FORMS"));
        List<String> areas = values(row.get("CROSS_REGION_AREAS"));
        int count = Math.max(type == null ? 0 : 1, Math.max(forms.size(), areas.size()));
        if (count == 0) {
            return;
        }
        ArrayNode scopes = item.putArray("SCOPES");
        for (int i = 0; i < count; i++) {
            ObjectNode scope = scopes.addObject();
            if (type != null) {
                scope.set("SCOPERANGE_TEXT", type);
            }
            if (i < forms.size()) {
                scope.put("SCOPESHAPE_TEXT", forms.get(i));
            }
            if (i < areas.size()) {
                scope.put("AREA_CODE", areas.get(i));
            }
        }
    }

    private void copyBlock(ObjectNode block, String blockName, ObjectNode row, List<UnrenderedFinding> problems) {
        for (Map.Entry<String, JsonNode> entry : block.properties()) {
            String name = entry.getKey();
            JsonNode value = entry.getValue();
            Optional<Field> mapped = field(ITEM_BLOCK, name);
            if (mapped.isPresent()) {
                if (!mapped.get().dropped()) {
                    JsonNode converted = toNational(value, mapped.get(), problems);
                    if (converted != null) {
                        row.set(mapped.get().national(), converted);
                    }
                }
            } else if (name.equals("LAW") || name.equals("SCOPES")) {
                continue; // lists inside AUDIT_ITEM, converted on their own
            } else if (!(name.endsWith(TEXT_SUFFIX) && block.has(name.substring(0, name.length() - 5)))) {
                row.set(name, value); // a national exchange name, or an undefined element the pipeline reports
            }
        }
    }

    private void listInItem(ObjectNode item, String list, ObjectNode row, List<UnrenderedFinding> problems) {
        childList(item.get(list), ITEM_BLOCK + "." + list + "[]", row, problems);
    }

    private void childList(JsonNode portalRows, String block, ObjectNode row, List<UnrenderedFinding> problems) {
        if (portalRows == null || !portalRows.isArray()) {
            return;
        }
        List<Field> fields = fields(block);
        String list = fields.stream().filter(f -> !f.dropped()).findFirst().map(Field::nationalList).orElseThrow();
        ArrayNode rows = row.putArray(list);
        for (JsonNode portalRow : portalRows) {
            ObjectNode out = rows.addObject();
            for (Map.Entry<String, JsonNode> entry : portalRow.properties()) {
                Optional<Field> field = fields.stream().filter(f -> f.portal().equals(entry.getKey())).findFirst();
                if (field.isEmpty()) {
                    if (!entry.getKey().endsWith(TEXT_SUFFIX)) {
                        out.set(entry.getKey(), entry.getValue());
                    }
                } else if (!field.get().dropped()) {
                    JsonNode converted = toNational(entry.getValue(), field.get(), problems);
                    if (converted != null) {
                        out.set(field.get().nationalField(), converted);
                    }
                }
            }
        }
    }

    private void scopes(ObjectNode item, ObjectNode row) {
        JsonNode scopes = item.get("SCOPES");
        if (scopes == null || !scopes.isArray() || scopes.isEmpty()) {
            return;
        }
        for (Field field : fields(ITEM_BLOCK + ".SCOPES[]")) {
            if (field.conversion().equals("first")) {
                JsonNode first = scopes.get(0).get(field.portal());
                if (!blank(first)) {
                    row.set(field.national(), first);
                }
            } else {
                ArrayNode values = nodes.arrayNode();
                for (JsonNode scope : scopes) {
                    JsonNode value = scope.get(field.portal());
                    if (!blank(value)) {
                        values.add(value.asString());
                    }
                }
                if (!values.isEmpty()) {
                    row.set(field.national(), values);
                }
            }
        }
    }

    private JsonNode toNational(JsonNode value, Field field, List<UnrenderedFinding> problems) {
        String conversion = field.conversion();
        if (blank(value) || conversion.equals("same") || conversion.equals("collect")) {
            return value;
        }
        if (conversion.equals("first")) {
            return value.isArray() ? (value.isEmpty() ? null : value.get(0)) : value;
        }
        String text = value.asString().strip();
        if (conversion.equals("level")) {
            for (int i = 0; i < ROMAN.length; i++) {
                if (text.equals(String.valueOf(i + 1)) || text.startsWith(ROMAN[i])) {
                    return nodes.stringNode(String.valueOf(i + 1));
                }
            }
            problems.add(problem(field, value, "level"));
            return null;
        }
        CodeTable table = codeTables.table(conversion.substring("label:".length()), CodeTables.DEFAULT_VARIANT);
        for (CodeEntry entry : table.entries()) {
            if (entry.code().equals(text) || table.label(entry.code(), Messages.ZH_CN).orElse("").equals(text)) {
                return nodes.stringNode(entry.code());
            }
        }
        problems.add(problem(field, value, "label"));
        return null;
    }

    private JsonNode fromNational(JsonNode value, Field field) {
        String conversion = field.conversion();
        if (conversion.equals("first")) {
            ArrayNode array = nodes.arrayNode();
            array.add(value);
            return array;
        }
        if (conversion.equals("level") && value.isString() && value.asString().matches("[1-4]")) {
            return nodes.stringNode(ROMAN[Integer.parseInt(value.asString()) - 1]);
        }
        if (conversion.startsWith("label:") && value.isString()) {
            CodeTable table = codeTables.table(conversion.substring("label:".length()), CodeTables.DEFAULT_VARIANT);
            return nodes.stringNode(table.label(value.asString(), Messages.ZH_CN).orElse(value.asString()));
        }
        return value;
    }

    private UnrenderedFinding problem(Field field, JsonNode value, String expected) {
        String element = ElementNames.mechanicalKey(field.nationalField());
        String list = field.nationalList();
        // Child rows are located by their list; the pipeline names the element from the pointer.
        String pointer = list == null ? "/" + element : "/" + ElementNames.mechanicalKey(list);
        return new UnrenderedFinding(InputRules.UNCONVERTIBLE_VALUE, pointer,
                Args.of("value", value.isString() ? value.asString() : value.toString(), "expected", expected), null);
    }

    private static boolean blank(JsonNode value) {
        return value == null || value.isNull() || (value.isString() && value.asString().isBlank());
    }

    /** The items of an exchange list value: an array, or text joined by commas. */
    private static List<String> values(JsonNode value) {
        List<String> out = new ArrayList<>();
        if (value != null && value.isArray()) {
            value.forEach(item -> out.add(item.asString()));
        } else if (!blank(value)) {
            for (String part : value.asString().split(",")) {
                out.add(part.strip());
            }
        }
        return out;
    }

    private static Optional<Field> field(String block, String portal) {
        return FIELDS.stream().filter(f -> f.block().equals(block) && f.portal().equals(portal)).findFirst();
    }

    private static List<Field> fields(String block) {
        return FIELDS.stream().filter(f -> f.block().equals(block)).toList();
    }

    private static List<Field> load() {
        String resource = "/org/matterstandards/sdk/io/gdzwfw-fields.tsv";
        try (InputStream in = GuangdongPortalConverter.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            List<Field> fields = new ArrayList<>();
            boolean header = true;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] cells = line.split("\t");
                fields.add(new Field(cells[0].strip(), cells[1].strip(), cells[2].strip(), cells[3].strip()));
            }
            return List.copyOf(fields);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
