package org.matterstandards.sdk.pipeline.internal;


import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.matterstandards.core.finding.Args;
import org.matterstandards.core.finding.UnrenderedFinding;
import org.matterstandards.core.rule.StructureRules;
import org.matterstandards.sdk.input.InputLimits;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Checks what every value of a readable record must be before any stage looks at it (取值检查), whatever format it
 * came from: within the value limits — the length of every text, the entries of every list, the members of every
 * object ({@code SC-0004}) — and
 * free of characters no system can store or show ({@code SC-0005}: NUL and other control characters, a lone half of
 * a surrogate pair, the noncharacters U+FFFE/U+FFFF). Such a value becomes a problem on its pointer and is left out
 * of the record, so that the later stages neither spend time on it, nor report it again, nor copy it into a message
 * or report. Thread-safe.
 */
public final class RecordValueCheck {

    /**
     * The record after the check.
     *
     * @param node     the record itself when nothing exceeded a limit, else a copy without the offending values
     * @param problems one per offending value
     */
    public record Checked(ObjectNode node, List<UnrenderedFinding> problems) {
    }

    private final InputLimits limits;

    /**
     * @param limits the limits to enforce
     */
    public RecordValueCheck(InputLimits limits) {
        this.limits = limits;
    }

    /**
     * Checks a record; never changes the given node.
     *
     * @param record the record
     * @return the record to validate and the problems found
     */
    public Checked apply(ObjectNode record) {
        if (withinLimits(record)) {
            return new Checked(record, List.of());
        }
        List<UnrenderedFinding> problems = new ArrayList<>();
        if (record.size() > limits.maxObjectMembers()) {
            // The record itself: nothing of it is checked, and the empty pointer settles every later finding.
            problems.add(problem("", "recordMembers", record.size(), limits.maxObjectMembers()));
            return new Checked(record.objectNode(), List.copyOf(problems));
        }
        ObjectNode copy = record.deepCopy();
        prune(copy, "", problems);
        return new Checked(copy, List.copyOf(problems));
    }

    /**
     * The fast path: most records are fine, and are walked once without building anything. One virtual call decides
     * what a value is (a number or a name is a leaf at once), and arrays are walked by index, without an iterator.
     */
    private boolean withinLimits(JsonNode node) {
        switch (node.getNodeType()) {
            case STRING -> {
                String text = node.asString();
                return text.length() <= limits.maxTextLength() && firstInvalidCharacter(text) < 0;
            }
            case ARRAY -> {
                int size = node.size();
                if (size > limits.maxListEntries()) {
                    return false;
                }
                for (int i = 0; i < size; i++) {
                    if (!withinLimits(node.get(i))) {
                        return false;
                    }
                }
                return true;
            }
            case OBJECT -> {
                if (node.size() > limits.maxObjectMembers()) {
                    return false;
                }
                for (JsonNode child : node.values()) {
                    if (!withinLimits(child)) {
                        return false;
                    }
                }
                return true;
            }
            default -> {
                return true;
            }
        }
    }

    private void prune(JsonNode container, String pointer, List<UnrenderedFinding> problems) {
        if (container instanceof ObjectNode object) {
            for (String name : List.copyOf(object.propertyNames())) {
                String at = pointer + "/" + name.replace("~", "~0").replace("/", "~1");
                if (exceeds(object.get(name), at, problems)) {
                    object.remove(name);
                } else {
                    prune(object.get(name), at, problems);
                }
            }
        } else if (container instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                String at = pointer + "/" + i;
                if (exceeds(array.get(i), at, problems)) {
                    array.set(i, StringNode.valueOf(""));
                } else {
                    prune(array.get(i), at, problems);
                }
            }
        }
    }

    private boolean exceeds(JsonNode value, String pointer, List<UnrenderedFinding> problems) {
        if (value.isString() && value.asString().length() > limits.maxTextLength()) {
            // Counted in characters (code points), as SC-0104 counts the national lengths.
            String text = value.asString();
            int length = text.codePointCount(0, text.length());
            if (length > limits.maxTextLength()) {
                problems.add(problem(pointer, "textLength", length, limits.maxTextLength()));
                return true;
            }
        }
        if (value.isString()) {
            String text = value.asString();
            int at = firstInvalidCharacter(text);
            if (at >= 0) {
                problems.add(new UnrenderedFinding(StructureRules.INVALID_CHARACTER, pointer, Args.of(
                        "character", String.format("U+%04X", (int) text.charAt(at)),
                        "position", text.codePointCount(0, at) + 1), null));
                return true;
            }
        } else if (value.isArray() && value.size() > limits.maxListEntries()) {
            problems.add(problem(pointer, "listEntries", value.size(), limits.maxListEntries()));
            return true;
        } else if (value.isObject() && value.size() > limits.maxObjectMembers()) {
            problems.add(problem(pointer, "objectMembers", value.size(), limits.maxObjectMembers()));
            return true;
        }
        return false;
    }

    /**
     * Where the first character no system can store or show is: a C0 control character other than tab, line feed
     * and carriage return, a surrogate without its other half, U+FFFE or U+FFFF.
     *
     * @param text the text
     * @return its index, or -1 when the text is clean
     */
    static int firstInvalidCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < Character.MIN_SURROGATE) {
                continue;       // almost every character: one range test instead of four
            }
            if (c < 0x20) {
                if (c != '\t' && c != '\n' && c != '\r') {
                    return i;
                }
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return i;
                }
                i++;
            } else if (Character.isLowSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
                return i;
            }
        }
        return -1;
    }

    private static UnrenderedFinding problem(String pointer, String limit, long actual, long max) {
        Map<String, Object> args = Args.of("limit", limit, "actual", actual, "max", max);
        return new UnrenderedFinding(StructureRules.LIMIT_EXCEEDED, pointer, args, null);
    }
}
