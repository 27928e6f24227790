package org.matterstandards.core.element;

import static org.matterstandards.core.element.TestRecords.record;
import static org.matterstandards.core.element.TestRecords.with;

import java.time.LocalDate;
import java.util.List;
import org.matterstandards.core.model.CatalogItem;
import org.matterstandards.core.model.FeeItem;
import org.matterstandards.core.model.ImplementationItem;
import org.matterstandards.core.model.LegalBasis;
import org.matterstandards.core.model.Material;
import org.matterstandards.core.model.ProcessStep;

/**
 * Realistic records for tier tests: 食品经营许可 as published by 汕头市市场监督管理局 (municipal, tier 3) and the same
 * item claimed unchanged by 汕头市龙湖区市场监督管理局 (county, tier 4). The credit codes carry valid check characters.
 */
final class ShantouItems {

    static final String CITY_BODY = "11440500007523015Y";
    static final String DISTRICT_BODY = "114405077258011399";
    static final String CATALOG_CODE = "440101002000";
    static final String CITY_TASK = CITY_BODY + "3" + CATALOG_CODE;
    static final String DISTRICT_TASK = DISTRICT_BODY + "4" + CATALOG_CODE;

    static final String ACCEPT_CONDITION = "（一）具有与经营的食品品种、数量相适应的食品原料处理和食品加工、销售、贮存等场所；"
            + "（二）具有与经营的食品品种、数量相适应的经营设备或者设施；（三）有专职或者兼职的食品安全管理人员和保证食品安全的规章制度。";

    private ShantouItems() {
    }

    static Material material(String name, String isNeed, int order) {
        return record(Material.class, "materialName", name, "isNeed", isNeed, "materialType", "2",
                "materialFormat", "3", "sourceType", "10", "pageNum", 1, "orderNum", order);
    }

    static List<Material> cityMaterials() {
        return List.of(
                material("食品经营许可申请书", "1", 1),
                material("营业执照复印件", "1", 2),
                material("食品安全管理制度文本", "1", 3),
                material("主要设备设施布局、操作流程等文件", "3", 4));
    }

    /** The municipal item, handle item 01 (新办). */
    static ImplementationItem city() {
        return record(ImplementationItem.class,
                "taskName", "食品经营许可（新办）",
                "catalogCode", CATALOG_CODE,
                "taskType", "01",
                "byLaw", "《中华人民共和国食品安全法》第三十五条",
                "legalBases", List.of(record(LegalBasis.class, "lawName", "《中华人民共和国食品安全法》",
                        "clauseNumber", "第三十五条", "lawLevel", "01", "lawDate", LocalDate.of(2015, 10, 1))),
                "powerSource", "1",
                "useLevel", List.of("3", "4"),
                "taskCode", CITY_TASK,
                "taskHandleItem", CITY_TASK + "01",
                "taskState", "1",
                "taskVersion", 3,
                "deptName", "汕头市市场监督管理局",
                "deptCode", CITY_BODY,
                "deptType", "1",
                "anticipateDay", 20,
                "anticipateType", "1",
                "promiseDay", 10,
                "promiseType", "1",
                "acceptCondition", ACCEPT_CONDITION,
                "handleFlow", "申请→受理→审查→决定→发证",
                "isFee", false,
                "serverType", List.of("2", "5"),
                "projectType", "2",
                "handleType", List.of("1", "2"),
                "limitSceneNum", 1,
                "linkWay", "咨询电话：0754-88888001",
                "superviseWay", "投诉电话：0754-12345",
                "transactAddr", "汕头市政务服务中心一楼市场监管窗口",
                "transactTime", "周一至周五 8:30-12:00，14:30-17:30（法定节假日除外）",
                "isEntryCenter", true,
                "isExpress", true,
                "isOnline", true,
                "isPayOnline", false,
                "onlineHandleDepth", List.of("1", "2", "3", "4", "6"),
                "onlineHandleLevel", "3",
                "materials", cityMaterials(),
                "processSteps", List.of(
                        record(ProcessStep.class, "linkName", "受理", "handleDay", 1, "handleDayType", "1"),
                        record(ProcessStep.class, "linkName", "审查", "handleDay", 6, "handleDayType", "1"),
                        record(ProcessStep.class, "linkName", "决定", "handleDay", 3, "handleDayType", "1")));
    }

    /** The district's claim of {@link #city()}, with only the elements that are necessarily its own changed. */
    static ImplementationItem district() {
        return with(city(),
                "taskCode", DISTRICT_TASK,
                "taskHandleItem", DISTRICT_TASK + "01",
                "taskVersion", 1,
                "deptName", "汕头市龙湖区市场监督管理局",
                "deptCode", DISTRICT_BODY,
                "areaCode", "440507");
    }

    /** A fee item. */
    static FeeItem fee(String name, String standard) {
        return record(FeeItem.class, "feeName", name, "feeStand", standard);
    }

    /** The catalogue item behind {@link #city()}. */
    static CatalogItem catalogItem() {
        return record(CatalogItem.class,
                "taskName", "食品经营许可（新办）",
                "catalogCode", CATALOG_CODE,
                "taskType", "01",
                "byLaw", "《中华人民共和国食品安全法》第三十五条",
                "legalBases", city().legalBases(),
                "useLevel", List.of("3", "4"),
                "taskState", "1",
                "taskVersion", 7,
                "deptName", "广东省市场监督管理局",
                "areaCode", "440000");
    }
}
