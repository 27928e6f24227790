package org.matterstandards.core.element;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.matterstandards.core.internal.datafile.DataLines;
import org.matterstandards.core.model.RecordKind;

/**
 * Reads the element catalogue's file format (要素目录文件). One element per line, tab-separated, after a header row:
 *
 * <pre>
 * kinds key exchangeName labelZh labelEn group category tier mode narrowing match unit aliases basis
 * </pre>
 *
 * {@code kinds} is {@code C} (catalogue items), {@code I} (implementation items) or {@code CI} (both); {@code tier}
 * a 行使层级 digit; {@code mode} a {@link ChangeMode} name; {@code narrowing} as in {@link Narrowing#parse};
 * {@code match} the child components identifying a list entry joined by {@code +}; {@code aliases} joined by
 * {@code |}; {@code -} marks an empty cell. Lines starting with {@code #} are comments, except the required
 * {@code # version: …} line.
 */
final class ElementCatalogReader {

    /** The header row, in order. */
    static final List<String> COLUMNS = List.of("kinds", "key", "exchangeName", "labelZh", "labelEn", "group",
            "category", "tier", "mode", "narrowing", "match", "unit", "aliases", "basis");

    private static final Pattern VERSION_LINE = Pattern.compile("#\\s*version\\s*:\\s*(\\S.*?)\\s*");
    private static final String EMPTY = "-";

    /**
     * What a file holds.
     *
     * @param elements the elements in file order
     * @param version  the {@code # version:} value
     */
    record Contents(List<Element> elements, String version) {
    }

    private ElementCatalogReader() {
    }

    static Contents read(InputStream in, String sourceName) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(sourceName, "sourceName");
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        List<Element> elements = new ArrayList<>();
        String version = null;
        boolean headerSeen = false;
        DataLines lines = new DataLines(reader);
        try {
            while (lines.next()) {
                String line = lines.line();
                int lineNumber = lines.number();
                if (line.startsWith("#")) {
                    Matcher matcher = VERSION_LINE.matcher(line);
                    if (matcher.matches()) {
                        version = matcher.group(1);
                    }
                    continue;
                }
                List<String> cells = List.of(line.split("\t", -1));
                if (!headerSeen) {
                    if (!cells.equals(COLUMNS)) {
                        throw fail(sourceName, lineNumber, "header row must be " + String.join(" ", COLUMNS));
                    }
                    headerSeen = true;
                    continue;
                }
                elements.add(row(cells, sourceName, lineNumber));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read element catalogue " + sourceName, e);
        }
        if (version == null) {
            throw fail(sourceName, lines.number(), "missing '# version: …' line");
        }
        if (elements.isEmpty()) {
            throw fail(sourceName, lines.number(), "no elements");
        }
        return new Contents(elements, version);
    }

    private static Element row(List<String> cells, String source, int line) {
        if (cells.size() != COLUMNS.size()) {
            throw fail(source, line, "expected " + COLUMNS.size() + " tab-separated cells, found " + cells.size());
        }
        try {
            return new Element(
                    cells.get(1).strip(),
                    cells.get(2).strip(),
                    cells.get(3).strip(),
                    cells.get(4).strip(),
                    cells.get(5).strip(),
                    ElementCategory.valueOf(cells.get(6).strip()),
                    Tier.ofDigit(Integer.parseInt(cells.get(7).strip())),
                    ChangeMode.valueOf(cells.get(8).strip()),
                    Narrowing.parse(cells.get(9)),
                    kinds(cells.get(0).strip()),
                    list(cells.get(10), "\\+"),
                    optional(cells.get(11)),
                    list(cells.get(12), "\\|"),
                    optional(cells.get(13)));
        } catch (IllegalArgumentException e) {
            throw fail(source, line, e.getMessage());
        }
    }

    private static Set<RecordKind> kinds(String cell) {
        Set<RecordKind> kinds = EnumSet.noneOf(RecordKind.class);
        for (char c : cell.toUpperCase(Locale.ROOT).toCharArray()) {
            kinds.add(switch (c) {
                case 'C' -> RecordKind.CATALOG_ITEM;
                case 'I' -> RecordKind.IMPLEMENTATION_ITEM;
                default -> throw new IllegalArgumentException("kinds must be C, I or CI: " + cell);
            });
        }
        return kinds;
    }

    private static String optional(String cell) {
        String text = cell.strip();
        return text.isEmpty() || text.equals(EMPTY) ? null : text;
    }

    private static List<String> list(String cell, String separator) {
        String text = optional(cell);
        return text == null ? List.of() : List.of(text.split(separator)).stream().map(String::strip).toList();
    }

    private static IllegalArgumentException fail(String source, int line, String detail) {
        return new IllegalArgumentException(source + ":" + line + ": " + detail);
    }
}
