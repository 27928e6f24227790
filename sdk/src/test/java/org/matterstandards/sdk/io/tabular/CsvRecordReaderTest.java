package org.matterstandards.sdk.io.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matterstandards.core.finding.Finding;
import org.matterstandards.core.finding.SourceLocation;
import org.matterstandards.core.i18n.Messages;
import org.matterstandards.core.rule.InputRules;
import org.matterstandards.core.rule.StructureRules;
import org.matterstandards.sdk.input.InputException;
import org.matterstandards.sdk.input.InputFormat;
import org.matterstandards.sdk.io.InputOptions;
import org.matterstandards.sdk.io.InputRun;
import org.matterstandards.sdk.io.common.InputNotice;

class CsvRecordReaderTest {

    private static final Charset GBK = Charset.forName("GBK");

    /** Header and one complete, correct item (record 1 of the sample) in exchange columns. */
    static final String HEADER = "TASK_NAME,CATALOG_CODE,TASK_TYPE,BY_LAW,POWER_SOURCE,USE_LEVEL,TASK_CODE,TASK_STATE,"
            + "TASK_VERSION,DEPT_NAME,DEPT_CODE,DEPT_TYPE,AREA_CODE,ANTICIPATE_DAY,ANTICIPATE_TYPE,PROMISE_DAY,"
            + "PROMISE_TYPE,ACCEPT_CONDITION,HANDLE_FLOW,IS_FEE,SERVER_TYPE,PROJECT_TYPE,HANDLE_TYPE,LIMIT_SCENE_NUM,"
            + "LINK_WAY,SUPERVISE_WAY,TRANSACT_ADDR,TRANSACT_TIME,IS_ENTRY_CENTER,IS_EXPRESS,IS_ONLINE,IS_PAY_ONLINE";
    static final String ROW = "个体工商户设立登记,440101001000,01,《促进个体经济发展条例》第十条,1,4,"
            + "11440507272211039T4440101001000,1,1,汕头市龙湖区市场监督管理局,11440507272211039T,1,440507,15,1,1,1,"
            + "申请人具有经营能力。,申请→受理→审查→决定→送达,0,1,2,\"1,2\",0,咨询电话：0754-88466312,"
            + "投诉电话：0754-12345,龙湖区政务服务中心,周一至周五,1,1,1,0";

    @TempDir
    Path dir;

    private Path write(String name, String text, Charset charset, boolean bom) throws Exception {
        byte[] bytes = text.getBytes(charset);
        if (bom) {
            byte[] withBom = new byte[bytes.length + 3];
            withBom[0] = (byte) 0xEF;
            withBom[1] = (byte) 0xBB;
            withBom[2] = (byte) 0xBF;
            System.arraycopy(bytes, 0, withBom, 3, bytes.length);
            bytes = withBom;
        }
        return Files.write(dir.resolve(name), bytes);
    }

    @Test
    void readsUtf8WithAndWithoutBomAndGbkAsTheSameRecords() throws Exception {
        String text = HEADER + "\r\n" + ROW + "\r\n";
        InputRun plain = InputRun.of(write("a.csv", text, StandardCharsets.UTF_8, false));
        InputRun bom = InputRun.of(write("b.csv", text, StandardCharsets.UTF_8, true));
        InputRun gbk = InputRun.of(write("c.csv", text, GBK, false), GBK);
        InputRun guessed = InputRun.of(write("d.csv", text, GBK, false));
        for (InputRun run : List.of(plain, bom, gbk, guessed)) {
            assertThat(run.format).isEqualTo(InputFormat.CSV);
            assertThat(run.results).singleElement().satisfies(result -> {
                assertThat(InputRun.adapterFindings(result)).isEmpty();
                assertThat(result.record()).isNotNull();
                assertThat(result.recordId()).isEqualTo("11440507272211039T4440101001000");
            });
        }
        assertThat(plain.notices).isEmpty();
        assertThat(gbk.notices).isEmpty();
        assertThat(guessed.noticeKeys()).containsExactly("io.notice.charsetGuessed");
        assertThat(plain.results.get(0).record()).isEqualTo(guessed.results.get(0).record());
    }

