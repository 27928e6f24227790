package org.matterstandards.sdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTableTest {

    @Test
    void hanCharactersTakeTwoCellsSoColumnsLineUp() {
        assertThat(TextTable.width("行政许可")).isEqualTo(8);
        assertThat(TextTable.width("ab12")).isEqualTo(4);
        assertThat(TextTable.width("＊")).isEqualTo(2);
        assertThat(new TextTable().column("职权类型", false).column("主项", true)
                .row("行政许可", "330").row("其他类", "255").row("Other", "7").lines())
                .containsExactly(
                        "职权类型  主项",
                        "行政许可   330",
                        "其他类     255",
                        "Other        7");
    }
}
