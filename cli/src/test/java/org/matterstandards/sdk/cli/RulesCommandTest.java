package org.matterstandards.sdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class RulesCommandTest {

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private static JsonNode rule(JsonNode report, String code) {
        for (JsonNode rule : report.get("rules")) {
            if (rule.get("code").asString().equals(code)) {
                return rule;
            }
        }
        throw new AssertionError("no rule " + code);
    }

    @Test
    void listsEveryRuleInChineseByDefault() {
        CliRun run = run("rules");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("代码\t严重程度")
                .contains("SM-0501\t错误\t锁定\tRULE\t承诺办结时限超过法定办结时限")
                .contains("SC-0101")
                .contains("共 ");
    }

    @Test
    void jsonCarriesTheDescriptorAndTextsInTheChosenLanguage() {
        CliRun run = run("rules", "--format", "json", "--locale", "en", "--domain", "SM");
        assertThat(run.exitCode()).isZero();
        JsonNode report = JsonMapper.builder().build().readTree(run.out());
        assertThat(report.get("rules")).allSatisfy(rule -> assertThat(rule.get("domain").asString()).isEqualTo("SM"));
        JsonNode rule = rule(report, "SM-0219");
        assertThat(rule.get("severity").asString()).isEqualTo("WARNING");
        assertThat(rule.get("locked").asBoolean()).isFalse();
        assertThat(rule.get("title").asString()).isEqualTo("Telephone number without the local area code");
        assertThat(rule.get("appliesTo").get(0).asString()).isEqualTo("implementation-item");
        assertThat(rule.get("source").asString()).contains("domain-reference §7");
        assertThat(rule.get("since").asString()).isEqualTo("0.1.0");
    }

    @Test
    void showsTheSeveritiesAndSuppressionsOfAProfileFile(@TempDir Path dir) throws IOException {
        Path profile = dir.resolve("my-district.properties");
        Files.writeString(profile, String.join("\n",
                "name=my-district", "parent=shantou",
                "severity.SM-0219=ERROR",
                "suppress.SM-0314=本区已全面推行免证办，无需逐项提示"), StandardCharsets.UTF_8);
        CliRun run = run("rules", "--format", "json", "--profile", profile.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode report = JsonMapper.builder().build().readTree(run.out());
        assertThat(rule(report, "SM-0219").get("severity").asString()).isEqualTo("ERROR");
        assertThat(rule(report, "SM-0219").get("defaultSeverity").asString()).isEqualTo("WARNING");
        assertThat(rule(report, "SM-0314").get("suppressed").get(0).get("reason").asString())
                .isEqualTo("本区已全面推行免证办，无需逐项提示");
    }

    @Test
    void refusesAProfileThatOverridesALockedRule(@TempDir Path dir) throws IOException {
        Path profile = dir.resolve("lax.properties");
        Files.writeString(profile, "name=lax\nparent=shantou\nseverity.SM-0501=WARNING\n", StandardCharsets.UTF_8);
        CliRun run = run("rules", "--profile", profile.toString(), "--locale", "en");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("SM-0501").contains("locked national rule");
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        assertThat(run("rules", "--format", "xml").exitCode()).isEqualTo(ExitCode.USAGE);
    }
}
