package org.matterstandards.core.element;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.matterstandards.core.MatterException;
import org.matterstandards.core.finding.Args;
import org.matterstandards.core.model.RecordKind;
import org.matterstandards.core.profile.Profile;

/**
 * The element catalogue (要素目录): every element of catalogue items and implementation items, and of their child
 * records, exactly once per record kind, with labels, owner tier and change mode.
 *
 * <p>The built-in catalogue ({@link #builtIn()}) is versioned data in {@code elements.tsv} next to this class; an
 * embedder may {@link #load(InputStream, String) load} another file and hand it over through
 * {@link org.matterstandards.core.reference.ReferenceData.Builder#elements(ElementCatalog)}. A profile reassigns
 * modes and tiers with settings {@code element.KEY.mode} and {@code element.KEY.tier}
 * ({@link #withProfile(Profile)}).
 *
 * <p>Look-ups are per record kind, because one JSON name may mean different things in different kinds
 * ({@code deptName} is 实施主体 in an implementation item and 主管部门 in a catalogue item). Input adapters use
 * {@link #byExchangeName} and {@link #byLabel} to map exchange columns and Chinese column headers. Immutable and
 * thread-safe.
 */
public final class ElementCatalog {

    private static final String BUILT_IN_RESOURCE = "elements.tsv";
    private static final String SETTING_PREFIX = "element.";
    private static final String TOP = "";

    private final List<Element> elements;
    private final String version;
    private final List<String> sources;
    private final Map<RecordKind, Map<String, Element>> byKey = new EnumMap<>(RecordKind.class);
    private final Map<RecordKind, Map<String, Element>> byExchange = new EnumMap<>(RecordKind.class);
    private final Map<RecordKind, Map<String, Element>> byLabel = new EnumMap<>(RecordKind.class);
    private final Map<RecordKind, Map<String, List<Element>>> children = new EnumMap<>(RecordKind.class);

    private ElementCatalog(List<Element> elements, String version, List<String> sources) {
        this.elements = List.copyOf(elements);
        this.version = Objects.requireNonNull(version, "version");
        this.sources = List.copyOf(sources);
        for (Element element : this.elements) {
            for (RecordKind kind : element.kinds()) {
                index(kind, element);
            }
        }
        for (Element element : this.elements) {
            checkLinks(element);
        }
        children.replaceAll((kind, map) -> {
            map.replaceAll((parent, list) -> List.copyOf(list));
            return Collections.unmodifiableMap(map);
        });
    }

    private void index(RecordKind kind, Element element) {
        String scope = element.isChild() ? element.parentKey() : TOP;
        putUnique(byKey, kind, element.key(), element, "key");
        putUnique(byExchange, kind, scope + '\u0000' + element.exchangeName().toUpperCase(Locale.ROOT), element,
                "exchange name " + element.exchangeName());
        putUnique(byLabel, kind, scope + '\u0000' + normalizeLabel(element.labelZh()), element,
                "Chinese label " + element.labelZh());
        for (String alias : element.aliases()) {
            putUnique(byLabel, kind, scope + '\u0000' + normalizeLabel(alias), element, "alias " + alias);
        }
        if (element.isChild()) {
            children.computeIfAbsent(kind, k -> new LinkedHashMap<>())
                    .computeIfAbsent(element.parentKey(), k -> new ArrayList<>()).add(element);
        }
    }

    private void putUnique(Map<RecordKind, Map<String, Element>> maps, RecordKind kind, String key, Element element,
                           String what) {
        Element previous = maps.computeIfAbsent(kind, k -> new HashMap<>()).putIfAbsent(key, element);
        if (previous != null) {
            throw new IllegalArgumentException(what + " is used twice in " + kind.id() + " elements: "
                    + previous.key() + " and " + element.key() + " (" + sources + ")");
        }
    }

