package org.matterstandards.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.matterstandards.core.code.CodeKind;
import org.matterstandards.core.model.RecordKind;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** networknt errors become located SC-/CD- violations (模式校验结果映射). */
class SchemaValidatorTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final SchemaValidator VALIDATOR = SchemaValidator.builtIn();

    private static final String CHANGE = """
            {"changeId": "BG-2024-001", "changeType": "2", "subjectKind": "intermediary-service",
             "subjectCode": "ZJ440500-0001", "deptName": "汕头市住房和城乡建设局", "deptCode": "11440500007493258B",
             "areaCode": "440500", "decisionDate": "2024-03-01", "filedDate": "2024-03-12",
             "changedElements": ["feeStandard"], "reason": "法律法规立改废释"}""";

    @Test
    void aValidRecordHasNoViolations() {
        assertThat(validate(RecordKind.LIST_CHANGE, CHANGE)).isEmpty();
    }

    @Test
    void optionalElementsMayBeNullOrBlankCodes() {
        ObjectNode record = tree(CHANGE);
        record.putNull("subjectName");
        record.put("deptCode", "");
        record.put("areaCode", " ");
        record.putNull("changedElements");
        assertThat(VALIDATOR.validate(RecordKind.LIST_CHANGE, record)).isEmpty();
    }

    @Test
    void missingNullAndBlankRequiredElementsAreRequiredFindings() {
        ObjectNode record = tree(CHANGE);
        record.remove("changeId");
        record.putNull("changeType");
        record.put("deptName", "\u3000 ");
        record.put("subjectCode", "");
        assertThat(VALIDATOR.validate(RecordKind.LIST_CHANGE, record))
                .extracting(SchemaViolation::code, SchemaViolation::pointer)
                .containsExactly(
                        tuple("SC-0101", "/changeId"),
                        tuple("SC-0101", "/changeType"),
                        tuple("SC-0101", "/deptName"),
                        tuple("SC-0101", "/subjectCode"));
    }

    @Test
    void typesLengthsUnknownElementsAndDates() {
        ObjectNode record = tree(CHANGE);
        record.put("changeType", 2);
        record.put("reason", true);
        record.put("subjectName", "𠀀".repeat(1000));
        record.put("subjectKind", "𠀀".repeat(41));
        record.put("decisionDate", "2024-02-30");
        record.put("colour", "red");
        List<SchemaViolation> violations = VALIDATOR.validate(RecordKind.LIST_CHANGE, record);
        assertThat(violations)
                .extracting(SchemaViolation::code, SchemaViolation::pointer, SchemaViolation::keyword)
                .containsExactly(
                        tuple("SC-0102", "/changeType", "type"),
                        tuple("SC-0103", "/colour", "additionalProperties"),
                        tuple("SC-0102", "/decisionDate", "format"),
                        tuple("SC-0102", "/reason", "type"),
                        tuple("SC-0104", "/subjectKind", "maxLength"));
        assertThat(violations.get(0).detail("expected")).isEqualTo("string");
        assertThat(violations.get(1).detail("element")).isEqualTo("colour");
        assertThat(violations.get(2).detail("expected")).isEqualTo("date");
        assertThat(violations.get(4).detail("max")).isEqualTo(40L);
    }

    @Test
    void codesFailWithTheCodeKindsFindingCodeAndNotAlsoAsPatterns() {
        ObjectNode record = tree(CHANGE);
        record.put("deptCode", "11440500007493258C");
        record.put("areaCode", "4405");
        List<SchemaViolation> violations = VALIDATOR.validate(RecordKind.LIST_CHANGE, record);
        assertThat(violations)
                .extracting(SchemaViolation::code, SchemaViolation::pointer)
                .containsExactly(tuple("CD-0107", "/areaCode"), tuple("CD-0101", "/deptCode"));
        assertThat(violations.get(1).detail("codeKind")).isEqualTo(CodeKind.USCC);
        assertThat(violations.get(1).value().asString()).isEqualTo("11440500007493258C");
    }

    @Test
    void pseudoDivisionCodesPassTheFormatAsTheModelLetsThemPassAndOnlyUnknownCodesFail() {
        // Whether 440599 (汕头市市本级) is acceptable depends on the profile: rule CD-0201 decides, not the format.
        ObjectNode record = tree(CHANGE);
        record.put("areaCode", "440599");
        assertThat(VALIDATOR.validate(RecordKind.LIST_CHANGE, record)).isEmpty();
        record.put("areaCode", "449999");
        assertThat(VALIDATOR.validate(RecordKind.LIST_CHANGE, record))
                .extracting(SchemaViolation::code).containsExactly("CD-0107");
    }

    @Test
    void nestedElementsAreLocatedAndRangesCarryTheirBounds() {
        String item = """
                {"materials": [{"materialName": "申请表", "isNeed": "1", "orderNum": 10000},
                               {"isNeed": "1", "orderNum": 1, "pageNum": -1}]}""";
        List<SchemaViolation> violations = VALIDATOR.validate(RecordKind.IMPLEMENTATION_ITEM, tree(item)).stream()
                .filter(violation -> violation.pointer().startsWith("/materials")).toList();
        assertThat(violations)
                .extracting(SchemaViolation::code, SchemaViolation::pointer)
                .containsExactly(
                        tuple("SC-0106", "/materials/0/orderNum"),
                        tuple("SC-0101", "/materials/1/materialName"),
                        tuple("SC-0106", "/materials/1/pageNum"));
        assertThat(violations.get(0).details()).containsEntry("min", 0L).containsEntry("max", 9999L);
        assertThat(violations.get(2).details()).containsEntry("min", 0L).containsEntry("max", 999L);
    }

    @Test
    void arrayItemsAreTypedAndNullItemsAreWrongTypesNotMissingElements() {
        ObjectNode record = tree(CHANGE);
        record.set("changedElements", MAPPER.readTree("[\"feeStandard\", null, 3]"));
        assertThat(VALIDATOR.validate(RecordKind.LIST_CHANGE, record))
                .extracting(SchemaViolation::code, SchemaViolation::pointer)
                .containsExactly(tuple("SC-0102", "/changedElements/1"), tuple("SC-0102", "/changedElements/2"));
    }

    @Test
    void enumerationsOfTheReportSchemaAreNotAllowedValues() {
        JsonNode change = MAPPER.readTree("""
                {"upstreamFile": "up.json", "localFile": "local.json",
                 "changes": [{"key": "promiseDay", "route": "APPROVAL", "oldValue": 20, "newValue": 15}]}""");
        List<SchemaViolation> violations = VALIDATOR.validate(MatterSchema.CHANGE_SET, change);
        assertThat(violations).extracting(SchemaViolation::code, SchemaViolation::pointer)
                .containsExactly(tuple("SC-0107", "/changes/0/route"));
        assertThat(violations.get(0).detail("allowed")).isEqualTo(List.of("REVIEW", "FILING"));
    }

    private static List<SchemaViolation> validate(RecordKind kind, String json) {
        return VALIDATOR.validate(kind, tree(json));
    }

    private static ObjectNode tree(String json) {
        return (ObjectNode) MAPPER.readTree(json);
    }
}
