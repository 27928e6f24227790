package org.matterstandards.sdk.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.matterstandards.core.MatterException;
import org.matterstandards.core.finding.Args;
import org.matterstandards.core.profile.Profile;

/**
 * The reading limits (输入限制): how deep, how large and how long a record, a list and a text may be before the record
 * is reported with {@code SC-0004} instead of being checked. The defaults are data ({@code input-limits.properties});
 * a profile changes any of them with the same key ({@code limit.maxTextLength=50000}).
 *
 * @param maxNestingDepth deepest nesting of objects and arrays in one record
 * @param maxRecordChars  characters of one record's JSON text
 * @param maxListEntries  entries of one list inside a record
 * @param maxObjectMembers members of one object inside a record (the record itself included)
 * @param maxTextLength   characters of one text value
 * @param xlsxMaxSharedStrings     shared strings of one workbook
 * @param xlsxMaxSharedStringChars characters of all shared strings of one workbook
 */
public record InputLimits(int maxNestingDepth, int maxRecordChars, int maxListEntries, int maxObjectMembers,
                          int maxTextLength, int xlsxMaxSharedStrings, int xlsxMaxSharedStringChars) {

    /** The keys, in the order of the components. */
    private static final String[] KEYS = {"limit.maxNestingDepth", "limit.maxRecordChars", "limit.maxListEntries",
        "limit.maxObjectMembers", "limit.maxTextLength", "limit.xlsxMaxSharedStrings",
        "limit.xlsxMaxSharedStringChars"};

    private static final String RESOURCE = "input-limits.properties";
    private static final InputLimits DEFAULTS = load();

    /** @return the library's limits */
    public static InputLimits defaults() {
        return DEFAULTS;
    }

    /**
     * The limits in force under a profile: the defaults, each replaced by the profile's {@code limit.*} setting.
     *
     * @param profile the profile
     * @return the limits
     * @throws MatterException when a setting is not a positive whole number
     */
    public static InputLimits forProfile(Profile profile) {
        int[] values = DEFAULTS.values();
        for (int i = 0; i < KEYS.length; i++) {
            String key = KEYS[i];
            int fallback = values[i];
            values[i] = profile.setting(key).map(value -> positive(value.trim(), key, profile.source()))
                    .orElse(fallback);
        }
        return of(values);
    }

    private int[] values() {
        return new int[] {maxNestingDepth, maxRecordChars, maxListEntries, maxObjectMembers, maxTextLength,
            xlsxMaxSharedStrings, xlsxMaxSharedStringChars};
    }

    private static InputLimits of(int[] v) {
        return new InputLimits(v[0], v[1], v[2], v[3], v[4], v[5], v[6]);
    }

    private static int positive(String value, String key, String source) {
        if (!value.matches("[1-9]\\d{0,9}") || Long.parseLong(value) > Integer.MAX_VALUE) {
            throw new MatterException("profile.badLimit", Args.of("source", source, "key", key, "value", value));
        }
        return Integer.parseInt(value);
    }

    private static InputLimits load() {
        Properties properties = new Properties();
        try (InputStream in = InputLimits.class.getResourceAsStream(RESOURCE);
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int[] values = new int[KEYS.length];
        for (int i = 0; i < KEYS.length; i++) {
            values[i] = positive(String.valueOf(properties.getProperty(KEYS[i])).trim(), KEYS[i], RESOURCE);
        }
        return of(values);
    }
}
