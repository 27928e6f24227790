package org.matterstandards.core.profile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.matterstandards.core.finding.Severity;
import org.matterstandards.core.finding.Suppression;

/**
 * A validation profile (校验配置): one link of an overlay chain national ← province ← city ← district, keyed by
 * division code. A profile sets code tables, its region, local facts (the telephone area code), element tiers,
 * filing deadlines, severity overrides and suppressions; whatever it does not set it inherits from its parent.
 *
 * <p>Settings are plain keys ({@code local.telephoneAreaCode}, {@code codeTable.taskType},
 * {@code filing.deadlineWorkingDays} …) so that every part of the library reads the same mechanism; see
 * {@code docs/profiles.md}. Immutable and thread-safe.
 */
public final class Profile {

    /** Setting: the division code of the profile's region (e.g. 440500). */
    public static final String REGION = "region";

    private final String name;
    private final Profile parent;
    private final String source;
    private final Map<String, String> ownSettings;
    private final Map<String, Severity> ownOverrides;
    private final List<Suppression> ownSuppressions;
    /** {@link #setting} by key: the rules ask for the same few settings on every record. */
    private final Map<String, Optional<String>> settings = new ConcurrentHashMap<>();

    Profile(String name, Profile parent, String source, Map<String, String> settings,
            Map<String, Severity> overrides, List<Suppression> suppressions) {
        this.name = Objects.requireNonNull(name, "name");
        this.parent = parent;
        this.source = source;
        this.ownSettings = Collections.unmodifiableMap(new TreeMap<>(settings));
        this.ownOverrides = Collections.unmodifiableMap(new TreeMap<>(overrides));
        this.ownSuppressions = List.copyOf(suppressions);
    }

    /** @return the profile's name, e.g. {@code shantou} */
    public String name() {
        return name;
    }

    /** @return the parent profile, empty for the root ({@code national}) */
    public Optional<Profile> parent() {
        return Optional.ofNullable(parent);
    }

    /**
     * @return where the profile was loaded from (resource or file), for messages; the files its {@code reference.*}
     *         settings name are read relative to this file's folder
     */
    public String source() {
        return source;
    }

    /** @return the names of the chain from this profile up to the root, e.g. [longhu, shantou, guangdong, national] */
    public List<String> chain() {
        List<String> names = new ArrayList<>();
        for (Profile p = this; p != null; p = p.parent) {
            names.add(p.name);
        }
        return names;
    }

    /**
     * A setting, from this profile or the nearest ancestor that sets it.
     *
     * @param key the setting key
     * @return the value, or empty when no profile of the chain sets it
     */
    public Optional<String> setting(String key) {
        Optional<String> value = settings.get(key);
        if (value == null) {
            value = origin(key).map(p -> p.ownSettings.get(key));
            settings.putIfAbsent(key, value);
        }
        return value;
    }

    /**
     * The profile of the chain that sets a key (设置来源): this profile or the nearest ancestor that sets it. A setting
     * that names a file is read relative to that profile's {@link #source()}, not the one that inherits it.
     *
     * @param key the setting key
     * @return the profile whose own file sets the key, or empty when no profile of the chain sets it
     */
    public Optional<Profile> origin(String key) {
        for (Profile p = this; p != null; p = p.parent) {
            if (p.ownSettings.containsKey(key)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /**
     * Every setting whose key starts with a prefix, merged along the chain (nearer profiles win).
     *
     * @param prefix the key prefix, e.g. {@code element.}
     * @return the settings, sorted by key
     */
    public Map<String, String> settings(String prefix) {
        Map<String, String> merged = new TreeMap<>();
        List<Profile> rootFirst = rootFirst();
        for (Profile p : rootFirst) {
            p.ownSettings.forEach((key, value) -> {
                if (key.startsWith(prefix)) {
                    merged.put(key, value);
                }
            });
        }
        return Collections.unmodifiableMap(merged);
    }

    /**
     * Whether this profile itself (not an ancestor) is the profile of a region.
     *
     * @param divisionCode a division code
     * @return {@code true} when the profile sets that region
     */
    boolean ownRegionIs(String divisionCode) {
        return divisionCode.equals(ownSettings.get(REGION));
    }

    /** @return the division code of the profile's region, empty for the national profile */
    public Optional<String> regionCode() {
        return setting(REGION);
    }

    /**
     * The profile's title in a language.
     *
     * @param locale zh-CN or en
     * @return the title, or the name when none is set
     */
    public String title(Locale locale) {
        String language = "zh".equals(locale.getLanguage()) ? "zh" : "en";
        return Optional.ofNullable(ownSettings.get("title." + language)).orElse(name);
    }

    /** @return severity overrides of the whole chain (nearer profiles win), by rule code */
    public Map<String, Severity> severityOverrides() {
        Map<String, Severity> merged = new LinkedHashMap<>();
        for (Profile p : rootFirst()) {
            merged.putAll(p.ownOverrides);
        }
        return Collections.unmodifiableMap(merged);
    }

    /** @return suppressions of the whole chain, root first */
    public List<Suppression> suppressions() {
        List<Suppression> all = new ArrayList<>();
        for (Profile p : rootFirst()) {
            all.addAll(p.ownSuppressions);
        }
        return List.copyOf(all);
    }

    private List<Profile> rootFirst() {
        List<Profile> profiles = new ArrayList<>();
        for (Profile p = this; p != null; p = p.parent) {
            profiles.add(0, p);
        }
        return profiles;
    }

    @Override
    public String toString() {
        return "Profile[" + String.join(" ← ", chain()) + "]";
    }
}
