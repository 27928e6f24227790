package org.matterstandards.sdk.io.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.matterstandards.core.finding.UnrenderedFinding;
import org.matterstandards.core.model.RecordKind;
import org.matterstandards.core.rule.InputRules;
import org.matterstandards.sdk.TestData;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class ExchangeConverterTest {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private final ExchangeConverter converter = ExchangeConverter.standard();

    private static ObjectNode json(String text) {
        return (ObjectNode) JSON.readTree(text.replace('\'', '"'));
    }

    @Test
    void convertsExchangeValuesToCanonicalTypes() {
        ExchangeConverter.Conversion conversion = converter.toCanonical(json("""
                {'TASK_CODE': '11440507272211039T4440101001000', 'IS_FEE': '1', 'IS_ONLINE': 0,
                 'HANDLE_TYPE': '1,2', 'ONLINE_HANDLE_DEPTH': '3^4^5', 'USE_LEVEL': '4',
                 'PROMISE_DAY': '20', 'ANTICIPATE_DAY': 30, 'PLAN_EFFECTIVE_DATE': '2026-03-01 08:30:00',
                 'PLAN_CANCEL_DATE': '2027/1/5', 'TASK_TYPE': '01', 'LIMIT_SCENE_EXPLAIN': '',
                 'CD_BATCH': 'B1', 'ROW_GUID': 'x', 'REMARKS': '备注'}"""), RecordKind.IMPLEMENTATION_ITEM);
        assertThat(conversion.problems()).isEmpty();
        assertThat(conversion.record()).isEqualTo(json("""
                {'taskCode': '11440507272211039T4440101001000', 'isFee': true, 'isOnline': false,
                 'handleType': ['1', '2'], 'onlineHandleDepth': ['3', '4', '5'], 'useLevel': ['4'],
                 'promiseDay': 20, 'anticipateDay': 30, 'planEffectiveDate': '2026-03-01',
                 'planCancelDate': '2027-01-05', 'taskType': '01', 'remarks': '备注'}"""));
    }

    @Test
    void anUnconvertibleValueIsReportedOnItsElementAndLeftOutWhileTheRestIsConverted() {
        ExchangeConverter.Conversion conversion = converter.toCanonical(json("""
                {'TASK_NAME': '结婚登记', 'IS_FEE': '是', 'HANDLE_TYPE': '1;2', 'SERVER_TYPE': '1，2',
                 'PLAN_EFFECTIVE_DATE': '2026-13-01', 'PROMISE_DAY': '20天', 'IS_EXPRESS': '1'}"""),
                RecordKind.IMPLEMENTATION_ITEM);
        assertThat(conversion.problems()).extracting(UnrenderedFinding::code, UnrenderedFinding::pointer)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(InputRules.UNCONVERTIBLE_VALUE, "/isFee"),
                        org.assertj.core.groups.Tuple.tuple(InputRules.UNCONVERTIBLE_VALUE, "/handleType"),
                        org.assertj.core.groups.Tuple.tuple(InputRules.UNCONVERTIBLE_VALUE, "/serverType"),
                        org.assertj.core.groups.Tuple.tuple(InputRules.UNCONVERTIBLE_VALUE, "/planEffectiveDate"));
        assertThat(conversion.problems().get(0).arguments()).containsEntry("value", "是")
                .containsEntry("expected", "flag");
        // A day count keeps its exchange form, the same as its canonical form: the model stage judges it.
        assertThat(conversion.record()).isEqualTo(json("""
                {'taskName': '结婚登记', 'promiseDay': '20天', 'isExpress': true}"""));
    }

    @Test
    void childTablesAreConvertedWithTheirOwnNamesAndRenamedElements() {
        ExchangeConverter.Conversion conversion = converter.toCanonical(json("""
                {'TASK_CODE': 'T', 'MATERIAL': [{'MATERIAL_NAME': '申请书', 'IS_NEED': '1', 'PAGE_NUM': '2'}],
                 'FEE_PROJECT': [{'FEE_NAME': '工本费', 'IS_DESC': 'Y'}],
                 'PROCESS': [{'LINK_NAME': '受理', 'HANDLE_TYPE': '1', 'HANDLE_DAY': '1'}]}"""),
                RecordKind.IMPLEMENTATION_ITEM);
        assertThat(conversion.record()).isEqualTo(json("""
                {'taskCode': 'T', 'materials': [{'materialName': '申请书', 'isNeed': '1', 'pageNum': 2}],
                 'feeItems': [{'feeName': '工本费'}],
                 'processSteps': [{'linkName': '受理', 'handleDayType': '1', 'handleDay': 1}]}"""));
        assertThat(conversion.problems()).singleElement()
                .satisfies(problem -> assertThat(problem.pointer()).isEqualTo("/feeItems/0/isDesc"));
    }

    @Test
    void writesExchangeRows() {
        ObjectNode row = converter.toExchange(json("""
                {'taskCode': 'T', 'isFee': false, 'handleType': ['1', '2'], 'planEffectiveDate': '2026-03-01',
                 'promiseDay': 5, 'processSteps': [{'linkName': '受理', 'handleDayType': '1'}], 'remarks': 'r'}"""),
                RecordKind.IMPLEMENTATION_ITEM);
        assertThat(row).isEqualTo(json("""
                {'TASK_CODE': 'T', 'IS_FEE': '0', 'HANDLE_TYPE': '1,2', 'PLAN_EFFECTIVE_DATE': '2026-03-01 00:00:00',
                 'PROMISE_DAY': 5, 'PROCESS_STEPS': [{'LINK_NAME': '受理', 'HANDLE_TYPE': '1'}], 'REMARKS': 'r'}"""));
    }

    @Test
    void theSampleSurvivesARoundTripThroughExchangeRowsUnchanged() throws Exception {
        JsonNode sample = JSON.readTree(Files.readString(TestData.SAMPLE));
        for (JsonNode record : sample) {
            ObjectNode exchange = converter.toExchange((ObjectNode) record, RecordKind.IMPLEMENTATION_ITEM);
            assertThat(converter.detectKind(exchange)).contains(RecordKind.IMPLEMENTATION_ITEM);
            ExchangeConverter.Conversion back = converter.toCanonical(exchange, RecordKind.IMPLEMENTATION_ITEM);
            assertThat(back.problems()).isEmpty();
            assertThat(back.record()).isEqualTo(record);
        }
    }

    @Test
    void datesAreParsedStrictly() {
        assertThat(ExchangeConverter.parseDate("2026-02-29")).isEmpty();
        assertThat(ExchangeConverter.parseDate("2028-02-29 23:59:59")).isPresent();
        assertThat(ExchangeConverter.parseDate("2026-01-01 24:00:00")).isEmpty();
        assertThat(ExchangeConverter.parseDate("2026年1月1日")).isEmpty();
        assertThat(List.of("2026-1-1", "2026/01/01", "2026-01-01T08:00")).allSatisfy(text ->
                assertThat(ExchangeConverter.parseDate(text)).hasValueSatisfying(date ->
                        assertThat(date).hasToString("2026-01-01")));
    }
}
