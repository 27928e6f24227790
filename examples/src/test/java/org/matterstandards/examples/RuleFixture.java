package org.matterstandards.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One fixture file of a rule: {@code examples/fixtures/CODE/valid*.json} or {@code invalid*.json}, a single JSON
 * record. A name ending in {@code @PROFILE.json} is validated under that profile ({@code invalid@national.json});
 * every other fixture under {@value #DEFAULT_PROFILE}, or under the folder's own {@code profile.properties} when it
 * has one (a profile with its own reference data). A folder may hold {@code as-of.txt} with the date (yyyy-MM-dd)
 * its deadlines are judged at; without it the caller's default date applies.
 *
 * @param code    the rule code (the folder name)
 * @param file    the file
 * @param valid   {@code true} for valid*.json, {@code false} for invalid*.json
 * @param profile the profile to validate under: a built-in name, or the path of a profile file
 * @param asOf    the folder's as-of date, {@code null} when it has none
 */
record RuleFixture(String code, Path file, boolean valid, String profile, LocalDate asOf) {

    static final String DEFAULT_PROFILE = "shantou";
    static final String PROFILE_FILE = "profile.properties";

    static List<RuleFixture> of(Path folder) throws IOException {
        List<RuleFixture> fixtures = new ArrayList<>();
        String code = folder.getFileName().toString();
        Path asOfFile = folder.resolve("as-of.txt");
        LocalDate asOf = Files.exists(asOfFile) ? LocalDate.parse(Files.readString(asOfFile).strip()) : null;
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (!name.endsWith(".json")) {
                    continue;
                }
                String stem = name.substring(0, name.length() - ".json".length());
                int at = stem.indexOf('@');
                String profile = at >= 0 ? stem.substring(at + 1)
                        : Files.exists(folder.resolve(PROFILE_FILE)) ? folder.resolve(PROFILE_FILE).toString()
                        : DEFAULT_PROFILE;
                if (stem.startsWith("valid")) {
                    fixtures.add(new RuleFixture(code, file, true, profile, asOf));
                } else if (stem.startsWith("invalid")) {
                    fixtures.add(new RuleFixture(code, file, false, profile, asOf));
                }
            }
        }
        return fixtures;
    }

    @Override
    public String toString() {
        return code + "/" + file.getFileName();
    }
}
