package org.matterstandards.core.profile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.matterstandards.core.MatterException;
import org.matterstandards.core.internal.datafile.ResourceLists;
import org.matterstandards.core.finding.Args;

/**
 * The known profiles (配置目录): the built-in chain national ← guangdong ← shantou ← each Shantou district and county,
 * plus any an embedder or user loads from a file. Look-up is by name or by region division code. Immutable and
 * thread-safe; {@link #with(Profile)} returns a new registry.
 */
public final class ProfileRegistry {

    private static final String RESOURCE_DIR = "/org/matterstandards/core/profile/";
    private static volatile ProfileRegistry builtIn;

    private final Map<String, Profile> byName;

    private ProfileRegistry(Map<String, Profile> byName) {
        this.byName = Collections.unmodifiableMap(new LinkedHashMap<>(byName));
    }

    /**
     * The built-in profiles, loaded once from the resources listed in {@code profiles.list}.
     *
     * @return the registry
     */
    public static ProfileRegistry builtIn() {
        ProfileRegistry registry = builtIn;
        if (registry == null) {
            synchronized (ProfileRegistry.class) {
                registry = builtIn;
                if (registry == null) {
                    registry = loadBuiltIn();
                    builtIn = registry;
                }
            }
        }
        return registry;
    }

    private static ProfileRegistry loadBuiltIn() {
        Map<String, Profile> profiles = new LinkedHashMap<>();
        for (String name : ResourceLists.read(ProfileRegistry.class, RESOURCE_DIR + "profiles.list")) {
            String resource = RESOURCE_DIR + name + ".properties";
            try (InputStream in = ProfileRegistry.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("built-in profile resource missing: " + resource);
                }
                Profile profile = ProfileLoader.load(in, resource, parent -> requireKnown(profiles, parent, resource));
                profiles.put(profile.name(), profile);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new ProfileRegistry(profiles);
    }

    private static Profile requireKnown(Map<String, Profile> profiles, String name, String source) {
        Profile profile = profiles.get(name);
        if (profile == null) {
            throw new MatterException("profile.unknownParent", Args.of("source", source, "parent", name));
        }
        return profile;
    }

    /** @return the profile names, parents before children */
    public List<String> names() {
        return List.copyOf(byName.keySet());
    }

    /**
     * A profile by name or by its region's division code.
     *
     * @param nameOrRegion e.g. {@code shantou} or {@code 440500}
     * @return the profile, or empty
     */
    public Optional<Profile> find(String nameOrRegion) {
        Profile profile = byName.get(nameOrRegion);
        if (profile != null) {
            return Optional.of(profile);
        }
        return byName.values().stream()
                .filter(p -> p.ownRegionIs(nameOrRegion))
                .findFirst();
    }

    /**
     * A profile by name or region code.
     *
     * @param nameOrRegion e.g. {@code shantou} or {@code 440500}
     * @return the profile
     * @throws MatterException naming the known profiles when there is none
     */
    public Profile get(String nameOrRegion) {
        return find(nameOrRegion).orElseThrow(() -> new MatterException("profile.unknown",
                Args.of("name", nameOrRegion, "known", String.join(", ", byName.keySet()))));
    }

    /**
     * Reads a profile from a stream; its {@code parent} must be a profile of this registry.
     *
     * @param in     the file's bytes (UTF-8)
     * @param source the file name, for messages
     * @return the profile (not added to this registry; see {@link #with(Profile)})
     * @throws MatterException when the file is malformed or names an unknown parent
     */
    public Profile load(InputStream in, String source) {
        return ProfileLoader.load(in, source, parent -> requireKnown(byName, parent, source));
    }

    /**
     * Reads a profile file; its {@code parent} must be a profile of this registry.
     *
     * @param file the file
     * @return the profile
     * @throws MatterException when the file cannot be read or is malformed
     */
    public Profile load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return load(in, file.toString());
        } catch (NoSuchFileException e) {
            throw new MatterException("profile.fileMissing", Args.of("source", file.toString()), e);
        } catch (IOException e) {
            throw new MatterException("profile.unreadable",
                    Args.of("source", file.toString(), "detail", String.valueOf(e.getMessage())), e);
        }
    }

    /**
     * A registry that also knows the given profile (replacing one of the same name).
     *
     * @param profile the profile to add
     * @return the new registry
     */
    public ProfileRegistry with(Profile profile) {
        Map<String, Profile> profiles = new LinkedHashMap<>(byName);
        profiles.put(profile.name(), profile);
        return new ProfileRegistry(profiles);
    }
}
