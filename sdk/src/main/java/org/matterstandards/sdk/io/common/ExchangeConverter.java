package org.matterstandards.sdk.io.common;

import org.matterstandards.core.finding.UnrenderedFinding;
import org.matterstandards.sdk.input.InputRecord;
import org.matterstandards.sdk.input.CellLocator;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.matterstandards.core.finding.Args;
import org.matterstandards.core.finding.JsonPointers;
import org.matterstandards.core.model.RecordKind;
import org.matterstandards.core.rule.InputRules;
import org.matterstandards.sdk.input.KindDetector;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Converts between national exchange rows and canonical records (交换格式转换).
 *
 * <p>An exchange row has UPPER_SNAKE keys ({@code TASK_CODE}) and exchange-style values: 是否 flags as {@code "1"/"0"},
 * multi-valued codes as {@code "1,2"} or {@code "3^4^5"}, dates as {@code "yyyy-MM-dd HH:mm:ss"}, numbers often as
 * text, child tables ({@code MATERIALS}, {@code FEE_ITEMS}, {@code QUESTIONS}, {@code PROCESS_STEPS} …; the national
 * table names {@code MATERIAL}, {@code FEE_PROJECT}, {@code PROCESS} are accepted too) as arrays of rows.
 * The canonical record has lowerCamel keys and proper JSON types (ARCHITECTURE §3).
 *
 * <p>Reading never fails: a flag, list or date that cannot be converted is left out of the record and returned as a
 * {@link UnrenderedFinding} on its element, and everything else is converted. A value whose exchange form is its
 * canonical form (a text, a day count) is passed through unchanged even when it is wrong, so that the model stage
 * reports it exactly as for canonical JSON. Keys that are no element are kept under their lowerCamel name, so that
 * the model stage reports them as undefined elements; the exchange tables' sync columns ({@code CD_BATCH},
 * {@code CD_OPERATION}, {@code CD_TIME}, {@code DATA_SOURCE}, {@code ROW_GUID}) are dropped.
 *
 * <p>Immutable and thread-safe.
 */
public final class ExchangeConverter {

    /**
     * A converted record.
     *
     * @param record   the canonical record
     * @param problems the values that could not be converted, in element order
     */
    public record Conversion(ObjectNode record, List<UnrenderedFinding> problems) {

        /** Copies the problems. */
        public Conversion {
            problems = List.copyOf(problems);
        }
    }

    /** Columns every exchange table carries for synchronisation; they are not elements of a matter. */
    private static final Set<String> SYNC_COLUMNS = Set.of("CD_BATCH", "CD_OPERATION", "CD_TIME", "DATA_SOURCE",
            "ROW_GUID");

    /** The separators exchange lists use: {@code "1,2"} and {@code "3^4^5"}. */
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[,^]");
    /** One code of a list: what a code table can hold. */
    private static final Pattern LIST_ITEM = Pattern.compile("[0-9A-Za-z_.\\-]+");
    private static final Pattern DATE = Pattern.compile(
            "(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?:[ T](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d{1,9})?)?)?");
    private static final String LIST_JOINER = ",";
    private static final String MIDNIGHT = " 00:00:00";

    private final ElementNames names;
    private final JsonNodeFactory nodes = JsonNodeFactory.instance;

    /**
     * @param names how elements are named in exchange rows
     */
    public ExchangeConverter(ElementNames names) {
        this.names = Objects.requireNonNull(names, "names");
    }

    /** @return a converter with the exchange names of the built-in element catalogue */
    public static ExchangeConverter standard() {
        return new ExchangeConverter(ElementNames.standard());
    }

    /** @return the element names this converter uses */
    public ElementNames names() {
        return names;
    }

    /**
     * Tells the record kind of an exchange row from its keys.
     *
     * @param exchangeRow an exchange row
     * @return the kind, or empty when the keys fit none
     */
    public Optional<RecordKind> detectKind(ObjectNode exchangeRow) {
        ObjectNode keys = nodes.objectNode();
        for (Map.Entry<String, JsonNode> entry : exchangeRow.properties()) {
            keys.put(MechanicalElementNames.mechanicalKey(entry.getKey()), true);
        }
        // Child tables renamed after their exchange tables are still recognised by their canonical names.
        ModelTable items = ModelTable.of(RecordKind.IMPLEMENTATION_ITEM);
        for (ModelTable child : items.children()) {
            if (exchangeRow.has(names.exchangeName(items, child.path()))) {
                keys.put(child.path(), true);
            }
        }
        return KindDetector.detect(keys);
    }

    /**
     * Converts an exchange row to a canonical record.
     *
     * @param exchangeRow the row (not modified)
     * @param kind        the record kind
     * @return the record and the values that could not be converted
     */
    public Conversion toCanonical(ObjectNode exchangeRow, RecordKind kind) {
        List<UnrenderedFinding> problems = new ArrayList<>();
        ObjectNode record = convertRow(exchangeRow, ModelTable.of(kind), "", true, problems);
        return new Conversion(record, problems);
    }