    private void checkLinks(Element element) {
        for (RecordKind kind : element.kinds()) {
            if (element.isChild()) {
                Element parent = byKey.get(kind).get(element.parentKey());
                if (parent == null || !parent.isRecordList()) {
                    throw new IllegalArgumentException("child element " + element.key() + " has no list element "
                            + element.parentKey() + " with match keys in " + kind.id() + " (" + sources + ")");
                }
            }
            for (String match : element.matchKeys()) {
                if (!byKey.get(kind).containsKey(element.key() + "[]." + match)) {
                    throw new IllegalArgumentException("match key " + match + " of " + element.key()
                            + " is not one of its child elements (" + sources + ")");
                }
            }
            if (element.unitKey() != null && !byKey.get(kind).containsKey(siblingKey(element, element.unitKey()))) {
                throw new IllegalArgumentException("unit " + element.unitKey() + " of " + element.key()
                        + " is not a sibling element (" + sources + ")");
            }
        }
    }

    /**
     * The key of an element's sibling: {@code materials[].pageFormat} for {@code materials[].pageNum} and
     * {@code pageFormat}.
     */
    static String siblingKey(Element element, String name) {
        return element.isChild() ? element.parentKey() + "[]." + name : name;
    }

    /** Initialised on first use of {@link #builtIn()}; class initialisation makes this thread-safe. */
    private static final class BuiltIn {
        static final ElementCatalog CATALOG = loadBuiltIn();

