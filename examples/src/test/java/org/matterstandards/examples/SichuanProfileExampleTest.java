package org.matterstandards.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matterstandards.core.MatterException;
import org.matterstandards.core.finding.Finding;
import org.matterstandards.core.profile.Profile;
import org.matterstandards.core.profile.ProfileRegistry;
import org.matterstandards.sdk.MatterValidator;
import org.matterstandards.sdk.ValidationResult;
import org.matterstandards.sdk.cli.MatterCli;

/**
 * The example of a profile with another 实施编码 structure (examples/profiles/sichuan-example.properties, an
 * illustration from the issue text): the structural stages accept what the profile's structure allows, with or
 * without the schema stage, and CD-0301 … CD-0303 read the parts where that structure puts them.
 */
class SichuanProfileExampleTest {

    private static final Path PROFILE = RepositoryPaths.root().resolve("examples/profiles/sichuan-example.properties");
    private static final Path SAMPLE = RepositoryPaths.root().resolve("examples/data/sichuan-example-sample.json");
    private static final Path INVALID = RepositoryPaths.root().resolve("examples/data/sichuan-example-invalid.json");
    private static final Path GUANGXI = RepositoryPaths.root().resolve("examples/data/guangxi-lingshan-sample.json");

    @TempDir
    Path dir;

    private static ValidationResult validate(Profile profile, boolean schemaStage, String json) {
        return MatterValidator.builder().profile(profile).schemaStage(schemaStage)
                .asOf(LocalDate.of(2026, 11, 29)).build().validate(json);
    }

    private static List<String> codes(ValidationResult result) {
        return result.findings().stream().map(f -> f.code() + " " + f.pointer()).toList();
    }

    private static Profile sichuan() {
        return ProfileRegistry.builtIn().load(PROFILE);
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "schema stage {0}")
    @ValueSource(booleans = {true, false})
    void theSampleIsCleanUnderTheExampleAndRefusedNationally(boolean schemaStage) throws IOException {
        assertThat(codes(validate(sichuan(), schemaStage, read(SAMPLE)))).isEmpty();
        assertThat(codes(validate(ProfileRegistry.builtIn().get("national"), schemaStage, read(SAMPLE))))
                .containsExactlyInAnyOrder("CD-0103 /catalogCode", "CD-0104 /taskCode");
    }

    @ParameterizedTest(name = "schema stage {0}")
    @ValueSource(booleans = {true, false})
    void theInvalidSampleIsCaughtByTheRulesThatReadTheStructure(boolean schemaStage) throws IOException {
        ValidationResult result = validate(sichuan(), schemaStage, read(INVALID));
        // Level digit 3 (municipal) in a county item whose 行使层级 is 4: CD-0302, and CD-0305 (level vs. area).
        assertThat(codes(result)).contains("CD-0302 /taskCode", "CD-0305 /taskCode").doesNotContain("CD-0104 /taskCode",
                "CD-0301 /taskCode", "CD-0303 /taskCode");
        Finding level = result.findings().stream().filter(f -> f.code().equals("CD-0302")).findFirst().orElseThrow();
        assertThat(level.arguments()).containsEntry("level", "3");
    }

    @ParameterizedTest(name = "schema stage {0}")
    @ValueSource(booleans = {true, false})
    void aCodeOfTheDefaultStructureOrABrokenSegmentIsRefusedUnderTheExample(boolean schemaStage) throws IOException {
        // The Guangdong/Guangxi 31-character form is not this profile's structure.
        assertThat(codes(validate(sichuan(), schemaStage, read(GUANGXI))))
                .contains("CD-0103 /catalogCode", "CD-0104 /taskCode");
        String sample = read(SAMPLE);
        String taskCode = "45200402000000450721000000000114507210081153718400";
        ValidationResult fixedBroken = validate(sichuan(), schemaStage,
                sample.replace(taskCode, taskCode.substring(0, 26) + "001" + taskCode.substring(29)));
        assertThat(codes(fixedBroken)).containsExactly("CD-0104 /taskCode");
        assertThat(fixedBroken.findings().get(0).arguments()).containsEntry("problem", "BAD_SEGMENT")
                .containsEntry("position", 27);
        ValidationResult creditBroken = validate(sichuan(), schemaStage,
                sample.replace(taskCode, taskCode.substring(0, 46) + "9" + taskCode.substring(47)));
        assertThat(codes(creditBroken)).containsExactly("CD-0104 /taskCode");
    }

    @Test
    void anotherBodysCreditSegmentIsCd0301() throws IOException {
        String sample = read(SAMPLE);
        ValidationResult result = validate(sichuan(), true, sample.replace("\"deptCode\": \"114507210081153718\"",
                "\"deptCode\": \"11440100007482575H\""));
        assertThat(codes(result)).contains("CD-0301 /taskCode");
    }

    @Test
    void theCliValidatesTheSampleCleanAndRefusesAnUnreadableStructureWithoutAStackTrace() throws IOException {
        assertThat(cli(SAMPLE, PROFILE)).isEqualTo(0);
        assertThat(cli(INVALID, PROFILE)).isEqualTo(1);
        Path bad = dir.resolve("bad-cli.properties");
        Files.writeString(bad, "name=bad\nparent=national\ncodes.taskCode.structure=level:1\n", StandardCharsets.UTF_8);
        StringWriter err = new StringWriter();
        assertThat(MatterCli.run(new String[] {"validate", SAMPLE.toString(), "--profile", bad.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(err))).isEqualTo(2);
        assertThat(err.toString()).contains("codes.taskCode.structure").doesNotContain("\tat ");
    }

    private static int cli(Path input, Path profile) {
        return MatterCli.run(new String[] {"validate", input.toString(), "--profile", profile.toString(),
            "--as-of", "2026-11-29"}, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    }

    @Test
    void aStructureThatCannotBeReadIsRefusedWhenTheValidatorIsBuilt() throws IOException {
        Path file = dir.resolve("bad.properties");
        Files.writeString(file, "name=bad\nparent=national\ncodes.taskCode.structure=catalog:14,area:12\n",
                StandardCharsets.UTF_8);
        Profile bad = ProfileRegistry.builtIn().load(file);
        assertThatThrownBy(() -> MatterValidator.builder().profile(bad).build())
                .isInstanceOf(MatterException.class).hasMessageContaining("codes.taskCode.structure");
    }
}
