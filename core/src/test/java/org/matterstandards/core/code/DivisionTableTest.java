package org.matterstandards.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DivisionTableTest {

    private static final DivisionTable TABLE = DivisionTable.builtIn();

    /** A small table of another province (北京市), in the documented format. */
    static final String BEIJING = """
            # test data
            # version: test-1
            110000\t北京市\t-
            110100\t市辖区\t110000
            110105\t朝阳区\t110100
            """;

    static DivisionTable table(String text, String source) {
        InputStream in = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
        return DivisionTable.load(in, source);
    }

    @Test
    void builtInTableHasGuangdongWithTheListedCounts() {
        List<Division> all = TABLE.divisions();
        List<Division> provinces = all.stream().filter(Division::isTopLevel).toList();
        List<Division> prefectures = all.stream()
                .filter(d -> !d.isTopLevel() && TABLE.lookup(d.parentCode()).orElseThrow().isTopLevel()).toList();
        assertThat(provinces).containsExactly(new Division("440000", "广东省", null));
        assertThat(prefectures).hasSize(21);
        assertThat(all.size() - provinces.size() - prefectures.size()).isEqualTo(122);
        assertThat(TABLE.size()).isEqualTo(144);
        assertThat(TABLE.children("440000")).isEqualTo(prefectures);
        assertThat(TABLE.version()).isEqualTo("2024-12-31");
        assertThat(TABLE.sources()).containsExactly("divisions-guangdong.tsv");
        assertThat(TABLE).hasToString("DivisionTable[[divisions-guangdong.tsv], version 2024-12-31, 144 divisions]");
    }

    @Test
    void builtInTableIsLoadedOnceAndShared() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<DivisionTable>> calls = IntStream.range(0, 16)
                    .mapToObj(i -> (Callable<DivisionTable>) DivisionTable::builtIn).toList();
            for (Future<DivisionTable> result : pool.invokeAll(calls)) {
                assertThat(result.get()).isSameAs(TABLE);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void lookupAndChildrenOfShantou() {
        assertThat(TABLE.lookup("440507")).contains(new Division("440507", "龙湖区", "440500"));
        assertThat(TABLE.lookup("440500").orElseThrow().name()).isEqualTo("汕头市");
        assertThat(TABLE.children("440500")).extracting(Division::code)
                .containsExactly("440507", "440511", "440512", "440513", "440514", "440515", "440523");
        assertThat(TABLE.children("441900")).isEmpty(); // 东莞市 has no county level
        assertThat(TABLE.children("999999")).isEmpty();
        assertThat(TABLE.children(null)).isEmpty();
        assertThat(TABLE.lookup("440501")).isEmpty(); // 市辖区 rows are not listed
        assertThat(TABLE.lookup("440599")).isEmpty(); // pseudo-codes are not rows
        assertThat(TABLE.lookup(null)).isEmpty();
    }

    @Test
    void tableIsImmutable() {
        assertThatThrownBy(() -> TABLE.divisions().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> TABLE.children("440500").clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> TABLE.sources().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void isWithinFollowsParents() {
        assertThat(TABLE.isWithin("440507", "440500")).isTrue();
        assertThat(TABLE.isWithin("440507", "440000")).isTrue();
        assertThat(TABLE.isWithin("440507", "440507")).isTrue();
        assertThat(TABLE.isWithin("440500", "440000")).isTrue();
        assertThat(TABLE.isWithin("440507", "440300")).isFalse();
        assertThat(TABLE.isWithin("440500", "440507")).isFalse();
        assertThat(TABLE.isWithin("449999", "440000")).isFalse();
        assertThat(TABLE.isWithin(null, "440000")).isFalse();
        assertThat(TABLE.isWithin("440507", null)).isFalse();
        // A 市本级 pseudo-code lies under its prefecture.
        assertThat(TABLE.isWithin("440599", "440500")).isTrue();
        assertThat(TABLE.isWithin("440599", "440000")).isTrue();
        assertThat(TABLE.isWithin("440599", "440300")).isFalse();
    }

    @Test
    void coversProvinceOnlyForItsOwnProvinces() {
        assertThat(TABLE.coversProvince("440507")).isTrue();
        assertThat(TABLE.coversProvince("449999")).isTrue();
        assertThat(TABLE.coversProvince("110105")).isFalse();
        assertThat(TABLE.coversProvince("44")).isFalse();
        assertThat(TABLE.coversProvince(null)).isFalse();
    }

    @Test
    void recognisesCityLevelPseudoCodesOfKnownPrefecturesOnly() {
        assertThat(TABLE.isCityLevelPseudoCode("440599")).isTrue();
        assertThat(TABLE.isCityLevelPseudoCode("441999")).isTrue(); // 东莞市
        assertThat(TABLE.isCityLevelPseudoCode("449999")).isFalse(); // no prefecture 449900
        assertThat(TABLE.isCityLevelPseudoCode("440099")).isFalse(); // 440000 is the province
        assertThat(TABLE.isCityLevelPseudoCode("440507")).isFalse();
        assertThat(TABLE.isCityLevelPseudoCode("110199")).isFalse();
        assertThat(TABLE.isCityLevelPseudoCode(null)).isFalse();
    }

    @Test
    void loadsAnotherProvinceAndMergesIt() {
        DivisionTable beijing = table(BEIJING, "beijing.tsv");
        assertThat(beijing.version()).isEqualTo("test-1");
        assertThat(beijing.size()).isEqualTo(3);

        DivisionTable merged = DivisionTable.merge(TABLE, beijing);
        assertThat(merged.size()).isEqualTo(147);
        assertThat(merged.version()).isEqualTo("2024-12-31 + test-1");
        assertThat(merged.sources()).containsExactly("divisions-guangdong.tsv", "beijing.tsv");
        assertThat(merged.coversProvince("110105")).isTrue();
        assertThat(merged.isWithin("110105", "110000")).isTrue();
        assertThat(merged.isWithin("440507", "440000")).isTrue();
        assertThat(merged.divisions()).isSortedAccordingTo((a, b) -> a.code().compareTo(b.code()));
        assertThat(DivisionTable.merge(TABLE, table(BEIJING.replace("test-1", "2024-12-31"), "b")).version())
                .isEqualTo("2024-12-31");
    }

    @Test
    void mergeRejectsOverlapsAndNothing() {
        assertThatThrownBy(() -> DivisionTable.merge(TABLE, TABLE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("440000");
        assertThatThrownBy(DivisionTable::merge).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void loadToleratesByteOrderMarkBlankLinesAndCrLf() {
        DivisionTable t = table("\uFEFF# version: v\r\n\r\n110000\t北京市\t-\r\n", "bom.tsv");
        assertThat(t.lookup("110000")).contains(new Division("110000", "北京市", null));
    }

    @Test
    void loadNamesSourceAndLineOfEveryMalformedLine() {
        assertLoadFails("# version: v\n110000\t北京市\n", "x.tsv, line 2", "3 TAB-separated fields");
        assertLoadFails("# version: v\n110000 北京市 -\n", "x.tsv, line 2", "3 TAB-separated fields");
        assertLoadFails("# version: v\n11000\t北京市\t-\n", "x.tsv, line 2", "six digits");
        assertLoadFails("# version: v\n110000\t \t-\n", "x.tsv, line 2", "blank name");
        assertLoadFails("# version: v\n110000\t北京市\t11\n", "x.tsv, line 2", "six digits");
        assertLoadFails("# version: v\n110000\t北京市\t110000\n", "x.tsv, line 2", "own parent");
        assertLoadFails("# version: v\n110000\t北京市\t-\n\n110000\t北京\t-\n", "x.tsv, line 4",
                "duplicate code 110000 (first on line 2)");
        assertLoadFails("# version: v\n110000\t北京市\t-\n110105\t朝阳区\t110100\n", "x.tsv, line 3",
                "parent 110100 of 110105 is not in the table");
        assertLoadFails("# version: v\n110100\tA\t110200\n110200\tB\t110100\n", "x.tsv, line 2", "cycle");
        assertLoadFails("110000\t北京市\t-\n", "x.tsv", "missing \"# version");
        assertLoadFails("# version: a\n# version: b\n", "x.tsv, line 2", "second version line");
        assertLoadFails("# version: a\n", "x.tsv", "no divisions");
    }

    private static void assertLoadFails(String text, String where, String what) {
        assertThatThrownBy(() -> table(text, "x.tsv"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(where)
                .hasMessageContaining(what);
    }

    @Test
    void divisionRecordValidatesItself() {
        assertThatThrownBy(() -> new Division(null, "x", null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Division("440507", null, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Division("44050A", "x", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Division("440507", "x", "4405")).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Division("440507", "龙湖区", "440500").isTopLevel()).isFalse();
    }
}
