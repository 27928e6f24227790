package org.matterstandards.examples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an expected-findings table from a Markdown file, so that the documentation of the example data and the test
 * of it cannot drift apart. A table starts after {@code <!-- expected-findings: FILE profile=NAME -->} and ends at
 * {@code <!-- end expected-findings -->}; rows are {@code | record | code | severity | pointer | note |}.
 */
final class ExpectedFindings {

    /**
     * One expected finding.
     *
     * @param record   1-based record number
     * @param code     rule code
     * @param severity severity name
     * @param pointer  JSON Pointer
     */
    record Row(long record, String code, String severity, String pointer) {
    }

    /**
     * A table of one data file.
     *
     * @param file    the data file name
     * @param profile the profile the table assumes
     * @param rows    the rows
     */
    record Table(String file, String profile, List<Row> rows) {
    }

    private static final Pattern START = Pattern.compile("<!-- expected-findings: (\\S+) profile=(\\S+) -->");

    private ExpectedFindings() {
    }

    static List<Table> read(Path markdown) throws IOException {
        List<Table> tables = new ArrayList<>();
        Table current = null;
        for (String line : Files.readAllLines(markdown, StandardCharsets.UTF_8)) {
            Matcher start = START.matcher(line.trim());
            if (start.matches()) {
                current = new Table(start.group(1), start.group(2), new ArrayList<>());
                tables.add(current);
            } else if (line.startsWith("<!-- end expected-findings")) {
                current = null;
            } else if (current != null && line.startsWith("|") && !line.startsWith("| record") && !line.startsWith("| ---")) {
                String[] cells = line.split("\\|");
                current.rows().add(new Row(Long.parseLong(cells[1].trim()), cells[2].trim(), cells[3].trim(),
                        cells[4].trim()));
            }
        }
        return tables;
    }
}
