package org.matterstandards.core.codetable;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * One code of a {@link CodeTable} (代码项): the code as it appears in records, its Chinese and English labels, and
 * tags that rules use instead of hard-coded codes (for example {@code exOfficio} on 行政处罚, {@code fullyOnline} on
 * 网办深度 Ⅳ级), so that a variant with other codes needs no change to any rule.
 *
 * @param code the code, e.g. {@code 01}
 * @param zh   the Chinese label, e.g. 行政许可
 * @param en   the English label, e.g. administrative licensing
 * @param tags the tags, possibly empty
 */
public record CodeEntry(String code, String zh, String en, Set<String> tags) {

    /** Validates and copies the components. */
    public CodeEntry {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(zh, "zh");
        Objects.requireNonNull(en, "en");
        if (code.isBlank() || zh.isBlank() || en.isBlank()) {
            throw new IllegalArgumentException("code and labels must not be blank: " + code);
        }
        tags = tags == null ? Set.of() : Set.copyOf(tags);
    }

    /**
     * The label in a language.
     *
     * @param locale any Chinese locale gives the Chinese label, any other the English one
     * @return the label
     */
    public String label(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? zh : en;
    }

    /**
     * Whether the code carries a tag.
     *
     * @param tag the tag, e.g. {@code exOfficio}
     * @return {@code true} when it does
     */
    public boolean hasTag(String tag) {
        return tags.contains(tag);
    }
}
