package org.matterstandards.sdk.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.matterstandards.core.finding.Args;
import org.matterstandards.core.rule.StructureRules;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Checks one readable record against the value limits (取值上限检查) — the length of every text, the entries of every
 * list — whatever format it came from. A value beyond a limit becomes an {@code SC-0004} problem on its pointer and is
 * left out of the record, so that the later stages neither spend time on it nor report it again. Thread-safe.
 */
public final class RecordLimitCheck {

    /**
     * The record after the check.
     *
     * @param node     the record itself when nothing exceeded a limit, else a copy without the offending values
     * @param problems one per offending value
     */
    public record Checked(ObjectNode node, List<ConversionProblem> problems) {
    }

    private final InputLimits limits;

    /**
     * @param limits the limits to enforce
     */
    public RecordLimitCheck(InputLimits limits) {
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
        ObjectNode copy = record.deepCopy();
        List<ConversionProblem> problems = new ArrayList<>();
        prune(copy, "", problems);
        return new Checked(copy, List.copyOf(problems));
    }

    /** The fast path: most records are fine, and are walked once without building anything. */
    private boolean withinLimits(JsonNode node) {
        if (node.isString()) {
            return node.asString().length() <= limits.maxTextLength();
        }
        if (node.isArray() && node.size() > limits.maxListEntries()) {
            return false;
        }
        for (JsonNode child : node) {
            if (!withinLimits(child)) {
                return false;
            }
        }
        return true;
    }

    private void prune(JsonNode container, String pointer, List<ConversionProblem> problems) {
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

    private boolean exceeds(JsonNode value, String pointer, List<ConversionProblem> problems) {
        if (value.isString() && value.asString().length() > limits.maxTextLength()) {
            // Counted in characters (code points), as SC-0104 counts the national lengths.
            String text = value.asString();
            int length = text.codePointCount(0, text.length());
            if (length > limits.maxTextLength()) {
                problems.add(problem(pointer, "textLength", length, limits.maxTextLength()));
                return true;
            }
        } else if (value.isArray() && value.size() > limits.maxListEntries()) {
            problems.add(problem(pointer, "listEntries", value.size(), limits.maxListEntries()));
            return true;
        }
        return false;
    }

    private static ConversionProblem problem(String pointer, String limit, long actual, long max) {
        Map<String, Object> args = Args.of("limit", limit, "actual", actual, "max", max);
        return new ConversionProblem(StructureRules.LIMIT_EXCEEDED, pointer, args, null);
    }
}
