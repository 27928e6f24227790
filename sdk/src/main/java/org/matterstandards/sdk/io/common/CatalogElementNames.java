package org.matterstandards.sdk.io.common;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.matterstandards.core.element.Element;
import org.matterstandards.core.element.ElementCatalog;

/**
 * Element names from the element catalogue (要素目录对照): exchange names and Chinese labels (with their aliases) of
 * every element the catalogue lists, the mechanical names for the rest (record kinds and elements the catalogue does
 * not cover). Immutable and thread-safe.
 */
final class CatalogElementNames implements ElementNames {

    /** The names of the built-in catalogue, loaded with this class. */
    static final CatalogElementNames STANDARD = new CatalogElementNames(ElementCatalog.builtIn());

    private final ElementCatalog catalog;

    CatalogElementNames(ElementCatalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    @Override
    public Optional<String> key(ModelTable table, String name) {
        if (table.element(name.strip()).isPresent()) {
            return Optional.of(name.strip());
        }
        String parent = table.isTop() ? null : table.path();
        Optional<Element> element = catalog.byExchangeName(table.kind(), parent, name)
                .or(() -> catalog.byLabel(table.kind(), parent, name));
        Optional<String> key = element.map(Element::name).filter(found -> table.element(found).isPresent());
        return key.isPresent() ? key : ElementNames.mechanical().key(table, name);
    }

    @Override
    public String exchangeName(ModelTable table, String key) {
        return element(table, key).map(Element::exchangeName)
                .orElseGet(() -> ElementNames.mechanical().exchangeName(table, key));
    }

    @Override
    public Optional<String> label(ModelTable table, String key, Locale locale) {
        return element(table, key).map(element -> element.label(locale));
    }

    @Override
    public List<String> closest(ModelTable table, String name, int max) {
        return MechanicalElementNames.closestAmong(table, name, max, this);
    }

    private Optional<Element> element(ModelTable table, String key) {
        return catalog.element(table.kind(), table.isTop() ? key : table.path() + "[]." + key);
    }
}
