package org.matterstandards.sdk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.matterstandards.core.reference.ReferenceData;

/**
 * Versions of the tool, its rule set, its schemas (from a resource written at build time) and its built-in reference
 * data (read from the data files' own version headers), so a report says exactly what produced it.
 */
public final class Versions {

    private static final Map<String, String> VERSIONS = load();

    private Versions() {
    }

    private static Map<String, String> load() {
        Properties properties = new Properties();
        try (InputStream in = Versions.class.getResourceAsStream("/org/matterstandards/sdk/version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> versions = new LinkedHashMap<>();
        for (String key : new String[] {"tool", "ruleSet", "schemas"}) {
            versions.put(key, properties.getProperty(key, "unknown"));
        }
        versions.put("referenceData", ReferenceData.builtIn().version());
        return Map.copyOf(versions);
    }

    /** @return the tool version, e.g. {@code 0.1.0} */
    public static String tool() {
        return VERSIONS.get("tool");
    }

    /** @return every version: tool, ruleSet, schemas, referenceData */
    public static Map<String, String> all() {
        Map<String, String> ordered = new LinkedHashMap<>();
        for (String key : new String[] {"tool", "ruleSet", "schemas", "referenceData"}) {
            ordered.put(key, VERSIONS.get(key));
        }
        return ordered;
    }
}
