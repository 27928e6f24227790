package org.matterstandards.core.codetable;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.matterstandards.core.MatterException;
import org.matterstandards.core.internal.datafile.DataLines;
import org.matterstandards.core.finding.Args;

/** Reads the TSV format of {@link CodeTable#load(InputStream, String)}; reports the first problem with its line. */
final class CodeTableReader {

    private static final Pattern HEADER = Pattern.compile("#\\s*([a-z]+(?:\\.[a-z]+)?)\\s*:\\s*(.*?)\\s*");
    private static final Set<String> HEADER_KEYS = Set.of(
            "table", "variant", "title.zh", "title.en", "source", "compiled", "version");
    private static final List<String> COLUMNS = List.of("code", "zh", "en", "tags");

    private CodeTableReader() {
    }

    static CodeTable read(InputStream in, String source) {
        Map<String, String> header = new HashMap<>();
        List<CodeEntry> entries = new ArrayList<>();
        boolean columnsSeen = false;
        DataLines lines = new DataLines(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8
                .newDecoder().onMalformedInput(CodingErrorAction.REPORT))));
        try {
            while (lines.next()) {
                String line = lines.line();
                int lineNumber = lines.number();
                if (line.startsWith("#")) {
                    Matcher matcher = HEADER.matcher(line);
                    if (!columnsSeen && matcher.matches() && HEADER_KEYS.contains(matcher.group(1))) {
                        header.put(matcher.group(1), matcher.group(2));
                    }
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (!columnsSeen) {
                    if (!Arrays.asList(cells).equals(COLUMNS.subList(0, Math.min(cells.length, COLUMNS.size())))
                            || cells.length < 3) {
                        throw malformed(source, lineNumber, "the first row must be the columns code, zh, en[, tags]");
                    }
                    columnsSeen = true;
                    continue;
                }
                entries.add(entry(cells, source, lineNumber));
            }
        } catch (CharacterCodingException e) {
            throw malformed(source, lines.number() + 1, "not UTF-8");
        } catch (IOException e) {
            throw malformed(source, lines.number(), String.valueOf(e.getMessage()));
        }
        if (!columnsSeen) {
            throw malformed(source, lines.number(), "no column row (code, zh, en[, tags])");
        }
        try {
            return CodeTable.of(new CodeTable.Metadata(header.get("table"), header.get("variant"),
                    header.get("title.zh"), header.get("title.en"), header.get("source"), header.get("compiled"),
                    header.get("version")), entries);
        } catch (IllegalArgumentException e) {
            throw malformed(source, lines.number(), e.getMessage() + " (headers needed: " + HEADER_KEYS + ")");
        }
    }

    private static CodeEntry entry(String[] cells, String source, int lineNumber) {
        if (cells.length < 3 || cells.length > 4) {
            throw malformed(source, lineNumber, "expected 3 or 4 tab-separated cells, found " + cells.length);
        }
        Set<String> tags = new LinkedHashSet<>();
        if (cells.length == 4 && !cells[3].isBlank()) {
            tags.addAll(Arrays.asList(cells[3].trim().split("\\s+")));
        }
        try {
            return new CodeEntry(cells[0].trim(), cells[1].trim(), cells[2].trim(), tags);
        } catch (IllegalArgumentException e) {
            throw malformed(source, lineNumber, e.getMessage());
        }
    }

    private static MatterException malformed(String source, int line, String detail) {
        return new MatterException("codeTable.malformed", Args.of("source", source, "line", line, "detail", detail));
    }
}
