package org.matterstandards.core.profile;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import org.matterstandards.core.MatterException;
import org.matterstandards.core.finding.Args;
import org.matterstandards.core.finding.Severity;
import org.matterstandards.core.finding.Suppression;

/**
 * Reads one profile file (配置文件): UTF-8 {@code key=value} lines, {@code #} comments.
 *
 * <pre>
 * name=shantou
 * parent=guangdong
 * title.zh=汕头市
 * region=440500
 * local.telephoneAreaCode=0754
 * severity.SM-0601=WARNING
 * suppress.SM-0702=本地系统暂不维护英文链接
 * suppress.SM-0702.pointer=/linkAddr
 * </pre>
 *
 * Keys must start with one of {@link #KEY_PREFIXES} so that a typo is an error, never silently ignored.
 */
final class ProfileLoader {

    /** Accepted top-level keys and key prefixes. */
    static final Set<String> KEY_PREFIXES = Set.of(
            "name", "parent", "title.", "description", "region", "severity.", "suppress.",
            "local.", "codeTable.", "element.", "filing.", "divisions.", "reference.", "codes.", "limit.");

    private ProfileLoader() {
    }

    /**
     * Reads a profile.
     *
     * @param in      the file's bytes
     * @param source  the file or resource name, for messages
     * @param parents resolves the {@code parent} name to an already loaded profile
     * @return the profile
     * @throws MatterException when the file is malformed or its parent is unknown
     */
    static Profile load(InputStream in, String source, Function<String, Profile> parents) {
        Properties properties = new Properties();
        // Strict UTF-8: bytes that are not UTF-8 fail loudly instead of turning into U+FFFD inside a setting.
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT))) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            throw new MatterException("profile.unreadable", Args.of("source", source, "detail", e.getMessage()), e);
        }
        String name = required(properties, "name", source);
        Map<String, String> settings = new HashMap<>();
        Map<String, Severity> overrides = new LinkedHashMap<>();
        Map<String, String> suppressionReasons = new LinkedHashMap<>();
        Map<String, String> suppressionPointers = new HashMap<>();
        for (String key : properties.stringPropertyNames()) {
            String value = properties.getProperty(key).trim();
            if (KEY_PREFIXES.stream().noneMatch(prefix -> key.equals(prefix) || (prefix.endsWith(".") && key.startsWith(prefix)))) {
                throw new MatterException("profile.unknownKey", Args.of("source", source, "key", key));
            }
            if (key.startsWith("severity.")) {
                overrides.put(key.substring("severity.".length()), severity(value, key, source));
            } else if (key.startsWith("suppress.") && key.endsWith(".pointer")) {
                suppressionPointers.put(key.substring("suppress.".length(), key.length() - ".pointer".length()), value);
            } else if (key.startsWith("suppress.")) {
                suppressionReasons.put(key.substring("suppress.".length()), value);
            } else {
                settings.put(key, requireValid(key, value, source));
            }
        }
        List<Suppression> suppressions = new ArrayList<>();
        for (Map.Entry<String, String> entry : suppressionReasons.entrySet()) {
            if (entry.getValue().isBlank()) {
                throw new MatterException("profile.suppressionWithoutReason",
                        Args.of("source", source, "code", entry.getKey()));
            }
            suppressions.add(new Suppression(entry.getKey(), suppressionPointers.remove(entry.getKey()),
                    entry.getValue(), name));
        }
        if (!suppressionPointers.isEmpty()) {
            throw new MatterException("profile.suppressionWithoutReason",
                    Args.of("source", source, "code", suppressionPointers.keySet().iterator().next()));
        }
        String parentName = properties.getProperty("parent");
        Profile parent = parentName == null || parentName.isBlank() ? null : parents.apply(parentName.trim());
        settings.remove("name");
        settings.remove("parent");
        return new Profile(name, parent, source, settings, overrides, suppressions);
    }

    /** Settings that count working days: checked when the file is read, so a typo fails here once, not per record. */
    private static final Set<String> WORKING_DAY_COUNTS = Set.of("filing.deadlineWorkingDays");

    private static String requireValid(String key, String value, String source) {
        if (WORKING_DAY_COUNTS.contains(key) && !value.matches("0*[1-9]\\d{0,3}")) {
            throw new MatterException("filing.badDeadline", Args.of("profile", source, "key", key, "value", value));
        }
        return value;
    }

    private static String required(Properties properties, String key, String source) {
        String value = properties.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new MatterException("profile.missingKey", Args.of("source", source, "key", key));
        }
        return value.trim();
    }

    private static Severity severity(String value, String key, String source) {
        try {
            return Severity.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new MatterException("profile.badSeverity", Args.of("source", source, "key", key, "value", value));
        }
    }
}
