package org.matterstandards.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.matterstandards.core.MatterException;

/** The 实施编码 structure of a profile ({@code codes.taskCode.structure}). */
class TaskCodeStructureTest {

    /** The structure reported for Sichuan in issue 15 (an illustration, unverified). */
    private static final String SICHUAN = "catalog:14,area:12,fixed:000,credit:18,level:1,fixed:00";
    private static final String SICHUAN_CODE = "45200402000000450721000000000114507210081153718400";

    @ParameterizedTest
    @ValueSource(strings = {"11440100007482575H3440118009000", "11440100007482575H7440118009000",
        "11440100007482575G3440118009000", "11440100007482575H344011800900", "", "11440100007482575H344011800900a"})
    void theDefaultStructureGivesTheVerdictsOfTheCodeClasses(String text) {
        assertThat(TaskCodeStructure.of(null)).isSameAs(TaskCodeStructure.DEFAULT);
        TaskCodeStructure structure = TaskCodeStructure.of(TaskCodeStructure.DEFAULT_SPEC);
        assertThat(structure.isDefault()).isTrue();
        assertThat(structure.check(CodeKind.TASK_CODE, text)).isEqualTo(TaskCode.check(text));
        assertThat(structure.check(CodeKind.CATALOG_CODE, text)).isEqualTo(CatalogCode.check(text));
        assertThat(structure.check(CodeKind.HANDLE_ITEM_CODE, text + "01")).isEqualTo(HandleItemCode.check(text + "01"));
    }

    @Test
    void theDefaultPartsAreThoseOfTaskCode() {
        TaskCode code = TaskCode.parse("11440100007482575H3440118009000");
        TaskCodeStructure.Parts parts = TaskCodeStructure.DEFAULT.parts(code.value()).orElseThrow();
        assertThat(parts).isEqualTo(new TaskCodeStructure.Parts(code.creditCode().value(), code.levelDigit(),
                code.catalogCode().value()));
    }

    @Test
    void anotherStructureReadsItsSegmentsWhereItPutsThem() {
        TaskCodeStructure structure = TaskCodeStructure.of(SICHUAN);
        assertThat(structure.isDefault()).isFalse();
        assertThat(structure.length()).isEqualTo(50);
        assertThat(structure.catalogLength()).isEqualTo(14);
        assertThat(structure.check(CodeKind.TASK_CODE, SICHUAN_CODE).isOk()).isTrue();
        assertThat(structure.parts(SICHUAN_CODE)).contains(
                new TaskCodeStructure.Parts("114507210081153718", 4, "45200402000000"));
        assertThat(structure.check(CodeKind.CATALOG_CODE, "45200402000000").isOk()).isTrue();
        assertThat(structure.check(CodeKind.CATALOG_CODE, "452004020000").problem())
                .isEqualTo(CodeProblem.WRONG_LENGTH);
        assertThat(structure.check(CodeKind.HANDLE_ITEM_CODE, SICHUAN_CODE + "01").isOk()).isTrue();
        assertThat(structure.check(CodeKind.HANDLE_ITEM_CODE, SICHUAN_CODE + "0A").problem())
                .isEqualTo(CodeProblem.BAD_SUFFIX);
        // Other kinds are not the structure's business.
        assertThat(structure.check(CodeKind.USCC, "114507210081153718").isOk()).isTrue();
    }

    @Test
    void aMisfitSegmentIsNamedAtItsPosition() {
        TaskCodeStructure structure = TaskCodeStructure.of(SICHUAN);
        assertThat(structure.check(CodeKind.TASK_CODE, SICHUAN_CODE.substring(0, 26) + "001"
                + SICHUAN_CODE.substring(29))).isEqualTo(CodeCheck.fail(CodeProblem.BAD_SEGMENT, 27, "fixed:000"));
        assertThat(structure.check(CodeKind.TASK_CODE, SICHUAN_CODE.substring(0, 14) + "45072100000A"
                + SICHUAN_CODE.substring(26))).isEqualTo(CodeCheck.fail(CodeProblem.BAD_SEGMENT, 26, "area:12"));
        // A wrong check character of the credit code (position 47 of 50 is inside it).
        assertThat(structure.check(CodeKind.TASK_CODE, SICHUAN_CODE.substring(0, 46) + "9"
                + SICHUAN_CODE.substring(47)).problem()).isEqualTo(CodeProblem.BAD_SEGMENT);
        assertThat(structure.check(CodeKind.TASK_CODE, SICHUAN_CODE.substring(0, 47) + "7"
                + SICHUAN_CODE.substring(48))).isEqualTo(CodeCheck.fail(CodeProblem.BAD_SEGMENT, 48, "level:1"));
        assertThat(structure.check(CodeKind.TASK_CODE, SICHUAN_CODE.substring(1)).problem())
                .isEqualTo(CodeProblem.WRONG_LENGTH);
        assertThat(structure.parts(SICHUAN_CODE.substring(1))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"credit:18,level:1", "credit:17,level:1,catalog:12", "credit:18,level:1,catalog:0",
        "credit:18,level:1,catalog:12,catalog:2", "credit:18,level:1,catalog:12,fixed:", "credit:18,level:1,catalog:x",
        "credit:18,level:1,catalog:12,fixed:ab", "credit:18,grade:1,catalog:12"})
    void anUnreadableStructureIsRefused(String spec) {
        assertThatThrownBy(() -> TaskCodeStructure.of(spec)).isInstanceOf(MatterException.class)
                .hasMessageContaining(TaskCodeStructure.SETTING);
    }
}
