package org.matterstandards.schemas.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.matterstandards.schemas.MatterSchema;

/**
 * The committed schema files are exactly what the generator makes from the current model (模式文件与模型一致).
 * Run with {@code -Dmatter.schemas.write=true} to rewrite them (see {@link #REGENERATE}).
 */
class GeneratedSchemasUpToDateTest {

    /** How to bring the files up to date; printed when they are stale. */
    static final String REGENERATE = "mvn -B -o -pl schemas -am test -Dtest=GeneratedSchemasUpToDateTest "
            + "-Dsurefire.failIfNoSpecifiedTests=false -Dmatter.schemas.write=true";

    /** Surefire runs in the module folder. */
    private static final Path FOLDER = Path.of("src/main/resources").resolve(MatterSchema.RESOURCE_FOLDER);

    @Test
    void committedSchemasMatchTheModel() throws IOException {
        Map<MatterSchema, String> generated = SchemaGenerator.builtIn().generateAll();
        if (Boolean.getBoolean("matter.schemas.write")) {
            Files.createDirectories(FOLDER);
            for (Map.Entry<MatterSchema, String> entry : generated.entrySet()) {
                Files.writeString(FOLDER.resolve(entry.getKey().fileName()), entry.getValue(), StandardCharsets.UTF_8);
            }
        }
        for (Map.Entry<MatterSchema, String> entry : generated.entrySet()) {
            Path file = FOLDER.resolve(entry.getKey().fileName());
            assertThat(file).as("%s is missing; generate it with:%n  %s", file, REGENERATE).exists();
            assertThat(Files.readString(file, StandardCharsets.UTF_8))
                    .as("%s is stale: the model or the element titles changed. Regenerate with:%n  %s%n"
                            + "and commit the result (never edit generated schemas by hand).", file, REGENERATE)
                    .isEqualTo(entry.getValue());
        }
    }

    @Test
    void generationIsDeterministic() {
        assertThat(SchemaGenerator.builtIn().generateAll()).isEqualTo(SchemaGenerator.builtIn().generateAll());
    }
}
