package org.matterstandards.sdk.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.matterstandards.core.finding.Finding;
import org.matterstandards.core.i18n.Messages;
import org.matterstandards.sdk.MatterValidator;
import org.matterstandards.sdk.ValidationResult;

/**
 * A {@code decisionDate} written with a time of day is refused with a finding that says so and names the date it
 * falls on in Asia/Shanghai — the date the clerk should write, whatever the offset the exporting system used.
 */
class DateTimeWhereDateExpectedTest {

    private static final MatterValidator ZH = MatterValidator.builder().profile("shantou")
            .asOf(LocalDate.of(2025, 3, 1)).build();

    private static String change(String decisionDate) {
        return """
                {"changeId": "TZ-2025-009", "changeType": "2", "subjectKind": "intermediary-service",
                 "subjectCode": "ZJ4405000009", "subjectName": "水土保持方案编制", "deptName": "汕头市水务局",
                 "deptCode": "11440500MB2D11637X", "areaCode": "440500", "decisionDate": "%s",
                 "marketAdjustedDate": "2025-01-26", "systemAdjustedDate": "2025-01-27", "filedDate": "2025-01-27",
                 "filingAuthority": "汕头市政务服务数据管理局", "changedElements": ["serviceContent"],
                 "reason": "上位法修改，调整服务内容"}
                """.formatted(decisionDate);
    }

    private static Finding only(ValidationResult result) {
        assertThat(result.findings()).extracting(Finding::code).containsExactly("SC-0102");
        return result.findings().get(0);
    }

    @Test
    void aUtcDateTimeNamesTheDateInChinaWhichMayBeTheNextDay() {
        // 2025-01-24T18:30Z is 2025-01-25 02:30 in China.
        Finding finding = only(ZH.validate(change("2025-01-24T18:30:00Z")));
        assertThat(finding.pointer()).isEqualTo("/decisionDate");
        assertThat(finding.message()).contains("不含时刻").contains("按北京时间应填 2025-01-25")
                .contains("\"2025-01-24T18:30:00Z\"");
    }

    @Test
    void aDateTimeWithoutOffsetIsTakenAsChineseTime() {
        Finding finding = only(MatterValidator.builder().profile("shantou").locale(Messages.EN)
                .asOf(LocalDate.of(2025, 3, 1)).build().validate(change("2025-01-24T09:00:00")));
        assertThat(finding.message()).contains("without a time of day; in Asia/Shanghai that is 2025-01-24");
    }

    @Test
    void aMalformedDateKeepsThePlainMessage() {
        Finding finding = only(ZH.validate(change("24.01.2025")));
        assertThat(finding.message()).contains("日期（yyyy-MM-dd）").doesNotContain("不含时刻");
    }

    @Test
    void theSameRecordWithTheDateAloneIsClean() {
        assertThat(ZH.validate(change("2025-01-24")).findings()).isEmpty();
    }
}
