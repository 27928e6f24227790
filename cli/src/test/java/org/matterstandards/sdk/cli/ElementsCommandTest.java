package org.matterstandards.sdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matterstandards.core.element.ElementCatalog;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ElementsCommandTest {

    @Test
    void printsTheCatalogueAsAlignedText() {
        CliRun run = CliRun.of("elements");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("实施清单事项：141 个要素（要素目录版本 2026-11-29，配置：全国通用）")
                .contains("基本目录事项：21 个要素")
                .contains("【时限】")
                .containsPattern("承诺办结时限\\s+PROMISE_DAY\\s+promiseDay\\s+市级\\s+只减不增")
                .containsPattern("主管部门\\s+DEPT_NAME\\s+deptName\\s+省级\\s+锁定");
        // Columns line up: the exchange name starts in the same column on every element line.
        int column = -1;
        for (String line : run.out().split("\n")) {
            if (line.startsWith("  ") && line.contains("PROMISE_DAY")) {
                column = ElementsCommand.displayWidth(line.substring(0, line.indexOf("PROMISE_DAY")));
            }
        }
        for (String line : run.out().split("\n")) {
            if (line.startsWith("  ") && line.contains("TRANSACT_ADDR")) {
                assertThat(ElementsCommand.displayWidth(line.substring(0, line.indexOf("TRANSACT_ADDR"))))
                        .isEqualTo(column);
            }
        }
    }

    @Test
    void printsJsonWithEveryElementOnce() {
        CliRun run = CliRun.of("elements", "--format", "json", "--locale", "en");
        assertThat(run.exitCode()).isZero();
        JsonNode root = JsonMapper.builder().build().readTree(run.out());
        assertThat(root.get("elements")).hasSize(ElementCatalog.builtIn().elements().size());
        JsonNode first = root.get("elements").get(0);
        assertThat(first.get("key").asString()).isEqualTo("taskName");
        assertThat(first.get("label").asString()).isEqualTo("matter name");
        assertThat(first.get("modeLabel").asString()).isEqualTo("locked");
        assertThat(first.get("kinds")).hasSize(2);
    }

    @Test
    void showsTheProfilesReassignmentsAndFiltersByKind(@TempDir Path dir) throws IOException {
        Path profile = dir.resolve("p.properties");
        Files.writeString(profile, "name=p\nparent=longhu\nelement.transactAddr.mode=REVIEW\n", StandardCharsets.UTF_8);
        CliRun run = CliRun.of("elements", "--kind", "implementation-item", "--profile", profile.toString(),
                "--format", "json");
        JsonNode root = JsonMapper.builder().build().readTree(run.out());
        assertThat(root.get("profile").asString()).isEqualTo("p");
        for (JsonNode element : root.get("elements")) {
            if (element.get("key").asString().equals("transactAddr")) {
                assertThat(element.get("mode").asString()).isEqualTo("REVIEW");
            }
            assertThat(element.get("kinds").toString()).contains("implementation-item");
        }
        CliRun catalogue = CliRun.of("elements", "--kind", "catalog-item");
        assertThat(catalogue.out()).doesNotContain("实施清单事项");
        CliRun bad = CliRun.of("elements", "--kind", "power-item");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("未知的记录类型“power-item”");
        CliRun badFormat = CliRun.of("elements", "--format", "xml");
        assertThat(badFormat.exitCode()).isEqualTo(2);
    }
}
