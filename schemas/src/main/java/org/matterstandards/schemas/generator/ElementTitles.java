package org.matterstandards.schemas.generator;

import java.util.Optional;
import org.matterstandards.core.code.CodeKind;

/**
 * Where the generator takes Chinese titles and descriptions from (要素标题来源).
 *
 * <p>{@link #builtIn()} reads a small mapping shipped with this module. It stands in for the element catalogue
 * ({@code org.matterstandards.core.element}): once the catalogue can name an element, an implementation of this
 * interface backed by the catalogue replaces the mapping for {@link #element}, and the mapping keeps only what the
 * catalogue does not cover (schema and code titles). Implementations are immutable and thread-safe.
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
     * The mapping shipped with this module ({@code element-titles.properties}).
     *
     * @return the built-in titles, loaded once
     */
    static ElementTitles builtIn() {
        return MappedElementTitles.BUILT_IN;
    }
}
