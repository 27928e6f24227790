package org.matterstandards.sdk;

import java.util.function.Consumer;
import org.matterstandards.core.model.ImplementationItem;
import org.matterstandards.core.model.MatterRecord;
import org.matterstandards.core.model.PowerItem;
import org.matterstandards.core.model.RecordKind;
import org.matterstandards.sdk.input.KindDetector;
import tools.jackson.databind.node.ObjectNode;

/** Builds model records for tests from a correct record with a few elements changed. */
public final class TestRecords {

    /** A validator under the Shantou profile. */
    public static final MatterValidator VALIDATOR = MatterValidator.builder().profile("shantou").build();

    /** Record 1 of examples/data/shantou-sample.json: a correct implementation item of 龙湖区. */
    private static final String IMPLEMENTATION_ITEM = """
            {"taskName":"个体工商户设立登记","catalogCode":"440101001000","taskType":"01",
             "byLaw":"《促进个体经济发展条例》第十条","powerSource":"1","useLevel":["4"],
             "taskCode":"11440507272211039T4440101001000","taskState":"1","taskVersion":1,
             "deptName":"汕头市龙湖区市场监督管理局","deptCode":"11440507272211039T","deptType":"1","areaCode":"440507",
             "anticipateDay":15,"anticipateType":"1","promiseDay":1,"promiseType":"1",
             "acceptCondition":"申请人具有经营能力，经营场所符合规定。","handleFlow":"申请→受理→审查→决定→送达",
             "isFee":false,"serverType":["1"],"projectType":"2","handleType":["1","2"],"limitSceneNum":0,
             "linkWay":"咨询电话：0754-88466312","superviseWay":"投诉电话：0754-12345",
             "transactAddr":"龙湖区政务服务中心综合窗口","transactTime":"周一至周五",
             "isEntryCenter":true,"centerName":"龙湖区政务服务中心","isExpress":true,"isOnline":true,
             "isPayOnline":false,"resultType":"10","resultName":"营业执照",
             "onlineHandleUrl":"https://www.gdzwfw.gov.cn/portal/guide/11440507272211039T4440101001000",
             "materials":[{"materialName":"经营者身份证明","materialType":"1","materialFormat":"3","isNeed":"1",
                           "sourceType":"10","pageNum":1,"orderNum":1}]}
            """;

    /** A correct power-list entry of 汕头市发展和改革局 (a licensing main item). */
    private static final String POWER_ITEM = """
            {"taskName":"企业投资项目核准","catalogCode":"440101001000","taskType":"01",
             "deptName":"汕头市发展和改革局","deptCode":"11440500002242804R","areaCode":"440500",
             "byLaw":"《企业投资项目核准和备案管理条例》","powerSource":"1","useLevel":["3"],"taskState":"1",
             "responsibility":"受理、审查、决定、送达","accountability":"依法追责"}
            """;

    private TestRecords() {
    }

    /**
     * An implementation item: the correct base with changes.
     *
     * @param change edits the JSON before binding (remove or put elements)
     * @return the bound item
     */
    public static ImplementationItem item(Consumer<ObjectNode> change) {
        return (ImplementationItem) bind(IMPLEMENTATION_ITEM, change);
    }

    /**
     * A power-list entry: the correct base with changes.
     *
     * @param change edits the JSON before binding
     * @return the bound entry
     */
    public static PowerItem power(Consumer<ObjectNode> change) {
        return (PowerItem) bind(POWER_ITEM, change);
    }

    /**
     * An implementation item as JSON: the correct base with changes.
     *
     * @param change edits the JSON
     * @return the JSON object
     */
    public static ObjectNode itemJson(Consumer<ObjectNode> change) {
        ObjectNode node = (ObjectNode) VALIDATOR.mapper().readTree(IMPLEMENTATION_ITEM);
        change.accept(node);
        return node;
    }

    private static MatterRecord bind(String json, Consumer<ObjectNode> change) {
        ObjectNode node = (ObjectNode) VALIDATOR.mapper().readTree(json);
        change.accept(node);
        // Bound directly, not validated: tests of statistics also need records that the schema stage would refuse.
        RecordKind kind = KindDetector.detect(node).orElseThrow();
        return VALIDATOR.mapper().treeToValue(node, kind.modelType());
    }
}
