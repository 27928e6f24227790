package org.matterstandards.schemas.generator;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.matterstandards.core.code.CodeKind;
import org.matterstandards.core.element.Element;
import org.matterstandards.core.element.ElementCatalog;
import org.matterstandards.core.model.RecordKind;

/**
 * {@link ElementTitles} backed by the element catalogue (要素目录) for the record kinds it covers — catalogue and
 * implementation items and their child records (申请材料, 收费项目 …): the title is the element's Chinese label in the
 * catalogue, so a schema names an element exactly as the tier checks and reports do. The catalogue holds no prose,
 * so the description comes from {@code element-descriptions.properties}, keyed by catalogue key
 * ({@code promiseDay}, {@code materials[].isNeed}), or by {@code KIND.key} ({@code catalog-item.deptName}) where the
 * kinds need different words. Schema and code titles, and the elements of kinds the catalogue does not cover, come
 * from the fallback. Immutable and thread-safe.
 */
final class CatalogElementTitles implements ElementTitles {

    static final String DESCRIPTIONS = "/org/matterstandards/schemas/generator/element-descriptions.properties";
    static final CatalogElementTitles BUILT_IN = new CatalogElementTitles(ElementCatalog.builtIn(),
            MappedElementTitles.read(DESCRIPTIONS), MappedElementTitles.BUILT_IN);

    /**
     * Where a model type's components sit in the catalogue.
     *
     * @param kinds  the kinds whose records hold the type, in {@link RecordKind} order
     * @param prefix the key prefix of its components: empty for a record kind, {@code materials[].} for a child
     */
    private record Placement(List<RecordKind> kinds, String prefix) {
    }

    private final ElementCatalog catalog;
    private final Map<String, String> descriptions;
    private final ElementTitles fallback;
    private final Map<Class<?>, Placement> placements;

    /**
     * @param catalog      the element catalogue
     * @param descriptions descriptions of the catalogue's elements, by key or {@code KIND.key}
     * @param fallback     answers everything the catalogue does not cover
     */
    CatalogElementTitles(ElementCatalog catalog, Map<String, String> descriptions, ElementTitles fallback) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.descriptions = Map.copyOf(descriptions);
        this.fallback = Objects.requireNonNull(fallback, "fallback");
        this.placements = placements(catalog);
    }

    /** The record kinds the catalogue has elements of, and the child records of those kinds' model types. */
    private static Map<Class<?>, Placement> placements(ElementCatalog catalog) {
        Set<RecordKind> covered = EnumSet.noneOf(RecordKind.class);
        catalog.elements().forEach(element -> covered.addAll(element.kinds()));
        Map<Class<?>, Placement> placements = new LinkedHashMap<>();
        for (RecordKind kind : covered) {
            placements.put(kind.modelType(), new Placement(List.of(kind), ""));
            for (RecordComponent component : kind.modelType().getRecordComponents()) {
                Class<?> child = childRecord(component);
                if (child != null) {
                    Placement known = placements.get(child);
                    Set<RecordKind> kinds = EnumSet.of(kind);
                    if (known != null) {
                        kinds.addAll(known.kinds());
                    }
                    placements.put(child, new Placement(List.copyOf(kinds), component.getName() + "[]."));
                }
            }
        }
        return Map.copyOf(placements);
    }

    /** The record type of a {@code List<R>} component, or {@code null} for any other component. */
    private static Class<?> childRecord(RecordComponent component) {
        if (component.getType() == List.class
                && component.getGenericType() instanceof ParameterizedType list
                && list.getActualTypeArguments()[0] instanceof Class<?> element && element.isRecord()) {
            return element;
        }
        return null;
    }

    @Override
    public Optional<ElementTitle> element(Class<?> owner, String property) {
        Optional<Element> element = catalogElement(owner, property);
        if (element.isEmpty()) {
            return fallback.element(owner, property);
        }
        String key = descriptionKey(owner, property).orElseThrow(() -> new IllegalStateException(
                "no Chinese description for the catalogue element " + element.get().key() + ": add it to "
                        + DESCRIPTIONS));
        return Optional.of(new ElementTitle(element.get().labelZh(), descriptions.get(key)));
    }

    /**
     * The catalogue element behind a component, if the catalogue covers it.
     *
     * @param owner    the model record type
     * @param property the component's JSON name
     * @return the element, or empty when the title comes from the fallback
     */
    Optional<Element> catalogElement(Class<?> owner, String property) {
        return coveringKind(owner, property)
                .flatMap(kind -> catalog.element(kind, placements.get(owner).prefix() + property));
    }

    /** The first kind, in {@link RecordKind} order, whose catalogue has the component. */
    private Optional<RecordKind> coveringKind(Class<?> owner, String property) {
        Placement placement = placements.get(owner);
        if (placement == null) {
            return Optional.empty();
        }
        return placement.kinds().stream()
                .filter(kind -> catalog.element(kind, placement.prefix() + property).isPresent())
                .findFirst();
    }

    /**
     * The description key that answers for a component the catalogue covers: {@code KIND.key} before {@code key}.
     *
     * @param owner    the model record type
     * @param property the component's JSON name
     * @return the key, or empty when none is present or the catalogue does not cover the component
     */
    Optional<String> descriptionKey(Class<?> owner, String property) {
        return coveringKind(owner, property).flatMap(kind -> {
            String key = placements.get(owner).prefix() + property;
            String specific = kind.id() + "." + key;
            return descriptions.containsKey(specific) ? Optional.of(specific)
                    : Optional.of(key).filter(descriptions::containsKey);
        });
    }

    /** @return every key of the descriptions */
    Set<String> descriptionKeys() {
        return descriptions.keySet();
    }

    @Override
    public Optional<ElementTitle> schema(String schemaName) {
        return fallback.schema(schemaName);
    }

    @Override
    public Optional<ElementTitle> code(CodeKind kind) {
        return fallback.code(kind);
    }
}
