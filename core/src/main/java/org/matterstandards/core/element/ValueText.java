package org.matterstandards.core.element;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.matterstandards.core.i18n.Messages;

/**
 * Renders element values for messages (取值显示): 是/否 for flags, 空 for absent values, a child record by its name,
 * and long texts cut short (the full values are in the change set). Public for the tier findings
 * ({@code core.rule.el}); immutable and thread-safe.
 */
public final class ValueText {

    /** Longest value shown in a message, in characters. */
    static final int MAX_LENGTH = 60;
    /** Characters of a common beginning kept before the difference. */
    private static final int CONTEXT = 8;

    private final Messages messages;

    /** @param messages the messages of the output language */
    public ValueText(Messages messages) {
        this.messages = messages;
    }

    String render(Object value, Element element) {
        if (ElementValues.isAbsent(value)) {
            return messages.get("el.value.empty");
        }
        if (value instanceof Collection<?> values) {
            List<String> parts = new ArrayList<>();
            for (Object part : values) {
                parts.add(single(part, element));
            }
            return shorten(String.join(separator(), parts));
        }
        return shorten(single(value, element));
    }

    private String single(Object value, Element element) {
        if (value instanceof Boolean flag) {
            return messages.get(flag ? "el.value.true" : "el.value.false");
        }
        if (value instanceof Record entry && element.isRecordList()) {
            return ElementValues.entryName(entry, element.matchKeys());
        }
        return ElementValues.isAbsent(value) ? messages.get("el.value.empty") : ElementValues.text(value);
    }

    /**
     * Renders an upstream and a local value side by side. When two long texts share a long beginning, the beginning
     * is left out of both so that the part that differs is visible in a short message.
     *
     * @param upstream the upstream value
     * @param local    the local value
     * @param element  the element both values belong to
     * @return the two rendered values, upstream first
     */
    public String[] renderPair(Object upstream, Object local, Element element) {
        if (upstream instanceof String up && local instanceof String lo && !up.isBlank() && !lo.isBlank()) {
            String a = ElementValues.text(up);
            String b = ElementValues.text(lo);
            int common = commonPrefix(a, b);
            if (Math.max(a.length(), b.length()) > MAX_LENGTH && common > CONTEXT * 2) {
                int cut = common - CONTEXT;
                return new String[] {shorten("…" + a.substring(cut)), shorten("…" + b.substring(cut))};
            }
        }
        return new String[] {render(upstream, element), render(local, element)};
    }

    private static int commonPrefix(String a, String b) {
        int length = Math.min(a.length(), b.length());
        int i = 0;
        while (i < length && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        // Never cut a surrogate pair in two.
        return i > 0 && Character.isHighSurrogate(a.charAt(i - 1)) ? i - 1 : i;
    }

    /**
     * The items of a change (values, entries, clauses) joined for a message.
     *
     * @param items the items
     * @return the joined items
     */
    public String items(List<String> items) {
        List<String> parts = new ArrayList<>();
        for (String item : items) {
            parts.add(shorten(item));
        }
        return String.join(separator(), parts);
    }

    private String separator() {
        return "zh".equals(messages.locale().getLanguage()) ? "、" : ", ";
    }

    static String shorten(String text) {
        if (text.codePointCount(0, text.length()) <= MAX_LENGTH) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, MAX_LENGTH - 1)) + "…";
    }
}