    @Test
    void undecodableBytesStopTheFileWithOneLineNamingTheRow() throws Exception {
        String text = HEADER + "\n" + ROW + "\n" + ROW.replace("个体工商户设立登记", "第二行") + "\n";
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] gbkName = "第二行".getBytes(GBK);
        // Corrupt the third line: its name in GBK bytes inside a UTF-8 file.
        int at = new String(utf8, StandardCharsets.UTF_8).indexOf("第二行");
        int byteAt = text.substring(0, at).getBytes(StandardCharsets.UTF_8).length;
        byte[] broken = new byte[utf8.length - 9 + gbkName.length];
        System.arraycopy(utf8, 0, broken, 0, byteAt);
        System.arraycopy(gbkName, 0, broken, byteAt, gbkName.length);
        System.arraycopy(utf8, byteAt + 9, broken, byteAt + gbkName.length, utf8.length - byteAt - 9);
        Path file = Files.write(dir.resolve("broken.csv"), broken);
        assertThatThrownBy(() -> InputRun.of(file, StandardCharsets.UTF_8))
                .isInstanceOfSatisfying(InputException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("io.input.notDecodable");
                    assertThat(e.getLocalizedMessage(Messages.ZH_CN)).contains("broken.csv 第 3 行含有无法按 UTF-8 解码的字节")
                            .contains("UTF-8").doesNotContain("\n");
                });
    }

    @Test
    void findingsNameTheFileLineColumnAndHeader() throws Exception {
        String bad = ROW.replace(",0,1,2,\"1,2\",", ",是,1,2,\"1;2\",").replace(",15,1,1,1,", ",15,1,3天,1,");
        InputRun run = InputRun.of(write("list.csv", "汕头市龙湖区实施清单（标题行）\n" + HEADER + "\n" + ROW + "\n" + bad + "\n",
                StandardCharsets.UTF_8, false));
        assertThat(run.results).hasSize(2);
        assertThat(InputRun.adapterFindings(run.results.get(0))).isEmpty();
        assertThat(run.findings()).containsExactly("2 SC-0201 /isFee", "2 SC-0201 /handleType",
                "2 SC-0102 /promiseDay");
        Finding isFee = run.findings(InputRules.UNCONVERTIBLE_VALUE).get(0);
        assertThat(isFee.location()).isEqualTo(new SourceLocation(dir.resolve("list.csv").toString(), null, 4, 20,
                "IS_FEE"));
        assertThat(isFee.message()).isEqualTo("The value \"是\" of charges a fee (isFee) cannot be converted; expected a flag "
                + "(1 for yes, 0 for no)");
        assertThat(run.findings(StructureRules.WRONG_TYPE).get(0).location().columnLabel()).isEqualTo("PROMISE_DAY");
        assertThat(run.results.get(1).location().line()).isEqualTo(4);
    }

    @Test
    void emptyRowsAreSkippedAndEveryOtherRowIsOneResult() throws Exception {
        String broken = ROW.replace("11440507272211039T4440101001000", "");
        InputRun run = InputRun.of(write("rows.csv", HEADER + "\n\n" + ROW + "\n,,,\n" + broken + "\n\n" + ROW + "\n",
                StandardCharsets.UTF_8, false));
        assertThat(run.results).hasSize(3);
        assertThat(run.results).extracting(result -> result.location().line()).containsExactly(3L, 5L, 7L);
        assertThat(run.findings()).containsExactly("2 SC-0101 /taskCode");
    }

    @Test
    void anUnknownHeaderIsNoticedOnceWithTheClosestNamesAndItsValuesAreUndefinedElements() throws Exception {
        String header = HEADER + ",PROMISE_DAYS,备注";
        InputRun run = InputRun.of(write("h.csv", header + "\n" + ROW + ",3,\n" + ROW + ",,说明\n",
                StandardCharsets.UTF_8, false));
        assertThat(run.notices).extracting(InputNotice::key)
                .containsExactly("io.notice.unknownColumnClosest", "io.notice.unknownColumn");
        assertThat(run.notices.get(0).message(Messages.of(Messages.EN)))
                .contains("did you mean PROMISE_DAY").contains(":1:33 (PROMISE_DAYS)");
        assertThat(run.findings()).containsExactly("1 SC-0103 /promiseDays", "2 SC-0103 /备注");
    }

    @Test
    void aHeaderNamingAnElementTwiceOrNoHeaderAtAllStopsTheFile() throws Exception {
        Path twice = write("twice.csv", HEADER + ",TASK_CODE\n" + ROW + "\n", StandardCharsets.UTF_8, false);
        assertThatThrownBy(() -> InputRun.of(twice)).isInstanceOfSatisfying(InputException.class,
                e -> assertThat(e.getLocalizedMessage(Messages.EN)).contains("TASK_CODE").contains("twice")
                        .contains("columns 7 and 33"));
        Path none = write("none.csv", "a,b,c\n1,2,3\n", StandardCharsets.UTF_8, false);
        assertThatThrownBy(() -> InputRun.of(none)).isInstanceOfSatisfying(InputException.class,
                e -> assertThat(e.messageKey()).isEqualTo("io.input.noHeader"));
    }

    @Test
    void companionFilesAddChildRowsLinkedByTaskCodeAndSayWhatDidNotLink() throws Exception {
        Path list = write("items.csv", HEADER + "\n" + ROW + "\n", StandardCharsets.UTF_8, true);
        write("items.materials.csv", "TASK_CODE,MATERIAL_NAME,IS_NEED,ORDER_NUM\n"
                + "11440507272211039T4440101001000,申请书,1,1\n"
                + ",无主材料,1,1\n"
                + "11440507272211039T4440101001000,身份证明,,2\n"
                + "NO-SUCH-ITEM,孤立材料,1,1\n", StandardCharsets.UTF_8, true);
        Path fees = write("fees.csv", "实施编码占位,TASK_CODE,FEE_NAME,FEE_STAND,IS_DESC\n"
                .replace("实施编码占位,", "")
                + "11440507272211039T4440101001000,工本费,10元,2\n", StandardCharsets.UTF_8, false);
        InputRun run = InputRun.of(list, InputOptions.builder().companion(fees));
        assertThat(run.results).singleElement().satisfies(result ->
                assertThat(result.record()).hasFieldOrProperty("materials"));
        // Values the adapter could not convert are reported first, then the model stage's findings.
        assertThat(run.findings()).containsExactly("1 SC-0201 /feeItems/0/isDesc", "1 SC-0101 /materials/1/isNeed");
        Finding isNeed = run.findings(StructureRules.REQUIRED).get(0);
        assertThat(isNeed.location().file()).endsWith("items.materials.csv");
        assertThat(isNeed.location().line()).isEqualTo(4);
        assertThat(isNeed.location().columnLabel()).isEqualTo("IS_NEED");
        assertThat(run.noticeKeys()).containsExactly("io.notice.companion", "io.notice.rowWithoutLink",
                "io.notice.unlinkedRows");
        assertThat(run.notices.get(2).message(Messages.of(Messages.EN))).contains("NO-SUCH-ITEM").contains(":5:1");
    }

    @Test
    void childFilesThatCannotBeMatchedStopTheFileAndHeaderlessValuesAreNoticed() throws Exception {
        Path list = write("list.csv", HEADER + "\n" + ROW + ",stray value\n", StandardCharsets.UTF_8, false);
        InputRun run = InputRun.of(list);
        assertThat(run.results).hasSize(1);
        assertThat(run.noticeKeys()).containsExactly("io.notice.headerlessColumn");
        assertThat(run.notices.get(0).location().column()).isEqualTo(33);
        Path noLink = write("nolink.csv", "MATERIAL_NAME,IS_NEED\n申请书,1\n", StandardCharsets.UTF_8, false);
        assertThatThrownBy(() -> InputRun.of(list, InputOptions.builder().companion(noLink)))
                .isInstanceOfSatisfying(InputException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("io.input.childWithoutLink");
                    assertThat(e.getLocalizedMessage(Messages.ZH_CN)).contains("申请材料").contains("实施编码");
                });
        Path unknown = write("unknown.csv", "TASK_CODE,FOO\nT,1\n", StandardCharsets.UTF_8, false);
        assertThatThrownBy(() -> InputRun.of(list, InputOptions.builder().companion(unknown)))
                .isInstanceOfSatisfying(InputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("io.input.unknownChildTable"));
    }

    @Test
    void aQuoteThatNeverClosesStopsTheFileNamingTheRowAfterTheRowsBeforeItWereValidated() throws Exception {
        // Past the first ten rows, which are read ahead to find the header.
        Path file = write("quote.csv", HEADER + "\n" + (ROW + "\n").repeat(12)
                + ROW.replace("个体工商户设立登记", "\"未闭合") + "\n", StandardCharsets.UTF_8, false);
        java.util.List<org.matterstandards.sdk.ValidationResult> seen = new java.util.ArrayList<>();
        assertThatThrownBy(() -> InputRun.VALIDATOR.validateAll(file, InputOptions.defaults(), seen::add))
                .isInstanceOfSatisfying(InputException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("io.input.csvUnreadable");
                    assertThat(e.getLocalizedMessage(Messages.ZH_CN)).contains("quote.csv 第 14 行不是合法的 CSV").doesNotContain("\n");
                });
        assertThat(seen).hasSize(12);
    }
}
