package org.matterstandards.core.codetable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.matterstandards.core.MatterException;
import org.matterstandards.core.profile.Profile;
import org.matterstandards.core.profile.ProfileRegistry;

class CodeTablesTest {

    private static final CodeTables TABLES = CodeTables.builtIn();
    private static final ProfileRegistry PROFILES = ProfileRegistry.builtIn();

    private static CodeTable read(String text) {
        return CodeTable.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test.tsv");
    }

    @Test
    void everyTableTheIssueNamesIsBuiltInWithItsSourceAndDate() {
        assertThat(TABLES.names()).containsExactlyInAnyOrder(
                "taskType", "useLevel", "powerSource", "deptType", "serverType", "projectType", "handleType",
                "timeUnit", "onlineCapability", "onlineLevel", "handleArea", "resultType", "materialType",
                "materialSource", "materialNecessity", "materialFormat", "taskState", "lawLevel", "feeNature",
                "changeType");
        assertThat(TABLES.tables()).allSatisfy(table -> {
            assertThat(table.metadata().source()).isNotBlank();
            assertThat(table.metadata().compiled()).isEqualTo("2026-11-29");
            assertThat(TABLES.find(table.name(), CodeTables.DEFAULT_VARIANT)).isPresent();
        });
    }

    @Test
    void nationalAndGuangdongTaskTypesDifferIn10_20_21() {
        CodeTable national = TABLES.table(CodeTables.TASK_TYPE, PROFILES.get("national"));
        CodeTable guangdong = TABLES.table(CodeTables.TASK_TYPE, PROFILES.get("guangdong"));
        assertThat(national.variant()).isEqualTo("national");
        assertThat(guangdong.variant()).isEqualTo("guangdong");
        assertThat(national.label("10", Locale.SIMPLIFIED_CHINESE)).contains("其他行政权力");
        assertThat(national.label("20", Locale.SIMPLIFIED_CHINESE)).contains("公共服务");
        assertThat(national.contains("21")).isFalse();
        assertThat(guangdong.contains("10")).isFalse();
        assertThat(guangdong.label("20", Locale.SIMPLIFIED_CHINESE)).contains("其他行政权力");
        assertThat(guangdong.label("21", Locale.ENGLISH)).contains("public service");
    }

    @Test
    void bothTaskTypeVariantsHaveTheTenPowerCategoriesAndGuangdongCountsLeviesOnApplication() {
        // 行政征收 (04) is ex officio in the national table; Guangdong (the Shantou seed) counts it on application.
        assertThat(TABLES.table(CodeTables.TASK_TYPE, "national").codesTagged(Tags.EX_OFFICIO))
                .containsExactly("02", "03", "04", "06");
        assertThat(TABLES.table(CodeTables.TASK_TYPE, "guangdong").codesTagged(Tags.EX_OFFICIO))
                .containsExactly("02", "03", "06");
        assertThat(TABLES.table(CodeTables.TASK_TYPE, "guangdong").hasTag("04", Tags.APPLICATION)).isTrue();
        for (String variant : List.of("national", "guangdong")) {
            CodeTable table = TABLES.table(CodeTables.TASK_TYPE, variant);
            assertThat(table.codesTagged(Tags.POWER)).as(variant).hasSize(10);
            assertThat(table.codesTagged(Tags.LICENCE)).as(variant).containsExactly("01");
            assertThat(table.codesTagged(Tags.PUBLIC_SERVICE)).as(variant).hasSize(1);
        }
    }

    @Test
    void eachTaskTypeCodeNamesItsCategoryWithExactlyOneTag() {
        List<String> categories = List.of(Tags.LICENCE, Tags.PENALTY, Tags.ENFORCEMENT, Tags.LEVY, Tags.PAYMENT,
                Tags.INSPECTION, Tags.CONFIRMATION, Tags.REWARD, Tags.ADJUDICATION, Tags.OTHER_POWER,
                Tags.PUBLIC_SERVICE);
        for (String variant : List.of("national", "guangdong")) {
            CodeTable table = TABLES.table(CodeTables.TASK_TYPE, variant);
            for (CodeEntry entry : table.entries()) {
                assertThat(categories).as(variant + " " + entry.code()).filteredOn(entry::hasTag).hasSize(1);
            }
            for (String category : categories) {
                assertThat(table.codesTagged(category)).as(variant + " " + category).hasSize(1);
            }
        }
        assertThat(TABLES.table(CodeTables.TASK_TYPE, "national").codesTagged(Tags.OTHER_POWER))
                .containsExactly("10");
        assertThat(TABLES.table(CodeTables.TASK_TYPE, "guangdong").codesTagged(Tags.OTHER_POWER))
                .containsExactly("20");
    }

