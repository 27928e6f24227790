package org.matterstandards.core.internal.datafile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DataLinesTest {

    private static List<String> read(String text) throws IOException {
        DataLines lines = new DataLines(new BufferedReader(new StringReader(text)));
        List<String> seen = new ArrayList<>();
        while (lines.next()) {
            seen.add(lines.number() + ":" + lines.line());
        }
        seen.add("end:" + lines.number());
        return seen;
    }

    @Test
    void numbersLinesCountingBlankOnesAndSkipsThem() throws IOException {
        assertThat(read("# version: 1\n\n  \ncode\tzh\n01\t许可\n"))
                .containsExactly("1:# version: 1", "4:code\tzh", "5:01\t许可", "end:5");
    }

    @Test
    void dropsAByteOrderMarkOnTheFirstLineOnly() throws IOException {
        assertThat(read("\uFEFF# a\n\uFEFFb")).containsExactly("1:# a", "2:\uFEFFb", "end:2");
    }

    @Test
    void anEmptyFileHasNoLines() throws IOException {
        assertThat(read("")).containsExactly("end:0");
    }
}
