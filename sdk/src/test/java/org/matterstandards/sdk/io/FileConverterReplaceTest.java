package org.matterstandards.sdk.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matterstandards.core.i18n.Messages;
import org.matterstandards.sdk.TestData;
import org.matterstandards.sdk.input.InputFormat;

/** A conversion replaces its output only when it is complete (转换结果整体替换): never a half-written file. */
class FileConverterReplaceTest {

    private static final FileConverter CONVERTER = new FileConverter(InputRun.VALIDATOR.mapper(),
            InputOptions.defaults(), Messages.ZH_CN, StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    @Test
    void aCompleteConversionReplacesTheOutputAndLeavesNoTemporaryFile() throws IOException {
        Path output = dir.resolve("sample.ndjson");
        Files.writeString(output, "old");
        assertThat(CONVERTER.convert(TestData.SAMPLE, null, InputFormat.NDJSON, output).records()).isEqualTo(30);
        assertThat(Files.readAllLines(output)).hasSize(30);
        assertThat(filesIn(dir)).containsExactly("sample.ndjson");
    }

    private static java.util.List<String> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }
}