    @Test
    void aShantouDistrictInheritsGuangdongsChoice() {
        assertThat(CodeTables.variant(CodeTables.TASK_TYPE, PROFILES.get("nanao"))).isEqualTo("guangdong");
        assertThat(CodeTables.variant(CodeTables.USE_LEVEL, PROFILES.get("nanao"))).isEqualTo("national");
        assertThat(TABLES.label(CodeTables.USE_LEVEL, PROFILES.get("440507"), "4", Locale.SIMPLIFIED_CHINESE))
                .contains("县级");
    }

    @Test
    void theLegalBasisLevelsAreOrderedAndTaggedForIntermediaryRules() {
        CodeTable levels = TABLES.table(CodeTables.LAW_LEVEL, "national");
        assertThat(levels.entries()).extracting(CodeEntry::zh).containsExactly(
                "法律", "行政法规", "国务院决定", "部门规章", "地方性法规", "地方政府规章", "规范性文件");
        assertThat(levels.codesTagged("intermediaryBasis")).containsExactly("1", "2", "3", "4");
    }

    @Test
    void readsATableFileAndReportsTheLineOfAProblem() {
        CodeTable table = read("# table: colour\n# variant: hubei\n# title.zh: 颜色\n# title.en: colour\n"
                + "# source: test\n# compiled: 2026-11-29\n# version: 1\n# a comment\n"
                + "code\tzh\ten\ttags\n1\t红\tred\twarm bright\n2\t蓝\tblue\n");
        assertThat(table.name()).isEqualTo("colour");
        assertThat(table.codes()).containsExactly("1", "2");
        assertThat(table.hasTag("1", "bright")).isTrue();
        assertThat(table.title(Locale.ENGLISH)).isEqualTo("colour");
        assertThatThrownBy(() -> read("# table: t\ncode\tzh\ten\n1\t红\n"))
                .isInstanceOfSatisfying(MatterException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("codeTable.malformed");
                    assertThat(e.arguments().get("line")).isEqualTo(3);
                });
        assertThatThrownBy(() -> read("# table: t\ncode\tzh\ten\n1\t红\tred\n"))
                .isInstanceOf(MatterException.class).hasMessageContaining("headers needed");
        assertThatThrownBy(() -> read("1\t红\tred\n")).isInstanceOf(MatterException.class)
                .hasMessageContaining("columns");
    }

    @Test
    void anEmbedderAddsAVariantAndAProfileSelectsIt() {
        CodeTable hubei = read("# table: taskType\n# variant: hubei\n# title.zh: 事项类型\n# title.en: task type\n"
                + "# source: test\n# compiled: 2026-11-29\n# version: 1\ncode\tzh\ten\ttags\n"
                + "XK\t行政许可\tlicensing\tpower application licence\n");
        CodeTables tables = TABLES.with(hubei);
        Profile profile = PROFILES.load(new ByteArrayInputStream(
                "name=hubei\nparent=national\ncodeTable.taskType=hubei\n".getBytes(StandardCharsets.UTF_8)), "hubei");
        tables.checkProfile(profile);
        assertThat(tables.table(CodeTables.TASK_TYPE, profile).codes()).containsExactly("XK");
        assertThat(TABLES.find(CodeTables.TASK_TYPE, "hubei")).isEmpty();
    }

    @Test
    void aProfileNamingAnUnknownTableOrVariantIsRefused() {
        Profile unknownTable = PROFILES.load(new ByteArrayInputStream(
                "name=x\nparent=national\ncodeTable.colour=red\n".getBytes(StandardCharsets.UTF_8)), "x");
        assertThatThrownBy(() -> TABLES.checkProfile(unknownTable)).isInstanceOfSatisfying(MatterException.class,
                e -> assertThat(e.messageKey()).isEqualTo("codeTable.unknownSetting"));
        Profile unknownVariant = PROFILES.load(new ByteArrayInputStream(
                "name=y\nparent=national\ncodeTable.useLevel=hubei\n".getBytes(StandardCharsets.UTF_8)), "y");
        assertThatThrownBy(() -> TABLES.checkProfile(unknownVariant)).isInstanceOfSatisfying(MatterException.class,
                e -> assertThat(e.getLocalizedMessage(Locale.SIMPLIFIED_CHINESE))
                        .isEqualTo("代码表 useLevel 没有“hubei”版本；可用版本：national"));
    }
}
