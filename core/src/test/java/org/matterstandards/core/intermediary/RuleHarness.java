package org.matterstandards.core.intermediary;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.matterstandards.core.finding.RecordRef;
import org.matterstandards.core.model.MatterRecord;
import org.matterstandards.core.model.RecordKind;
import org.matterstandards.core.profile.Profile;
import org.matterstandards.core.profile.ProfileRegistry;
import org.matterstandards.core.reference.ReferenceData;
import org.matterstandards.core.rule.ListRule;
import org.matterstandards.core.rule.RecordRule;
import org.matterstandards.core.rule.RuleCatalog;
import org.matterstandards.core.rule.RuleContext;
import org.matterstandards.core.rule.RuleSet;

/**
 * Runs rules without the SDK: record rules of a rule set on one record, and list rules over several records through
 * the core SPI ({@code start → accept → finish}).
 */
final class RuleHarness {

    static final Profile SHANTOU = ProfileRegistry.builtIn().get("shantou");
    static final ReferenceData DATA = ReferenceData.builtIn();

    /**
     * One finding as a rule reported it.
     *
     * @param ref       the record (index in the list given to {@link #runList}; 0 for record rules)
     * @param code      rule code
     * @param pointer   JSON Pointer
     * @param arguments named arguments
     */
    record Reported(RecordRef ref, String code, String pointer, Map<String, Object> arguments) {

        /** Keeps its own copy of the arguments. */
        Reported {
            arguments = new LinkedHashMap<>(arguments);
        }

        /** @return {@code CODE pointer} for compact assertions */
        String where() {
            return code + " " + pointer;
        }
    }

    private RuleHarness() {
    }

    /** Runs every record rule of the rule set that applies to the record's kind. */
    static List<Reported> check(RuleSet set, MatterRecord record, Profile profile, ReferenceData data,
                                LocalDate asOf) {
        List<Reported> found = new ArrayList<>();
        RecordRef ref = new RecordRef("test.json", 0, record.recordId());
        RuleContext context = new RuleContext(profile, data, asOf,
                (code, pointer, arguments) -> found.add(new Reported(ref, code, pointer, new LinkedHashMap<>(arguments))));
        RecordKind kind = RecordKind.of(record);
        for (RecordRule<?> rule : set.recordRules()) {
            if (rule.recordType() == kind.modelType()) {
                RuleCatalog.run(rule, record, context);
            }
        }
        return found;
    }

    static List<Reported> check(RuleSet set, MatterRecord record, LocalDate asOf) {
        return check(set, record, SHANTOU, DATA, asOf);
    }

    /** Runs every list rule of the rule set over the records, in order, as one run of file {@code run.json}. */
    static List<Reported> runList(RuleSet set, List<? extends MatterRecord> records) {
        List<Reported> found = new ArrayList<>();
        for (ListRule rule : set.listRules()) {
            ListRule.Check check = rule.start(SHANTOU, DATA);
            for (int i = 0; i < records.size(); i++) {
                check.accept(new RecordRef("run.json", i, records.get(i).recordId()), records.get(i));
            }
            check.finish((ref, code, pointer, arguments) -> {
                if (!code.equals(rule.descriptor().code())) {
                    throw new AssertionError(rule.descriptor().code() + " reported under " + code);
                }
                found.add(new Reported(ref, code, pointer, new LinkedHashMap<>(arguments)));
            });
        }
        return found;
    }

    /**
     * Creates a model record from named component values; every other component is {@code null}.
     *
     * @param type   the record type
     * @param values component values by name
     * @param <T>    the type
     * @return the record
     */
    static <T extends Record> T create(Class<T> type, Map<String, ?> values) {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] arguments = new Object[components.length];
        Set<String> unused = new HashSet<>(values.keySet());
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            arguments[i] = values.get(components[i].getName());
            unused.remove(components[i].getName());
        }
        if (!unused.isEmpty()) {
            throw new IllegalArgumentException(type.getSimpleName() + " has no component " + unused);
        }
        try {
            Constructor<T> constructor = type.getDeclaredConstructor(types);
            return constructor.newInstance(arguments);
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException
                 | InvocationTargetException e) {
            throw new IllegalStateException("cannot create " + type.getSimpleName(), e);
        }
    }
}
