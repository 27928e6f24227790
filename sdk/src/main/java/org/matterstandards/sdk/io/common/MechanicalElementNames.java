package org.matterstandards.sdk.io.common;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Exchange names derived from canonical names (机械对照): {@code promiseDay ⇄ PROMISE_DAY}, plus the few elements the
 * model renamed or whose exchange tables have their own names. No Chinese labels. Immutable and thread-safe.
 */
final class MechanicalElementNames implements ElementNames {

    static final MechanicalElementNames INSTANCE = new MechanicalElementNames();

    /**
     * Canonical name → exchange name where the mechanical rule does not give the exchange name, keyed by
     * "Model.key" so that a rename in a child table does not leak into other tables. The process-link table calls
     * its time-limit unit HANDLE_TYPE; the model renamed it so that it cannot be confused with the item's 办理形式
     * (handleType).
     */
    private static final Map<String, String> RENAMED = Map.of("ProcessStep.handleDayType", "HANDLE_TYPE");

    /**
     * Names the national exchange tables give the child tables (up_task_general_material, …_fee_project,
     * ml_matter_process_link, the Guangdong portal's AUDIT_* blocks): accepted when reading, never written.
     */
    private static final Map<String, String> TABLE_ALIASES = Map.of(
            "MATERIAL", "materials", "AUDIT_MATERIAL", "materials",
            "FEE_PROJECT", "feeItems", "AUDIT_CHARGE", "feeItems",
            "PROCESS", "processSteps", "PROCESS_LINK", "processSteps",
            "AUDIT_QA", "questions");

    private MechanicalElementNames() {
    }

    @Override
    public Optional<String> key(ModelTable table, String name) {
        String trimmed = name.strip();
        if (table.element(trimmed).isPresent()) {
            return Optional.of(trimmed);
        }
        for (ModelTable.Element element : table.elements()) {
            String exchange = exchangeName(table, element.key());
            if (exchange.equalsIgnoreCase(trimmed) || mechanicalExchange(element.key()).equalsIgnoreCase(trimmed)) {
                return Optional.of(element.key());
            }
        }
        return Optional.ofNullable(TABLE_ALIASES.get(trimmed.toUpperCase(Locale.ROOT)))
                .filter(key -> table.element(key).isPresent());
    }

    @Override
    public String exchangeName(ModelTable table, String key) {
        String renamed = RENAMED.get(table.type().getSimpleName() + "." + key);
        return renamed != null ? renamed : mechanicalExchange(key);
    }

    @Override
    public Optional<String> label(ModelTable table, String key, Locale locale) {
        return Optional.empty();
    }

    @Override
    public List<String> closest(ModelTable table, String name, int max) {
        return closestAmong(table, name, max, this);
    }

    /**
     * The names of a table closest to an unknown name by edit distance, over every way the names can be written.
     *
     * @param table the table
     * @param name  the unknown name
     * @param max   how many at most
     * @param names how the table's elements are named
     * @return the best candidates, each in the form closest to the one written
     */
    static List<String> closestAmong(ModelTable table, String name, int max, ElementNames names) {
        record Candidate(String text, int distance) {
        }
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        List<Candidate> candidates = new ArrayList<>();
        for (ModelTable.Element element : table.elements()) {
            List<String> forms = new ArrayList<>(List.of(element.key(), names.exchangeName(table, element.key())));
            names.label(table, element.key(), Locale.SIMPLIFIED_CHINESE).ifPresent(forms::add);
            Candidate best = null;
            for (String form : forms) {
                int distance = distance(wanted, form.toLowerCase(Locale.ROOT));
                if (best == null || distance < best.distance()) {
                    best = new Candidate(form, distance);
                }
            }
            candidates.add(best);
        }
        candidates.sort(Comparator.comparingInt(Candidate::distance).thenComparing(Candidate::text));
        List<String> result = new ArrayList<>();
        for (Candidate candidate : candidates) {
            // Far-off names are no help: keep those within about a third of the length of what was written.
            if (result.size() < max && candidate.distance() <= Math.max(1, wanted.codePointCount(0, wanted.length()) / 3)) {
                result.add(candidate.text());
            }
        }
        return result;
    }

    /** Levenshtein distance, by code point. */
    static int distance(String a, String b) {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        int[] previous = new int[y.length + 1];
        int[] current = new int[y.length + 1];
        for (int j = 0; j <= y.length; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= x.length; i++) {
            current[0] = i;
            for (int j = 1; j <= y.length; j++) {
                int cost = x[i - 1] == y[j - 1] ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[y.length];
    }

    /** {@code promiseDay → PROMISE_DAY}. */
    static String mechanicalExchange(String key) {
        StringBuilder out = new StringBuilder(key.length() + 8);
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (Character.isUpperCase(c) && i > 0) {
                out.append('_');
            }
            out.append(Character.toUpperCase(c));
        }
        return out.toString();
    }

    /** {@code PROMISE_DAY → promiseDay}; a name that is not UPPER_SNAKE is returned unchanged. */
    static String mechanicalKey(String exchangeName) {
        if (!exchangeName.matches("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*")) {
            return exchangeName;
        }
        StringBuilder out = new StringBuilder(exchangeName.length());
        boolean upper = false;
        for (char c : exchangeName.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? c : Character.toLowerCase(c));
                upper = false;
            }
        }
        return out.toString();
    }
}