    /**
     * Turns one record read from an exchange-rows input into canonical form, as the exchange reader does for each row
     * of a file (also for an engine that has split the file into lines itself).
     *
     * @param input the record as read; an unreadable one passes through unchanged
     * @param kind  the kind of the input (given, or told from its first row by {@link #detectKind}); {@code null}
     *              when it cannot be told: the row then passes on under canonical names, so that the pipeline says so
     * @return the canonical record, with the values that could not be converted
     */
    public InputRecord toCanonical(InputRecord input, RecordKind kind) {
        if (!(input instanceof InputRecord.Parsed parsed)) {
            return input;
        }
        if (kind == null) {
            ObjectNode renamed = nodes.objectNode();
            for (Map.Entry<String, JsonNode> entry : parsed.node().properties()) {
                renamed.set(MechanicalElementNames.mechanicalKey(entry.getKey()), entry.getValue());
            }
            return new InputRecord.Parsed(parsed.index(), parsed.location(), renamed);
        }
        Conversion conversion = toCanonical(parsed.node(), kind);
        return new InputRecord.Parsed(parsed.index(), parsed.location(), conversion.record(), conversion.problems(),
                CellLocator.NONE);
    }

    /**
     * Converts a row whose keys are already canonical but whose values are exchange-style text, as read from a CSV or
     * XLSX row.
     *
     * @param row      the row keyed by canonical names (not modified)
     * @param table    its table
     * @param pointer  JSON Pointer of the row in the record ({@code ""} for the record itself, {@code /materials/0} …)
     * @param problems receives the values that could not be converted
     * @return the canonical row
     */
    public ObjectNode convertValues(ObjectNode row, ModelTable table, String pointer,
                                    List<UnrenderedFinding> problems) {
        return convertRow(row, table, pointer, false, problems);
    }

    private ObjectNode convertRow(ObjectNode row, ModelTable table, String pointer, boolean exchangeKeys,
                                  List<UnrenderedFinding> problems) {
        ObjectNode out = nodes.objectNode();
        for (Map.Entry<String, JsonNode> entry : row.properties()) {
            String name = entry.getKey();
            if (exchangeKeys && SYNC_COLUMNS.contains(name.toUpperCase(java.util.Locale.ROOT))) {
                continue;
            }
            Optional<ModelTable.Element> element = exchangeKeys
                    ? names.key(table, name).flatMap(table::element)
                    : table.element(name);
            if (element.isEmpty()) {
                // Not an element: keep it, so that the model stage reports it as it would in canonical JSON.
                String key = exchangeKeys ? MechanicalElementNames.mechanicalKey(name) : name;
                if (!isBlank(entry.getValue())) {
                    out.set(key, entry.getValue());
                }
                continue;
            }
            String key = element.get().key();
            JsonNode value = toCanonical(entry.getValue(), element.get(), JsonPointers.append(pointer, key),
                    exchangeKeys, problems);
            if (value != null) {
                out.set(key, value);
            }
        }
        return out;
    }

    private JsonNode toCanonical(JsonNode value, ModelTable.Element element, String pointer, boolean exchangeKeys,
                                 List<UnrenderedFinding> problems) {
        if (isBlank(value)) {
            return null;
        }
        return switch (element.type()) {
            case TEXT -> value;
            case INTEGER -> integer(value);
            case FLAG -> flag(value, pointer, problems);
            case LIST -> list(value, pointer, problems);
            case DATE -> date(value, pointer, problems);
            case CHILDREN -> children(value, element.child(), pointer, exchangeKeys, problems);
        };
    }

    private JsonNode integer(JsonNode value) {
        if (value.isString()) {
            String text = value.asString().strip();
            if (text.matches("-?\\d{1,9}")) {
                return nodes.numberNode(Integer.parseInt(text));
            }
        }
        // "20天" stays text: the model stage reports it as a wrong type, as it would in canonical JSON.
        return value;
    }

    private JsonNode flag(JsonNode value, String pointer, List<UnrenderedFinding> problems) {
        if (value.isBoolean()) {
            return value;
        }
        String text = value.isNumber() || value.isString() ? value.asString().strip() : null;
        if ("1".equals(text)) {
            return nodes.booleanNode(true);
        }
        if ("0".equals(text)) {
            return nodes.booleanNode(false);
        }
        problems.add(unconvertible(pointer, value, "flag"));
        return null;
    }

    private JsonNode list(JsonNode value, String pointer, List<UnrenderedFinding> problems) {
        if (value.isArray()) {
            ArrayNode items = nodes.arrayNode();
            for (JsonNode item : value) {
                items.add(item.isNumber() ? nodes.stringNode(item.asString()) : item);
            }
            return items;
        }
        if (!value.isString() && !value.isNumber()) {
            return value;
        }
        String text = value.asString().strip();
        ArrayNode items = nodes.arrayNode();
        for (String part : LIST_SEPARATOR.split(text, -1)) {
            String item = part.strip();
            if (!LIST_ITEM.matcher(item).matches()) {
                problems.add(unconvertible(pointer, value, "list"));
                return null;
            }
            items.add(item);
        }
        return items;
    }

