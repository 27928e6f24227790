package org.matterstandards.sdk.io.common;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.matterstandards.core.element.ElementCatalog;

/**
 * The names an element goes by outside the canonical JSON (要素名称对照): its national exchange name
 * ({@code PROMISE_DAY}) and its Chinese label (承诺办结时限), used to map CSV and XLSX headers and exchange keys to
 * canonical names and back. Implementations are immutable and thread-safe.
 *
 * <p>{@link #mechanical()} derives exchange names from the canonical names, which covers every element;
 * {@link #of(ElementCatalog)} takes exchange names and Chinese labels from the element catalogue and is the default.
 */
public interface ElementNames {

    /**
     * The canonical name of a header or exchange key in a table.
     *
     * @param table the table the name appears in
     * @param name  a header as written: a canonical name, an exchange name or a Chinese label
     * @return the canonical name, or empty when the name is unknown in that table
     */
    Optional<String> key(ModelTable table, String name);

    /**
     * The exchange name of an element.
     *
     * @param table the table
     * @param key   the canonical name
     * @return the exchange name, e.g. {@code PROMISE_DAY}
     */
    String exchangeName(ModelTable table, String key);

    /**
     * The label of an element for a column header.
     *
     * @param table  the table
     * @param key    the canonical name
     * @param locale zh-CN or en
     * @return the label, or empty when none is known (the exchange name is then used)
     */
    Optional<String> label(ModelTable table, String key, Locale locale);

    /**
     * The known names closest to an unknown one, for a "did you mean" hint.
     *
     * @param table the table
     * @param name  the unknown name
     * @param max   how many at most
     * @return the closest names as a person would write them, best first
     */
    List<String> closest(ModelTable table, String name, int max);

    /**
     * The canonical key an UPPER_SNAKE exchange name stands for mechanically: {@code PROMISE_DAY → promiseDay}.
     *
     * @param exchangeName the name; one that is not UPPER_SNAKE is returned unchanged
     * @return the lowerCamel key
     */
    static String mechanicalKey(String exchangeName) {
        return MechanicalElementNames.mechanicalKey(exchangeName);
    }

    /** @return names derived from the canonical names alone: exchange names, no Chinese labels */
    static ElementNames mechanical() {
        return MechanicalElementNames.INSTANCE;
    }

    /**
     * Names from an element catalogue: its exchange names, Chinese labels and label aliases; the mechanical names
     * for what it does not list.
     *
     * @param catalog the catalogue, e.g. {@link ElementCatalog#builtIn()} or one adjusted by a profile
     * @return the names
     */
    static ElementNames of(ElementCatalog catalog) {
        return new CatalogElementNames(catalog);
    }

    /** @return names from the built-in element catalogue */
    static ElementNames standard() {
        return CatalogElementNames.STANDARD;
    }
}
