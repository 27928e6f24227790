package org.matterstandards.schemas.generator;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.matterstandards.core.code.CodeKind;
import org.matterstandards.schemas.CodeFormats;

/**
 * {@link ElementTitles} from a UTF-8 properties file whose values are {@code 标题 | 说明}. Keys: {@code schema.NAME},
 * {@code code.FORMAT}, {@code Type.property} and {@code property} (the type-qualified key wins). Immutable. The
 * built-in file holds what the element catalogue does not cover (see {@link CatalogElementTitles}).
 */
final class MappedElementTitles implements ElementTitles {

    static final String RESOURCE = "/org/matterstandards/schemas/generator/element-titles.properties";
    static final MappedElementTitles BUILT_IN = load(RESOURCE);

    private final Map<String, ElementTitle> titles;

    private MappedElementTitles(Map<String, ElementTitle> titles) {
        this.titles = Map.copyOf(titles);
    }

    static MappedElementTitles load(String resource) {
        Map<String, ElementTitle> titles = new HashMap<>();
        read(resource).forEach((key, value) -> {
            int bar = value.indexOf('|');
            if (bar < 0) {
                throw new IllegalStateException(resource + ": " + key + " needs 'title | description'");
            }
            titles.put(key, new ElementTitle(value.substring(0, bar).trim(), value.substring(bar + 1).trim()));
        });
        return new MappedElementTitles(titles);
    }

    /**
     * Reads a UTF-8 properties resource of this module.
     *
     * @param resource the absolute resource name
     * @return its entries, values trimmed
     * @throws IllegalStateException when the resource is missing (a broken build)
     */
    static Map<String, String> read(String resource) {
        Properties properties = new Properties();
        try (InputStream in = MappedElementTitles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("title mapping missing: " + resource);
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> entries = new HashMap<>();
        properties.stringPropertyNames().forEach(key -> entries.put(key, properties.getProperty(key).trim()));
        return entries;
    }

    @Override
    public Optional<ElementTitle> element(Class<?> owner, String property) {
        return elementKey(owner, property).map(titles::get);
    }

    /**
     * The key that answers for a component: {@code Type.property} when present, else {@code property}.
     *
     * @param owner    the model record type
     * @param property the component's JSON name
     * @return the key, or empty when neither is present
     */
    Optional<String> elementKey(Class<?> owner, String property) {
        String specific = owner.getSimpleName() + '.' + property;
        if (titles.containsKey(specific)) {
            return Optional.of(specific);
        }
        return titles.containsKey(property) ? Optional.of(property) : Optional.empty();
    }

    /** @return every key of the mapping */
    Set<String> keys() {
        return titles.keySet();
    }

    @Override
    public Optional<ElementTitle> schema(String schemaName) {
        return Optional.ofNullable(titles.get("schema." + schemaName));
    }

    @Override
    public Optional<ElementTitle> code(CodeKind kind) {
        return Optional.ofNullable(titles.get("code." + CodeFormats.formatName(kind)));
    }
}
