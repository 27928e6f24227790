package org.matterstandards.core.internal.rule;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;

/** Tests on element values (要素取值判断) shared by rules: blank text, empty lists, yes/no flags. */
public final class Values {

    /** What data staff write for "nothing": these count as empty where a text must be left empty. */
    private static final Set<String> NOTHING = Set.of("无", "暂无", "没有", "/", "-", "—", "不涉及", "none", "n/a");

    private Values() {
    }

    /**
     * @param text a text, may be {@code null}
     * @return {@code true} when it is {@code null} or only white space
     */
    public static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /**
     * Whether a text says nothing: blank, or a placeholder such as 无 or "/".
     *
     * @param text a text, may be {@code null}
     * @return {@code true} when it carries no content
     */
    public static boolean saysNothing(String text) {
        return isBlank(text) || NOTHING.contains(text.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * @param values a list, may be {@code null}
     * @return {@code true} when it is {@code null} or empty
     */
    public static boolean isEmpty(Collection<?> values) {
        return values == null || values.isEmpty();
    }

    /**
     * @param flag a yes/no element, may be {@code null}
     * @return {@code true} only for {@link Boolean#TRUE}
     */
    public static boolean isTrue(Boolean flag) {
        return Boolean.TRUE.equals(flag);
    }
}
