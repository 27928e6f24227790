package org.matterstandards.sdk.pipeline;

import java.util.Locale;
import java.util.Objects;
import org.matterstandards.core.element.ElementCatalog;
import org.matterstandards.core.model.RecordKind;

/**
 * Names elements from the element catalogue (按要素目录命名): {@code /promiseDay} → {@code 承诺办结时限(promiseDay)} in
 * zh-CN, {@code promised time limit (promiseDay)} in English; {@code /materials/0/materialName} →
 * {@code 申请材料[1].材料名称(materialName)}. A pointer the catalogue does not know (an unknown element) is shown as
 * the pointer itself. Immutable and thread-safe; the default labeler of
 * {@link org.matterstandards.sdk.MatterValidator.Builder}.
 */
public final class CatalogElementLabeler implements ElementLabeler {

    private final ElementCatalog catalog;

    /**
     * @param catalog the catalogue to take labels from
     */
    public CatalogElementLabeler(ElementCatalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    /** @return a labeler over the built-in catalogue */
    public static CatalogElementLabeler builtIn() {
        return new CatalogElementLabeler(ElementCatalog.builtIn());
    }

    @Override
    public String label(RecordKind kind, String pointer, Locale locale) {
        return catalog.label(kind, pointer, locale).orElseGet(() -> POINTER.label(kind, pointer, locale));
    }
}
