package org.matterstandards.sdk.io.json;

import org.matterstandards.sdk.input.InputLimits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.matterstandards.sdk.input.InputException;
import org.matterstandards.sdk.input.InputRecord;
import tools.jackson.databind.json.JsonMapper;

class JsonRecordReaderTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private static List<InputRecord> read(byte[] bytes, boolean lines) {
        List<InputRecord> records = new ArrayList<>();
        try (JsonRecordReader reader = JsonRecordReader.open(MAPPER, new ByteArrayInputStream(bytes), "in.json",
                lines)) {
            reader.forEachRemaining(records::add);
        }
        return records;
    }

    private static List<InputRecord> read(String text) {
        return read(text.getBytes(StandardCharsets.UTF_8), false);
    }

    @Test
    void readsAnArrayElementByElementWithTheirLines() {
        List<InputRecord> records = read("[\n {\"a\":1},\n {\"b\":2}\n]");
        assertThat(records).hasSize(2).allMatch(r -> r instanceof InputRecord.Parsed);
        assertThat(records.get(1).location().line()).isEqualTo(3);
        assertThat(records.get(1).index()).isEqualTo(1);
    }

    @Test
    void aMalformedNdjsonLineIsOneLocatedResultAndTheNextLinesStillCount() {
        List<InputRecord> records = read("{\"a\":1}\n{\"b\": tru}\n\n{\"c\":3}\n");
        assertThat(records).hasSize(3);
        assertThat(records.get(1)).isInstanceOfSatisfying(InputRecord.Unreadable.class, bad -> {
            assertThat(bad.code()).isEqualTo("SC-0001");
            assertThat(bad.location().line()).isEqualTo(2);
            assertThat(bad.location().column()).isGreaterThan(1);
            assertThat(bad.arguments()).containsKeys("line", "column", "detail");
        });
        assertThat(records.get(2)).isInstanceOf(InputRecord.Parsed.class);
        assertThat(records.get(2).location().line()).isEqualTo(4);
    }

    @Test
    void aPrettyPrintedSingleObjectIsOneRecord() {
        assertThat(read("{\n  \"a\": 1,\n  \"b\": [1, 2]\n}\n")).singleElement()
                .isInstanceOf(InputRecord.Parsed.class);
    }

    @Test
    void anElementThatIsNotAnObjectIsReportedAsSuch() {
        List<InputRecord> records = read("[{\"a\":1}, 42, [1], {\"b\":2}]");
        assertThat(records).hasSize(4);
        assertThat(records.get(1)).isInstanceOfSatisfying(InputRecord.Unreadable.class,
                bad -> assertThat(bad.code()).isEqualTo("SC-0002"));
        assertThat(records.get(2)).isInstanceOf(InputRecord.Unreadable.class);
        assertThat(records.get(3)).isInstanceOf(InputRecord.Parsed.class);
    }

    @Test
    void aBrokenArrayElementIsOneUnreadableRecordAndTheNextElementIsStillRead() {
        // Until issue 12 the array ended at the broken element and {"c":3} was lost.
        List<InputRecord> records = read("[{\"a\":1}, {\"b\": }, {\"c\":3}]");
        assertThat(records).hasSize(3);
        assertThat(records.get(1)).isInstanceOfSatisfying(InputRecord.Unreadable.class, bad -> {
            assertThat(bad.code()).isEqualTo("SC-0001");
            assertThat(bad.location().column()).isEqualTo(17);
        });
        assertThat(records.get(2)).isInstanceOf(InputRecord.Parsed.class);
    }

    /** Regression, issue 12 (a): 3,000 levels deep used to raise StreamConstraintsException, exit 3, all lost. */
    @Test
    void aRecordNestedDeeperThanTheLimitIsOneFindingAndItsNeighboursAreRead() {
        String deep = "{\"a\":".repeat(3_000) + "1" + "}".repeat(3_000);
        for (String text : List.of("{\"x\":1}\n" + deep + "\n{\"y\":2}\n", "[{\"x\":1},\n" + deep + ",\n{\"y\":2}]")) {
            List<InputRecord> records = read(text);
            assertThat(records).extracting(InputRecord::index).containsExactly(0L, 1L, 2L);
            assertThat(records.get(0)).isInstanceOf(InputRecord.Parsed.class);
            assertThat(records.get(1)).isInstanceOfSatisfying(InputRecord.Unreadable.class, bad -> {
                assertThat(bad.code()).isEqualTo("SC-0004");
                assertThat(bad.location().line()).isEqualTo(2);
                assertThat(bad.arguments()).containsEntry("limit", "nesting").containsEntry("actual", 3_000L)
                        .containsEntry("max", (long) InputLimits.defaults().maxNestingDepth());
            });
            assertThat(records.get(2)).isInstanceOf(InputRecord.Parsed.class);
        }
    }

    @Test
    void aRecordLargerThanTheLimitIsCountedNotKept() {
        InputLimits small = new InputLimits(32, 100, 10, 10, 10, 10, 10);
        String big = "{\"t\":\"" + "x".repeat(1_000) + "\"}";
        List<InputRecord> records = new ArrayList<>();
        try (JsonRecordReader reader = JsonRecordReader.open(MAPPER, new ByteArrayInputStream(
                ("[" + big + ",{\"a\":1}]").getBytes(StandardCharsets.UTF_8)), "in.json", false, small)) {
            reader.forEachRemaining(records::add);
        }
        assertThat(records).hasSize(2);
        assertThat(records.get(0)).isInstanceOfSatisfying(InputRecord.Unreadable.class, bad -> assertThat(
                bad.arguments()).containsEntry("limit", "recordChars").containsEntry("actual", (long) big.length()));
        assertThat(records.get(1)).isInstanceOf(InputRecord.Parsed.class);
    }

    @Test
    void anArrayCutOffOrFollowedByTextSaysSoInOneMoreRecord() {
        List<InputRecord> cut = read("[{\"a\":1},{\"b\":2}");
        assertThat(cut).hasSize(3);
        assertThat(cut.get(1)).isInstanceOf(InputRecord.Parsed.class);
        assertThat(cut.get(2)).isInstanceOfSatisfying(InputRecord.Unreadable.class,
                bad -> assertThat(bad.arguments()).containsEntry("detailKey", "unclosed"));
        List<InputRecord> trailing = read("[{\"a\":1}] garbage");
        assertThat(trailing).hasSize(2);
        assertThat(trailing.get(1)).isInstanceOfSatisfying(InputRecord.Unreadable.class,
                bad -> assertThat(bad.arguments()).containsEntry("detailKey", "trailing"));
        assertThat(read("[]")).isEmpty();
    }

    @Test
    void bytesThatAreNotUtf8LoseOnlyTheirOwnLine() {
        byte[] first = "{\"a\":1}\n{\"b\":\"".getBytes(StandardCharsets.UTF_8);
        byte[] rest = "\"}\n{\"c\":3}\n".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[first.length + 1 + rest.length];
        System.arraycopy(first, 0, all, 0, first.length);
        all[first.length] = (byte) 0xFF;
        System.arraycopy(rest, 0, all, first.length + 1, rest.length);
        List<InputRecord> records = read(all, true);
        assertThat(records).hasSize(3);
        assertThat(records.get(1)).isInstanceOfSatisfying(InputRecord.Unreadable.class,
                bad -> assertThat(bad.arguments()).containsEntry("detailKey", "badBytes"));
        assertThat(records.get(2)).isInstanceOf(InputRecord.Parsed.class);
    }

    @Test
    void aByteOrderMarkIsSkipped() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] json = "[{\"a\":1}]".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + json.length];
        System.arraycopy(bom, 0, all, 0, 3);
        System.arraycopy(json, 0, all, 3, json.length);
        assertThat(read(all, false)).hasSize(1);
    }

    @Test
    void problemsOfTheWholeFileAreInputExceptions() {
        assertThatThrownBy(() -> read("   \n")).isInstanceOf(InputException.class)
                .extracting(e -> ((InputException) e).messageKey()).isEqualTo("input.empty");
        assertThatThrownBy(() -> read("42")).isInstanceOf(InputException.class)
                .extracting(e -> ((InputException) e).messageKey()).isEqualTo("input.notObjectOrArray");
        byte[] gbk = "[{\"taskName\":\"结婚登记\"}]".getBytes(java.nio.charset.Charset.forName("GBK"));
        assertThatThrownBy(() -> read(gbk, false)).isInstanceOf(InputException.class)
                .extracting(e -> ((InputException) e).messageKey()).isEqualTo("input.notUtf8");
    }

    @Test
    void aRecordGivenAsTextIsBeyondTheNestingLimitOnlyByItsBracketsOutsideStrings() {
        int max = InputLimits.defaults().maxNestingDepth();
        String inString = "{\"acceptCondition\":\"" + "[{".repeat(max) + "\\\"]\"}";
        assertThat(JsonRecordReader.beyondLimits(inString, InputLimits.defaults())).isEmpty();
        String atLimit = "{\"a\":".repeat(max - 1) + "{}" + "}".repeat(max - 1);
        assertThat(JsonRecordReader.beyondLimits(atLimit, InputLimits.defaults())).isEmpty();
        String beyond = "{\"a\":[" + atLimit + "]}";
        assertThat(JsonRecordReader.beyondLimits(beyond, InputLimits.defaults())).get()
                .isInstanceOfSatisfying(InputRecord.Unreadable.class, unreadable -> assertThat(unreadable.arguments())
                        .containsEntry("limit", "nesting").containsEntry("max", (long) max));
    }
}
