package org.matterstandards.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matterstandards.core.code.Division;
import org.matterstandards.core.codetable.CodeTables;
import org.matterstandards.core.i18n.Messages;
import org.matterstandards.core.profile.Profile;
import org.matterstandards.core.profile.ProfileRegistry;
import org.matterstandards.core.reference.ReferenceData;
import org.matterstandards.sdk.cli.MatterCli;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The example of a profile with its own reference data (examples/profiles/guangxi-lingshan.properties) does what
 * examples/data/guangxi-reference-data.md says: under it the CLI places the Guangxi sample record's division
 * code 450721 in the profile's region through the profile's division table; under {@code national} the same code is
 * only checked for its shape.
 */
class GuangxiProfileExampleTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path PROFILE = RepositoryPaths.root().resolve("examples/profiles/guangxi-lingshan.properties");
    private static final Path RECORD = RepositoryPaths.root().resolve("examples/data/guangxi-lingshan-sample.json");

    @TempDir
    Path dir;

    /** The JSON report of {@code matter validate FILE --profile PROFILE} (exit code checked: the record has findings). */
    private JsonNode validate(Path input, String profile) {
        Path report = dir.resolve("report-" + Math.abs((input + profile).hashCode()) + ".json");
        StringWriter err = new StringWriter();
        int exit = MatterCli.run(new String[] {"validate", input.toString(), "--profile", profile,
            "--as-of", "2026-11-29", "--report-json", report.toString()}, new PrintWriter(new StringWriter()),
                new PrintWriter(err));
        assertThat(exit).as(err.toString()).isEqualTo(1);
        return JSON.readTree(report.toFile());
    }

    private static List<String> codes(JsonNode report) {
        List<String> codes = new ArrayList<>();
        report.get("records").get(0).get("findings").forEach(finding -> codes.add(finding.get("code").asString()
                + " " + finding.get("severity").asString() + " " + finding.get("pointer").asString()));
        return codes;
    }

    @Test
    void theExampleProfileLoadsItsFilesRelativeToItsFolder() {
        Profile profile = ProfileRegistry.builtIn().load(PROFILE);
        assertThat(profile.chain()).containsExactly("guangxi-lingshan", "national");
        assertThat(profile.regionCode()).contains("450721");

        ReferenceData data = ReferenceData.forProfile(profile);
        assertThat(data.divisions().lookup("450721")).map(Division::name).contains("灵山县");
        assertThat(data.divisions().lookup("450700")).map(Division::name).contains("钦州市");
        assertThat(data.divisions().isWithin("450721", "450000")).isTrue();
        assertThat(data.codeTables().label(CodeTables.TASK_TYPE, profile, "20", Messages.ZH_CN))
                .contains("其他行政权力");
        assertThat(ReferenceData.builtIn().codeTables().label(CodeTables.TASK_TYPE,
                ProfileRegistry.builtIn().get("national"), "20", Messages.ZH_CN)).contains("公共服务");
    }

    @Test
    void theSampleRecordLiesInTheRegionByTheProfilesTableAndIsOnlyShapeCheckedNationally() {
        JsonNode lingshan = validate(RECORD, PROFILE.toString());
        JsonNode national = validate(RECORD, "national");

        // The same two findings either way, both about elements the abridged public record does not show.
        List<String> expected = List.of("SM-0105 ERROR /onlineHandleUrl", "SM-0110 WARNING /centerName");
        assertThat(codes(lingshan)).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(codes(national)).containsExactlyInAnyOrderElementsOf(expected);
        // What differs is the data the checks used: the report names it.
        assertThat(lingshan.get("summary").get("versions").get("referenceData").asString())
                .contains("divisions 2024-12-31 + 2026-11-29 (example: 3 codes)");
        assertThat(national.get("summary").get("versions").get("referenceData").asString()).doesNotContain("example");
        assertThat(lingshan.get("summary").get("profile").toString()).contains("guangxi-lingshan");
    }

    @Test
    void anItemOfAnotherCountyIsOutsideTheRegionOnlyUnderTheExampleProfile() throws IOException {
        ObjectNode record = (ObjectNode) JSON.readTree(Files.readString(RECORD, StandardCharsets.UTF_8));
        record.put("areaCode", "440507"); // 龙湖区, Shantou: a real code, but not in 灵山县
        Path moved = dir.resolve("moved.json");
        Files.writeString(moved, record.toString(), StandardCharsets.UTF_8);

        assertThat(codes(validate(moved, PROFILE.toString()))).contains("CD-0202 ERROR /areaCode");
        assertThat(codes(validate(moved, "national"))).noneMatch(code -> code.startsWith("CD-0202"));
    }
}
