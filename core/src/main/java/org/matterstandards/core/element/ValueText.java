package org.matterstandards.core.element;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.matterstandards.core.i18n.Messages;

/**
 * Renders element values for messages (取值显示): 是/否 for flags, 空 for absent values, a child record by its name,
 * and long texts cut short (the full values are in the change set).
 */
final class ValueText {

    /** Longest value shown in a message, in characters. */
    static final int MAX_LENGTH = 60;

    private final Messages messages;

    ValueText(Messages messages) {
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

    /** The items of a change (values, entries, clauses) joined for a message. */
    String items(List<String> items) {
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
