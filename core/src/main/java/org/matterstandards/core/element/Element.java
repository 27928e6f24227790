package org.matterstandards.core.element;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.matterstandards.core.model.RecordKind;

/**
 * One element (要素) of a service matter: one field of a catalogue or implementation item, or one field of its child
 * records (申请材料, 收费项目 …), with who owns it and what a lower tier may do with it.
 *
 * <p>Child elements have keys like {@code materials[].materialName}: the list element's key, {@code []}, and the
 * child record's component name.
 *
 * @param key          the JSON and Java name, lowerCamel ({@code promiseDay}, {@code materials[].isNeed})
 * @param exchangeName the national exchange column name, UPPER_SNAKE ({@code PROMISE_DAY}); for a child element the
 *                     column of its child table ({@code IS_NEED})
 * @param labelZh      the Chinese label (承诺办结时限)
 * @param labelEn      the English label (promised time limit)
 * @param group        the group key ({@code timeLimits}); its names are in the {@code el} bundle under
 *                     {@code el.group.KEY}
 * @param category     基本要素, 实施规范要素 or 实施清单要素
 * @param tier         the tier that sets the element by default (owner tier)
 * @param mode         what a lower tier may do with it
 * @param narrowing    how "tighter" is decided; required when {@code mode} is NARROW_ONLY
 * @param kinds        the record kinds that have this element (catalogue items, implementation items or both)
 * @param matchKeys    for an element that is a list of child records: the child components that identify an entry
 *                     when an upstream and a local list are compared ({@code materialName}); empty otherwise
 * @param unitKey      the sibling element holding this number's unit ({@code promiseType} for {@code promiseDay}),
 *                     or {@code null}; a narrowing is not judged when the units differ
 * @param aliases      other Chinese labels seen as column headers (承诺时限), used by label look-up
 * @param basis        where the element and its defaults come from (domain-reference sections, markers)
 */
public record Element(
        String key,
        String exchangeName,
        String labelZh,
        String labelEn,
        String group,
        ElementCategory category,
        Tier tier,
        ChangeMode mode,
        Narrowing narrowing,
        Set<RecordKind> kinds,
        List<String> matchKeys,
        String unitKey,
        List<String> aliases,
        String basis) {

    private static final Pattern KEY = Pattern.compile("[a-z][A-Za-z0-9]*(\\[]\\.[a-z][A-Za-z0-9]*)?");
    private static final Pattern EXCHANGE_NAME = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final String CHILD_SEPARATOR = "[].";

    /** Validates and copies the components. */
    public Element {
        Objects.requireNonNull(key, "key");
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("element key must be lowerCamel, children as list[].name: " + key);
        }
        if (exchangeName == null || !EXCHANGE_NAME.matcher(exchangeName).matches()) {
            throw new IllegalArgumentException("exchange name of " + key + " must be UPPER_SNAKE: " + exchangeName);
        }
        requireText(labelZh, "Chinese label", key);
        requireText(labelEn, "English label", key);
        requireText(group, "group", key);
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(narrowing, "narrowing");
        if (mode == ChangeMode.NARROW_ONLY && !narrowing.isDefined()) {
            throw new IllegalArgumentException("element " + key + " cannot be NARROW_ONLY: it has no narrowing order");
        }
        if (kinds == null || kinds.isEmpty()) {
            throw new IllegalArgumentException("element " + key + " belongs to no record kind");
        }
        kinds = Set.copyOf(EnumSet.copyOf(kinds));
        matchKeys = matchKeys == null ? List.of() : List.copyOf(matchKeys);
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        basis = basis == null ? "" : basis;
    }

    private static void requireText(String value, String what, String key) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " of element " + key + " is empty");
        }
    }

    /** @return {@code true} for an element of a child record ({@code materials[].isNeed}) */
    public boolean isChild() {
        return key.contains(CHILD_SEPARATOR);
    }

    /** @return the list element a child element belongs to ({@code materials}), or {@code null} for a top element */
    public String parentKey() {
        int at = key.indexOf(CHILD_SEPARATOR);
        return at < 0 ? null : key.substring(0, at);
    }

    /** @return the component name in its record ({@code isNeed} for {@code materials[].isNeed}) */
    public String name() {
        int at = key.indexOf(CHILD_SEPARATOR);
        return at < 0 ? key : key.substring(at + CHILD_SEPARATOR.length());
    }

    /** @return {@code true} when the element is a list of child records compared entry by entry */
    public boolean isRecordList() {
        return !matchKeys.isEmpty();
    }

    /**
     * Whether records of a kind have this element.
     *
     * @param kind the record kind
     * @return {@code true} when they do
     */
    public boolean appliesTo(RecordKind kind) {
        return kinds.contains(kind);
    }

    /**
     * The label in a language.
     *
     * @param locale zh-CN or en (any other language gets the English label)
     * @return the Chinese or English label
     */
    public String label(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? labelZh : labelEn;
    }

    /**
     * A copy with another change mode.
     *
     * @param newMode the mode
     * @return the copy
     * @throws IllegalArgumentException when the mode is NARROW_ONLY and the element has no narrowing order
     */
    public Element withMode(ChangeMode newMode) {
        return new Element(key, exchangeName, labelZh, labelEn, group, category, tier, newMode, narrowing, kinds,
                matchKeys, unitKey, aliases, basis);
    }

    /**
     * A copy with another owner tier.
     *
     * @param newTier the tier
     * @return the copy
     */
    public Element withTier(Tier newTier) {
        return new Element(key, exchangeName, labelZh, labelEn, group, category, newTier, mode, narrowing, kinds,
                matchKeys, unitKey, aliases, basis);
    }
}
