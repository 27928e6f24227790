package org.matterstandards.sdk.io.exchange;

import org.matterstandards.sdk.input.InputFormat;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matterstandards.core.finding.Finding;
import org.matterstandards.core.model.ImplementationItem;
import org.matterstandards.core.model.Material;
import org.matterstandards.core.reference.ReferenceData;
import org.matterstandards.sdk.tier.Repository;
import org.matterstandards.sdk.io.InputRun;
import org.matterstandards.sdk.io.common.ExchangeConverter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The Guangdong portal's exported items (广东政务服务网格式): detection, conversion, located problems, round trip. */
class GuangdongPortalReaderTest {

    private static final Path PORTAL = Repository.file("examples/data/upstream-shantou.gdzwfw.json");
    private static final Path CANONICAL = Repository.file("examples/data/upstream-shantou.json");
    private static final GuangdongPortalConverter CONVERTER = new GuangdongPortalConverter(
            ExchangeConverter.standard(), ReferenceData.builtIn().codeTables());

    @TempDir
    Path dir;

    @Test
    void theExampleRoundTripsToTheCanonicalUpstreamListAndBack() throws Exception {
        JsonNode portal = InputRun.VALIDATOR.mapper().readTree(Files.readString(PORTAL));
        JsonNode canonical = InputRun.VALIDATOR.mapper().readTree(Files.readString(CANONICAL));
        assertThat(portal.size()).isEqualTo(canonical.size()).isEqualTo(8);
        for (int i = 0; i < portal.size(); i++) {
            ExchangeConverter.Conversion read = CONVERTER.toCanonical((ObjectNode) portal.get(i));
            assertThat(read.problems()).isEmpty();
            assertThat(read.record()).as("record %d read", i).isEqualTo(canonical.get(i));
            assertThat(CONVERTER.toPortal((ObjectNode) canonical.get(i))).as("record %d written", i)
                    .isEqualTo(portal.get(i));
        }
        assertThat(portal.get(0).get("AUDIT_ITEM").has("CATANAME")).isTrue();
        assertThat(portal.get(0).has("AUDIT_MATERIAL")).isTrue();
    }

    @Test
    void thePortalFileIsDetectedAndValidatesLikeTheCanonicalOne() {
        InputRun portal = InputRun.of(PORTAL);
        InputRun canonical = InputRun.of(CANONICAL);
        assertThat(portal.format).isEqualTo(InputFormat.GDZWFW);
        assertThat(portal.results).extracting(r -> r.record()).isEqualTo(
                canonical.results.stream().map(r -> r.record()).toList());
    }

    @Test
    void portalValuesAreConvertedAndWhatCannotBeIsLocated() throws Exception {
        String item = Files.readString(PORTAL);
        ObjectNode record = (ObjectNode) InputRun.VALIDATOR.mapper().readTree(item).get(0);
        ObjectNode audit = (ObjectNode) record.get("AUDIT_ITEM");
        audit.put("WBSD_LEVEL", "Ⅲ级");
        audit.put("TASK_TYPE_TEXT", "行政许可");
        audit.put("ITEM_ID", "8a1f6c0e2b7d4e59a3c1f0e9d2b7a6c5");
        audit.put("DEPT_CODE", "272211039");
        audit.put("ANTICIPATE_TYPE_TEXT", "个月");
        audit.putArray("SCOPES").addObject().put("SCOPERANGE_TEXT", "省内通办").put("SCOPESHAPE_TEXT", "全程网办")
                .put("AREA_CODE", "440500");
        audit.putArray("LAW").addObject().put("LAWNAME", "促进个体经济发展条例").put("TERMSNUMBER", "第十条")
                .put("BFJG", "国务院");
        record.putArray("AUDIT_CATALOG_LOBBY").addObject().put("NAME", "龙湖区政务服务中心").put("TIME", "工作日")
                .put("TEL", "0754-00000000");
        ObjectNode material = (ObjectNode) record.get("AUDIT_MATERIAL").get(0);
        material.put("PAGE_COPYNUM", "2");
        material.putArray("FORM_GUID").add("f-1").add("f-2");
        material.put("IS_NEED_TEXT", "必要");
        Path file = Files.writeString(dir.resolve("portal.json"), "[\n" + record + "\n]\n", StandardCharsets.UTF_8);

        InputRun run = InputRun.of(file);
        assertThat(run.format).isEqualTo(InputFormat.GDZWFW);
        ImplementationItem read = (ImplementationItem) run.results.get(0).record();
        assertThat(read.onlineHandleLevel()).isEqualTo("3");
        assertThat(read.taskGuid()).isEqualTo("8a1f6c0e2b7d4e59a3c1f0e9d2b7a6c5");
        assertThat(read.crossRegionType()).isEqualTo("省内通办");
        assertThat(read.crossRegionForms()).containsExactly("全程网办");
        assertThat(read.crossRegionAreas()).containsExactly("440500");
        assertThat(read.legalBases().get(0).lawDept()).isEqualTo("国务院");
        assertThat(read.centerName()).isEqualTo("龙湖区政务服务中心");
        Material first = read.materials().get(0);
        assertThat(first.copyNum()).isEqualTo(2);
        assertThat(first.formGuid()).isEqualTo("f-1");
        List<Finding> unconvertible = run.findings("SC-0201");
        assertThat(unconvertible).extracting(Finding::pointer).containsExactly("/anticipateType");
        assertThat(unconvertible.get(0).message()).contains("个月");
        assertThat(unconvertible.get(0).location().line()).isEqualTo(2);
        // The _TEXT companions and the portal's own organisation code are not reported as undefined elements.
        assertThat(run.findings("SC-0103")).isEmpty();
    }
}
