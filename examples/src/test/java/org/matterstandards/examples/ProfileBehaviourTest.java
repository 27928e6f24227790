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
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matterstandards.core.MatterException;
import org.matterstandards.core.finding.Finding;
import org.matterstandards.core.i18n.Messages;
import org.matterstandards.core.profile.Profile;
import org.matterstandards.core.profile.ProfileRegistry;
import org.matterstandards.sdk.MatterValidator;
import org.matterstandards.sdk.ValidationResult;
import org.matterstandards.sdk.cli.MatterCli;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Profiles change what a record means: code tables by province, severities and suppressions by file, never locks. */
class ProfileBehaviourTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path SAMPLE = RepositoryPaths.root().resolve("examples/data/shantou-sample.json");

    /** Sample record 13: 就业创业证申领, 事项类型 21 = 公共服务 in Guangdong's table. */
    private static ObjectNode record13() throws IOException {
        return (ObjectNode) JSON.readTree(Files.readString(SAMPLE, StandardCharsets.UTF_8)).get(12);
    }

    private static Set<String> codes(String profile, JsonNode record) {
        ValidationResult result = MatterValidator.builder().profile(profile).asOf(LocalDate.of(2026, 11, 29)).build()
                .validate(record);
        Set<String> codes = new TreeSet<>();
        result.findings().forEach(finding -> codes.add(finding.code()));
        return codes;
    }

    @Test
    void taskType21IsPublicServiceInGuangdongAndUnknownNationally() throws IOException {
        ObjectNode record = record13();
        assertThat(codes("guangdong", record)).isEmpty();
        assertThat(codes("national", record)).containsExactly("SM-0201");
    }

    @Test
    void taskType20IsAPowerInGuangdongButPublicServiceNationally() throws IOException {
        JsonNode power = JSON.readTree(Files.readString(
                RepositoryPaths.fixtures().resolve("PW-0201/valid-other-power.json"), StandardCharsets.UTF_8));
        assertThat(codes("guangdong", power)).isEmpty();
        assertThat(codes("national", power)).containsExactly("PW-0201");
    }

    @Test
    void theSameFindingReadsInTheProfilesTable() throws IOException {
        ValidationResult result = MatterValidator.builder().profile("national").locale(Messages.EN).build()
                .validate(record13());
        Finding finding = result.findings().get(0);
        assertThat(finding.arguments()).containsEntry("variant", "national")
                .containsEntry("allowed", List.of("01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "20"));
        assertThat(finding.message()).contains("21").contains("national");
    }

    @Test
    void everyShantouDistrictInheritsGuangdongTablesAndTheAreaCode() {
        ProfileRegistry registry = ProfileRegistry.builtIn();
        for (String district : List.of("longhu", "jinping", "haojiang", "chaoyang", "chaonan", "chenghai", "nanao")) {
            Profile profile = registry.get(district);
            assertThat(profile.chain()).containsExactly(district, "shantou", "guangdong", "national");
            assertThat(profile.setting("codeTable.taskType")).contains("guangdong");
            assertThat(profile.setting("local.telephoneAreaCode")).contains("0754");
            assertThat(profile.setting("divisions.acceptCityLevelPseudoCodes")).contains("true");
        }
        assertThat(registry.get("national").setting("codeTable.taskType")).isEmpty();
    }

    @Test
    void aDistrictProfileFlagsAnotherDistrictsItem() throws IOException {
        // Record 13 belongs to 潮阳区 (440513): fine for chaoyang, outside the region of nanao.
        assertThat(codes("chaoyang", record13())).isEmpty();
        assertThat(codes("440523", record13())).containsExactly("CD-0202");
    }

    @Test
    void severityOverrideAndSuppressionFromAProfileFileShowInTheJsonReport(@TempDir Path dir) throws IOException {
        Path profile = dir.resolve("chaoyang-strict.properties");
        Files.writeString(profile, String.join("\n",
                "# 潮阳区自用配置：外地号码一律退回；免证办已全面推行，不再逐项提示",
                "name=chaoyang-strict",
                "parent=chaoyang",
                "severity.SM-0219=ERROR",
                "suppress.SM-0314=潮阳区已对营业执照等全面实行免证办"), StandardCharsets.UTF_8);
        ObjectNode record = record13();
        record.put("consultPhone", "020-83133333");
        ((ObjectNode) record.get("materials").get(1)).put("sourceType", "20");
        Path input = dir.resolve("item.json");
        Files.writeString(input, record.toString(), StandardCharsets.UTF_8);
        Path report = dir.resolve("report.json");

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = MatterCli.run(new String[] {"validate", input.toString(), "--profile", profile.toString(),
            "--report-json", report.toString(), "--as-of", "2026-11-29"}, new PrintWriter(out), new PrintWriter(err));

        assertThat(exit).as(err.toString()).isEqualTo(1);
        JsonNode entry = JSON.readTree(report.toFile()).get("records").get(0);
        assertThat(entry.get("findings")).hasSize(1);
        assertThat(entry.get("findings").get(0).get("code").asString()).isEqualTo("SM-0219");
        assertThat(entry.get("findings").get(0).get("severity").asString()).isEqualTo("ERROR");
        assertThat(entry.get("suppressed")).hasSize(1);
        JsonNode suppressed = entry.get("suppressed").get(0);
        assertThat(suppressed.get("code").asString()).isEqualTo("SM-0314");
        assertThat(suppressed.get("pointer").asString()).isEqualTo("/materials/1/sourceType");
        assertThat(suppressed.get("reason").asString()).isEqualTo("潮阳区已对营业执照等全面实行免证办");
        assertThat(suppressed.get("profile").asString()).isEqualTo("chaoyang-strict");
        assertThat(JSON.readTree(report.toFile()).get("summary").get("suppressed").asLong()).isEqualTo(1);
    }

    /** Writes a profile file and loads it. */
    private static Profile profile(Path dir, String... lines) throws IOException {
        Path file = dir.resolve("profile.properties");
        Files.writeString(file, String.join("\n", lines), StandardCharsets.UTF_8);
        return ProfileRegistry.builtIn().load(file);
    }

    @Test
    void aLockedRuleRefusesAnOverride(@TempDir Path dir) throws IOException {
        Profile lax = profile(dir, "name=lax", "parent=shantou", "severity.SM-0501=WARNING");
        assertThatThrownBy(() -> MatterValidator.builder().profile(lax).build())
                .isInstanceOfSatisfying(MatterException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("profile.lockedRule");
                    assertThat(e.getLocalizedMessage(Messages.ZH_CN))
                            .isEqualTo("配置“lax”不能调整或豁免规则 SM-0501：该规则为国家强制规则，已锁定");
                });
    }

    @Test
    void aLockedRuleRefusesASuppressionToo(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("hide.properties");
        Files.writeString(file, "name=hide\nparent=shantou\nsuppress.CD-0301=历史数据\n", StandardCharsets.UTF_8);
        StringWriter err = new StringWriter();
        int exit = MatterCli.run(new String[] {"validate", SAMPLE.toString(), "--profile", file.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("CD-0301").contains("已锁定");
    }

    @Test
    void aProfileNamingAnUnknownCodeTableVariantFailsAtBuild(@TempDir Path dir) throws IOException {
        Profile typo = profile(dir, "name=typo", "parent=national", "codeTable.taskType=guangdongg");
        assertThatThrownBy(() -> MatterValidator.builder().profile(typo).build())
                .isInstanceOfSatisfying(MatterException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("codeTable.unknown");
                    assertThat(e.getMessage()).contains("guangdongg").contains("guangdong, national");
                });
    }
}