        private static ElementCatalog loadBuiltIn() {
            try (InputStream in = ElementCatalog.class.getResourceAsStream(BUILT_IN_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + BUILT_IN_RESOURCE + " next to "
                            + ElementCatalog.class.getName());
                }
                return load(in, BUILT_IN_RESOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + BUILT_IN_RESOURCE, e);
            }
        }
    }

    /**
     * The built-in catalogue (内置要素目录), loaded once on first call.
     *
     * @return the shared catalogue
     */
    public static ElementCatalog builtIn() {
        return BuiltIn.CATALOG;
    }

    /**
     * Reads a catalogue file (加载要素目录): UTF-8 tab-separated values with a {@code # version:} comment line and a
     * header row; the format is described in the built-in {@code elements.tsv}. The stream is not closed.
     *
     * @param in         the file's bytes
     * @param sourceName a name for messages, e.g. the file name
     * @return the catalogue
     * @throws IllegalArgumentException naming the source and line of a malformed row, a duplicate key, exchange
     *                                  name or label, or a child without its list element
     * @throws UncheckedIOException     when reading fails
     */
    public static ElementCatalog load(InputStream in, String sourceName) {
        ElementCatalogReader.Contents contents = ElementCatalogReader.read(in, sourceName);
        return new ElementCatalog(contents.elements(), contents.version(), List.of(sourceName));
    }

    /**
     * A catalogue of the given elements (for embedders that build their catalogue in code).
     *
     * @param elements the elements, in display order
     * @param version  the state of the data, e.g. a date
     * @return the catalogue
     * @throws IllegalArgumentException on a duplicate key, exchange name or label, or a child without its list
     */
    public static ElementCatalog of(List<Element> elements, String version) {
        return new ElementCatalog(elements, version, List.of("code"));
    }

    /** @return the state of the data ({@code # version:} of the file), e.g. {@code 2026-11-29} */
    public String version() {
        return version;
    }

    /** @return where the catalogue came from: its file, then every profile applied to it */
    public List<String> sources() {
        return sources;
    }

    /** @return every element in catalogue order (top elements, each list followed by its children) */
    public List<Element> elements() {
        return elements;
    }

    /**
     * The elements of one record kind, in catalogue order.
     *
     * @param kind the record kind
     * @return its elements, top and child
     */
    public List<Element> elements(RecordKind kind) {
        return elements.stream().filter(element -> element.appliesTo(kind)).toList();
    }

    /**
     * The child elements of a list element.
     *
     * @param kind      the record kind
     * @param parentKey the list element's key, e.g. {@code materials}
     * @return its children in catalogue order; empty when it has none
     */
    public List<Element> children(RecordKind kind, String parentKey) {
        return children.getOrDefault(kind, Map.of()).getOrDefault(parentKey, List.of());
    }

    /**
     * Looks an element up by key.
     *
     * @param kind the record kind
     * @param key  e.g. {@code promiseDay} or {@code materials[].isNeed}
     * @return the element, or empty
     */
    public Optional<Element> element(RecordKind kind, String key) {
        return Optional.ofNullable(byKey.getOrDefault(kind, Map.of()).get(key));
    }

    /**
     * Looks a top element up by its exchange column name, ignoring case ({@code PROMISE_DAY}, {@code promise_day}).
     *
     * @param kind         the record kind
     * @param exchangeName the column name
     * @return the element, or empty
     */
    public Optional<Element> byExchangeName(RecordKind kind, String exchangeName) {
        return byExchangeName(kind, null, exchangeName);
    }

    /**
     * Looks an element up by its exchange column name inside a child table ({@code materials}, {@code IS_NEED}).
     *
     * @param kind         the record kind
     * @param parentKey    the list element for a child table, or {@code null} for the main table
     * @param exchangeName the column name, any case
     * @return the element, or empty
     */
    public Optional<Element> byExchangeName(RecordKind kind, String parentKey, String exchangeName) {
        if (exchangeName == null) {
            return Optional.empty();
        }
        String scope = parentKey == null ? TOP : parentKey;
        return Optional.ofNullable(byExchange.getOrDefault(kind, Map.of())
                .get(scope + '\u0000' + exchangeName.strip().toUpperCase(Locale.ROOT)));
    }

    /**
     * Looks a top element up by its Chinese label or a known alias, as found in a spreadsheet header. Spaces, a
     * leading required-mark {@code *} and a trailing colon are ignored, and full-width parentheses equal half-width.
     *
     * @param kind  the record kind
     * @param label e.g. {@code 承诺办结时限} or {@code *承诺时限：}
     * @return the element, or empty
     */
    public Optional<Element> byLabel(RecordKind kind, String label) {
        return byLabel(kind, null, label);
    }

    /**
     * Looks an element up by Chinese label inside a child table ({@code materials}, {@code 材料名称}).
     *
     * @param kind      the record kind
     * @param parentKey the list element for a child table, or {@code null} for the main table
     * @param label     the header text
     * @return the element, or empty
     */
    public Optional<Element> byLabel(RecordKind kind, String parentKey, String label) {
        if (label == null) {
            return Optional.empty();
        }
        String scope = parentKey == null ? TOP : parentKey;
        return Optional.ofNullable(byLabel.getOrDefault(kind, Map.of()).get(scope + '\u0000' + normalizeLabel(label)));
    }

    /** The form labels are compared in: header decorations and spaces removed, parentheses half-width. */
    static String normalizeLabel(String label) {
        String text = label.replace('（', '(').replace('）', ')').replaceAll("[\\s\\u3000]+", "");
        text = text.replaceFirst("^[*＊]+", "").replaceFirst("[:：]+$", "");
        return text;
    }

    /**
     * Names the element a JSON Pointer points at, for messages: {@code /promiseDay} → {@code 承诺办结时限(promiseDay)}
     * or {@code promised time limit (promiseDay)}; {@code /materials/0/materialName} →
     * {@code 申请材料[1].材料名称(materialName)}. Entry numbers count from 1, as officials do.
     *
     * @param kind    the record kind, may be {@code null}
     * @param pointer a JSON Pointer into a record
     * @param locale  zh-CN or en
     * @return the label, or empty when the pointer does not name a catalogue element
     */
    public Optional<String> label(RecordKind kind, String pointer, Locale locale) {
        if (kind == null || pointer == null || !pointer.startsWith("/")) {
            return Optional.empty();
        }
        String[] tokens = pointer.substring(1).split("/", -1);
        StringBuilder text = new StringBuilder();
        String parent = null;
        String lastName = null;
        for (String raw : tokens) {
            String token = raw.replace("~1", "/").replace("~0", "~");
            if (!token.isEmpty() && token.chars().allMatch(Character::isDigit) && lastName != null) {
                text.append('[').append(Long.parseLong(token) + 1).append(']');
                continue;
            }
            String key = parent == null ? token : parent + "[]." + token;
            Optional<Element> element = element(kind, key);
            if (element.isEmpty() || (lastName != null && parent == null)) {
                return Optional.empty();
            }
            if (lastName != null) {
                text.append('.');
            }
            text.append(element.get().label(locale));
            lastName = token;
            parent = element.get().isRecordList() ? element.get().key() : null;
        }
        if (lastName == null) {
            return Optional.empty();
        }
        boolean chinese = "zh".equals(locale.getLanguage());
        return Optional.of(text.append(chinese ? "(" : " (").append(lastName).append(')').toString());
    }

    /**
     * This catalogue with a profile's reassignments applied: {@code element.KEY.mode=REVIEW} sets the change mode,
     * {@code element.KEY.tier=3} (or {@code MUNICIPAL}) the owner tier, of every element with that key. The
     * profile's whole chain counts, nearer profiles winning.
     *
     * @param profile the profile
     * @return the adjusted catalogue, or this one when the profile sets nothing
     * @throws MatterException naming the profile and the setting when the key is not an element, the attribute is
     *                         not {@code mode} or {@code tier}, the value is not a mode or tier, or NARROW_ONLY is
     *                         given to an element without a narrowing order
     */
    public ElementCatalog withProfile(Profile profile) {
        Map<String, String> settings = profile.settings(SETTING_PREFIX);
        if (settings.isEmpty()) {
            return this;
        }
        Map<String, Element> adjusted = new LinkedHashMap<>();
        elements.forEach(element -> adjusted.put(identity(element), element));
        for (Map.Entry<String, String> setting : settings.entrySet()) {
            apply(profile, setting.getKey(), setting.getValue(), adjusted);
        }
        List<String> newSources = new ArrayList<>(sources);
        newSources.add("profile " + profile.name());
        return new ElementCatalog(new ArrayList<>(adjusted.values()), version, newSources);
    }

    private static String identity(Element element) {
        return element.key() + '\u0000' + element.kinds();
    }

    private void apply(Profile profile, String settingKey, String value, Map<String, Element> adjusted) {
        String rest = settingKey.substring(SETTING_PREFIX.length());
        int dot = rest.lastIndexOf('.');
        String key = dot < 0 ? rest : rest.substring(0, dot);
        String attribute = dot < 0 ? "" : rest.substring(dot + 1);
        List<Element> targets = elements.stream().filter(element -> element.key().equals(key)).toList();
        if (targets.isEmpty()) {
            throw problem("el.profile.unknownElement", profile, settingKey, value);
        }
        for (Element target : targets) {
            Element current = adjusted.get(identity(target));
            Element changed = switch (attribute) {
                case "mode" -> current.withMode(mode(profile, settingKey, value, current));
                case "tier" -> current.withTier(tier(profile, settingKey, value));
                default -> throw problem("el.profile.unknownAttribute", profile, settingKey, value);
            };
            adjusted.put(identity(target), changed);
        }
    }

    private static ChangeMode mode(Profile profile, String settingKey, String value, Element element) {
        ChangeMode mode;
        try {
            mode = ChangeMode.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw problem("el.profile.badMode", profile, settingKey, value);
        }
        if (mode == ChangeMode.NARROW_ONLY && !element.narrowing().isDefined()) {
            throw problem("el.profile.noNarrowing", profile, settingKey, value);
        }
        return mode;
    }

    private static Tier tier(Profile profile, String settingKey, String value) {
        String text = value.strip();
        Optional<Tier> byDigit = Tier.ofCode(text);
        if (byDigit.isPresent()) {
            return byDigit.get();
        }
        try {
            return Tier.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw problem("el.profile.badTier", profile, settingKey, value);
        }
    }

    private static MatterException problem(String key, Profile profile, String setting, String value) {
        return new MatterException(key, Args.of("profile", profile.name(), "source", String.valueOf(profile.source()),
                "setting", setting, "value", value));
    }

    @Override
    public String toString() {
        return "ElementCatalog[" + elements.size() + " elements, version " + version + ", " + sources + "]";
    }
}
