package org.matterstandards.sdk.report.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.matterstandards.sdk.stats.StatisticsLabels;

/**
 * Writes HTML text with escaping (HTML 输出); every value from data goes through {@link #text}. Used by the reports
 * and the service guides ({@code org.matterstandards.sdk.guide}). Not thread-safe.
 */
public final class Html {

    private final Writer out;

    /** @param out where the markup goes */
    public Html(Writer out) {
        this.out = out;
    }

    /**
     * Writes markup as is; only for constant markup of the caller, never for data.
     *
     * @param markup the markup
     * @return this writer
     */
    public Html raw(String markup) {
        try {
            out.write(markup);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /**
     * Writes text, escaped for element content and attribute values alike.
     *
     * @param value the value; {@code String.valueOf} is escaped
     * @return this writer
     */
    public Html text(Object value) {
        return raw(escape(String.valueOf(value)));
    }

    /** Writes a number with grouping, e.g. {@code 12,300}, as data staff read figures. */
    public Html number(long value) {
        return raw(formatNumber(value));
    }

    /** A count with grouping, e.g. {@code 12,300}. */
    public static String formatNumber(long value) {
        return StatisticsLabels.count(value);
    }

    /** A fraction as a percentage with one decimal, e.g. {@code 87.0%}; an undefined one as a dash. */
    public static String formatPercent(double fraction) {
        return StatisticsLabels.percent(fraction);
    }

    /** Text with {@code < > & " '} escaped for HTML. */
    public static String escape(String text) {
        StringBuilder escaped = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = switch (c) {
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '&' -> "&amp;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (replacement != null && escaped == null) {
                escaped = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (escaped != null) {
                if (replacement != null) {
                    escaped.append(replacement);
                } else {
                    escaped.append(c);
                }
            }
        }
        return escaped == null ? text : escaped.toString();
    }
}