    private JsonNode date(JsonNode value, String pointer, List<UnrenderedFinding> problems) {
        if (!value.isString()) {
            return value;
        }
        Optional<LocalDate> date = parseDate(value.asString());
        if (date.isEmpty()) {
            problems.add(unconvertible(pointer, value, "date"));
            return null;
        }
        return nodes.stringNode(date.get().toString());
    }

    /**
     * Parses an exchange date: {@code yyyy-MM-dd} or {@code yyyy/M/d}, optionally with a time of day, which the
     * model does not keep.
     *
     * @param text the text
     * @return the date, or empty when the text is no valid date
     */
    public static Optional<LocalDate> parseDate(String text) {
        Matcher matcher = DATE.matcher(text.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                    Integer.parseInt(matcher.group(3)));
            if (matcher.group(4) != null) {
                LocalTime.of(Integer.parseInt(matcher.group(4)), Integer.parseInt(matcher.group(5)),
                        matcher.group(6) == null ? 0 : Integer.parseInt(matcher.group(6)));
            }
            return Optional.of(date);
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private JsonNode children(JsonNode value, ModelTable child, String pointer, boolean exchangeKeys,
                              List<UnrenderedFinding> problems) {
        if (!value.isArray()) {
            return value;
        }
        ArrayNode rows = nodes.arrayNode();
        int index = 0;
        for (JsonNode row : value) {
            rows.add(row instanceof ObjectNode object
                    ? convertRow(object, child, pointer + "/" + index, exchangeKeys, problems)
                    : row);
            index++;
        }
        return rows;
    }

    private static UnrenderedFinding unconvertible(String pointer, JsonNode value, String expected) {
        return new UnrenderedFinding(InputRules.UNCONVERTIBLE_VALUE, pointer,
                Args.of("value", value.isString() ? value.asString() : value.toString(), "expected", expected), null);
    }

    private static boolean isBlank(JsonNode value) {
        return value == null || value.isNull() || value.isMissingNode()
                || (value.isString() && value.asString().isBlank());
    }

    /**
     * Converts a canonical record to an exchange row.
     *
     * @param record the canonical record (not modified)
     * @param kind   its kind
     * @return the exchange row; values that are not of their element's type are written unchanged
     */
    public ObjectNode toExchange(ObjectNode record, RecordKind kind) {
        return exchangeRow(record, ModelTable.of(kind));
    }

    private ObjectNode exchangeRow(ObjectNode row, ModelTable table) {
        ObjectNode out = nodes.objectNode();
        for (Map.Entry<String, JsonNode> entry : row.properties()) {
            Optional<ModelTable.Element> element = table.element(entry.getKey());
            if (element.isEmpty()) {
                out.set(entry.getKey().matches("[a-z][A-Za-z0-9]*")
                        ? MechanicalElementNames.mechanicalExchange(entry.getKey()) : entry.getKey(), entry.getValue());
                continue;
            }
            out.set(names.exchangeName(table, entry.getKey()), toExchange(entry.getValue(), element.get()));
        }
        return out;
    }

    /**
     * The exchange form of one canonical value.
     *
     * @param value   the canonical value
     * @param element its element
     * @return the exchange value; a value not of the element's type is returned unchanged
     */
    public JsonNode toExchange(JsonNode value, ModelTable.Element element) {
        return switch (element.type()) {
            case TEXT, INTEGER -> value;
            case FLAG -> value.isBoolean() ? nodes.stringNode(value.booleanValue() ? "1" : "0") : value;
            case LIST -> joinList(value);
            case DATE -> value.isString() && parseDate(value.asString()).isPresent()
                    && value.asString().length() == 10 ? nodes.stringNode(value.asString() + MIDNIGHT) : value;
            case CHILDREN -> {
                if (!value.isArray()) {
                    yield value;
                }
                ArrayNode rows = nodes.arrayNode();
                for (JsonNode row : value) {
                    rows.add(row instanceof ObjectNode object ? exchangeRow(object, element.child()) : row);
                }
                yield rows;
            }
        };
    }

    private JsonNode joinList(JsonNode value) {
        if (!value.isArray()) {
            return value;
        }
        List<String> items = new ArrayList<>();
        for (JsonNode item : value) {
            if (!(item.isString() || item.isNumber()) || !LIST_ITEM.matcher(item.asString()).matches()) {
                // Not a list of codes: joining would change it, so write it as it is.
                return value;
            }
            items.add(item.asString());
        }
        return nodes.stringNode(String.join(LIST_JOINER, items));
    }
}
