package org.matterstandards.schemas.generator;

import java.util.Optional;
import org.matterstandards.core.code.CodeKind;

/**
 * Where the generator takes Chinese titles and descriptions from (要素标题来源).
 *
 * <p>{@link #builtIn()} takes the titles of catalogue and implementation items and their child records from the
 * element catalogue ({@code org.matterstandards.core.element.ElementCatalog}, Chinese labels), with descriptions
 * from {@code element-descriptions.properties}; a mapping shipped with this module ({@code element-titles.properties})
 * holds only what the catalogue does not cover: schema and code titles and the elements of power-list items,
 * intermediary services and list changes. Implementations are immutable and thread-safe.
 */
public interface ElementTitles {

    /**
     * The title of one component of a model record.
     *
     * @param owner    the model record type, e.g. {@code ImplementationItem.class} or {@code Material.class}
     * @param property the component's JSON name, e.g. {@code promiseDay}
     * @return the title, or empty when unknown (the generator then fails: every property must have one)
     */
    Optional<ElementTitle> element(Class<?> owner, String property);

    /**
     * The title of a whole schema.
     *
     * @param schemaName the schema's short name, e.g. {@code implementation-item}
     * @return the title, or empty when unknown
     */
    Optional<ElementTitle> schema(String schemaName);

    /**
     * The title of a code definition.
     *
     * @param kind the code kind
     * @return the title, or empty when unknown
     */
    Optional<ElementTitle> code(CodeKind kind);

    /**
     * The built-in titles: the element catalogue where it covers an element, else the mapping shipped with this
     * module.
     *
     * @return the built-in titles, loaded once
     */
    static ElementTitles builtIn() {
        return CatalogElementTitles.BUILT_IN;
    }
}
