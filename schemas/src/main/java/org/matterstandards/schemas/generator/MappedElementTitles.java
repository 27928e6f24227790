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
import org.matterstandards.core.code.CodeKind;
import org.matterstandards.schemas.CodeFormats;

/**
 * {@link ElementTitles} from a UTF-8 properties file whose values are {@code 标题 | 说明}. Keys: {@code schema.NAME},
 * {@code code.FORMAT}, {@code Type.property} and {@code property} (the type-qualified key wins). Immutable.
 */
final class MappedElementTitles implements ElementTitles {

    static final String RESOURCE = "/org/matterstandards/schemas/generator/element-titles.properties";
    static final ElementTitles BUILT_IN = load(RESOURCE);

    private final Map<String, ElementTitle> titles;

    private MappedElementTitles(Map<String, ElementTitle> titles) {
        this.titles = Map.copyOf(titles);
    }

    static MappedElementTitles load(String resource) {
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
        Map<String, ElementTitle> titles = new HashMap<>();
        for (String key : properties.stringPropertyNames()) {
            String value = properties.getProperty(key);
            int bar = value.indexOf('|');
            if (bar < 0) {
                throw new IllegalStateException(resource + ": " + key + " needs 'title | description'");
            }
            titles.put(key, new ElementTitle(value.substring(0, bar).trim(), value.substring(bar + 1).trim()));
        }
        return new MappedElementTitles(titles);
    }

    @Override
    public Optional<ElementTitle> element(Class<?> owner, String property) {
        ElementTitle specific = titles.get(owner.getSimpleName() + '.' + property);
        return Optional.ofNullable(specific != null ? specific : titles.get(property));
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
