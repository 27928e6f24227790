package org.matterstandards.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matterstandards.core.finding.Finding;
import org.matterstandards.core.profile.ProfileRegistry;
import org.matterstandards.sdk.MatterValidator;

/**
 * CD-0304 (locked) checks the 事项类型 segment where the profile says the 基本编码 has one
 * ({@code codes.catalogCode.typeSegment}: 3-4 by default, {@code none} for a province without it).
 */
class TypeSegmentProfileTest {

    private static final Path INVALID = RepositoryPaths.fixtures().resolve("CD-0304/invalid.json");

    @TempDir
    Path dir;

    private Iterable<String> codes(String profileText) throws IOException {
        Path file = dir.resolve("p.properties");
        Files.writeString(file, profileText, StandardCharsets.UTF_8);
        return MatterValidator.builder().profile(ProfileRegistry.builtIn().load(file))
                .asOf(LocalDate.of(2026, 11, 29)).build()
                .validate(Files.readString(INVALID, StandardCharsets.UTF_8)).findings().stream()
                .map(Finding::code).toList();
    }

    @Test
    void theSegmentIsCheckedByDefaultAndNotWhereTheProfileSaysThereIsNone() throws IOException {
        assertThat(codes("name=gd\nparent=shantou\n")).contains("CD-0304");
        assertThat(codes("name=other\nparent=shantou\ncodes.catalogCode.typeSegment=none\n"))
                .doesNotContain("CD-0304");
    }

    @Test
    void anUnknownValueIsReportedNotIgnored() throws IOException {
        assertThat(codes("name=typo\nparent=shantou\ncodes.catalogCode.typeSegment=3_4\n"))
                .contains("SYS-0001").doesNotContain("CD-0304");
    }
}
