package org.matterstandards.core.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import org.matterstandards.core.model.constraint.CodeFormat;
import org.matterstandards.core.code.CodeKind;
import org.matterstandards.core.model.constraint.MaxLength;
import org.matterstandards.core.model.constraint.Range;
import org.matterstandards.core.model.constraint.Required;

/**
 * An implementation-list item (实施清单事项; its public view is the 办事指南): what one implementing body publishes
 * for one matter, with the elements of the national exchange tables {@code up_task_general_basic} / {@code _extend}
 * and their child tables.
 *
 * <p>Component names are the national exchange names in lowerCamelCase ({@code PROMISE_DAY → promiseDay}); flags are
 * booleans, multi-valued lists are arrays, day counts are integers and coded values are code strings whose tables the
 * profile selects. Constraints here are structural (presence, column length, code check digits); cross-field and
 * code-table checks are rules.
 *
 * @param taskName            事项名称
 * @param catalogCode         基本编码
 * @param localCatalogCode    地方基本编码
 * @param taskType            事项类型 code
 * @param byLaw               设定依据 (text)
 * @param legalBases          设定依据 entries with their level
 * @param powerSource         权力来源 code
 * @param useLevel            行使层级 codes
 * @param taskCode            实施编码
 * @param localTaskCode       地方实施编码
 * @param taskHandleItem      业务办理项编码
 * @param taskState           事项状态 code
 * @param taskVersion         事项版本
 * @param deptName            实施主体
 * @param deptCode            实施主体编码 (统一社会信用代码)
 * @param deptType            实施主体性质 code
 * @param entrustName         委托部门
 * @param areaCode            行政区划代码 of the implementing body
 * @param anticipateDay       法定办结时限
 * @param anticipateType      法定办结时限单位 code
 * @param anticipateExplain   法定办结时限说明
 * @param promiseDay          承诺办结时限
 * @param promiseType         承诺办结时限单位 code
 * @param promiseExplain      承诺办结时限说明
 * @param acceptCondition     受理条件
 * @param isInformCommit      是否实行告知承诺制 (告知承诺制: the applicant's written promise replaces some proof)
 * @param informCommitExplain 告知承诺说明: which conditions or materials the promise replaces
 * @param handleFlow          办理流程
 * @param isFee               是否收费
 * @param feeBasis            收费依据
 * @param serverType          服务对象 codes
 * @param projectType         办件类型 code (1 即办件, 2 承诺件)
 * @param approvalServiceForm 审批服务形式 (as the Guangdong portal's 审批信息 shows it, free text)
 * @param handleType          办理形式 codes (1 窗口办理, 2 网上办理, 3 快递申请)
 * @param limitSceneNum       到办事现场次数
 * @param limitSceneExplain   必须现场办理原因说明
 * @param specialProcedure    特别程序 (text)
 * @param linkWay             咨询方式
 * @param superviseWay        监督投诉方式
 * @param consultPhone        咨询电话
 * @param complainPhone       投诉电话
 * @param reconsiderWay       行政复议途径 (department, address, phone, web address)
 * @param litigationWay       行政诉讼途径 (court, address, phone)
 * @param progressQueryWay    办理进程及结果查询途径
 * @param transactAddr        办理地点
 * @param transactTime        办理时间
 * @param linkAddr            计算机端在线办理地址
 * @param isSingleLogin       计算机端是否对接单点登录
 * @param mobileTerminalUrl   移动端办理地址
 * @param appIsSingleLogin    移动端是否对接单点登录
 * @param planEffectiveDate   计划生效日期
 * @param planCancelDate      计划取消日期
 * @param isEntryCenter       是否进驻政务大厅
 * @param centerName          大厅名称
 * @param isOneWindow         是否一窗受理 (local extension, no national exchange column)
 * @param isExpress           是否支持物流快递
 * @param isOnline            是否网办
 * @param isPayOnline         是否支持网上支付
 * @param isSchedule          是否支持预约办理
 * @param isServiceTerminals  是否支持自助终端办理
 * @param handleArea          通办范围 code
 * @param crossRegionType     通办类型 (e.g. 全国通办, 跨省通办, 省内通办; free text)
 * @param crossRegionAreas    通办区域: division codes of the areas where the item can be handled
 * @param crossRegionForms    通办形式 (e.g. 全程网办, 异地代收代办, 多地联办; free text)
 * @param limitExplain        数量限制
 * @param onlineHandleDepth   网上办理深度 capability codes (1 互联网咨询 … 7 互联网电子证照反馈)
 * @param onlineHandleLevel   网上办理深度级别 Ⅰ–Ⅳ as "1"–"4" (Guangdong WBSD_LEVEL; "4" = 全程网办)
 * @param onlineHandleUrl     网办地址
 * @param otherDept           联办机构
 * @param resultType          审批结果类型 code
 * @param resultName          审批结果名称
 * @param resultGuid          审批结果样本 reference
 * @param isElectronicLicence 是否电子证照: the result is issued as an electronic licence
 * @param electronicLicenceName 电子证照名称
 * @param electronicLicenceCode 电子证照目录编码
 * @param serviceType         中介服务 (text)
 * @param isExistIntermediary 是否存在中介服务
 * @param intermediaryContent 中介服务内容
 * @param intermediaryCodes   中介服务事项编码 of the required intermediary services
 * @param isIntelliApproval   是否秒批 (智能审批)
 * @param userTopicType       面向自然人事项主题分类
 * @param corpTopicType       面向法人事项主题分类
 * @param userCharacterTopicType 面向自然人地方特色主题分类
 * @param corpCharacterTopicType 面向法人地方特色主题分类
 * @param townName            乡镇街道名称
 * @param townCode            乡镇街道代码
 * @param villageName         村居社区名称
 * @param villageCode         村居社区代码
 * @param taskGuid            事项唯一标识
 * @param reviewReference     审核 reference (审核意见文号) for elements changed against the claimed upstream item
 * @param filingReference     备案 reference (备案号) for elements changed against the claimed upstream item
 * @param materials           申请材料
 * @param feeItems            收费项目
 * @param questions           常见问题
 * @param processSteps        办理环节
 * @param specialProcedures   特别程序 entries
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImplementationItem(
        @Required @MaxLength(1000) String taskName,
        @Required @CodeFormat(CodeKind.CATALOG_CODE) String catalogCode,
        @MaxLength(50) String localCatalogCode,
        @Required @MaxLength(2) String taskType,
        @Required String byLaw,
        List<@Valid LegalBasis> legalBases,
        @Required @MaxLength(2) String powerSource,
        @Required List<String> useLevel,
        @Required @CodeFormat(CodeKind.TASK_CODE) String taskCode,
        @MaxLength(50) String localTaskCode,
        @CodeFormat(CodeKind.HANDLE_ITEM_CODE) String taskHandleItem,
        @Required @MaxLength(2) String taskState,
        @Required @Range(min = 1, max = 99999) Integer taskVersion,
        @Required @MaxLength(200) String deptName,
        @Required @CodeFormat(CodeKind.USCC) String deptCode,
        @Required @MaxLength(2) String deptType,
        @MaxLength(100) String entrustName,
        @CodeFormat(CodeKind.DIVISION_CODE) String areaCode,
        @Required @Range(min = 0, max = 9999) Integer anticipateDay,
        @Required @MaxLength(2) String anticipateType,
        String anticipateExplain,
        @Required @Range(min = 0, max = 9999) Integer promiseDay,
        @Required @MaxLength(2) String promiseType,
        String promiseExplain,
        @Required String acceptCondition,
        Boolean isInformCommit,
        String informCommitExplain,
        @Required String handleFlow,
        @Required Boolean isFee,
        String feeBasis,
        @Required List<String> serverType,
        @Required @MaxLength(2) String projectType,
        @MaxLength(100) String approvalServiceForm,
        List<String> handleType,
        @Required @Range(min = 0, max = 99) Integer limitSceneNum,
        @MaxLength(1000) String limitSceneExplain,
        @MaxLength(500) String specialProcedure,
        @Required String linkWay,
        @Required String superviseWay,
        @MaxLength(50) String consultPhone,
        @MaxLength(50) String complainPhone,
        String reconsiderWay,
        String litigationWay,
        String progressQueryWay,
        @Required @MaxLength(500) String transactAddr,
        @Required @MaxLength(500) String transactTime,
        String linkAddr,
        Boolean isSingleLogin,
        String mobileTerminalUrl,
        Boolean appIsSingleLogin,
        LocalDate planEffectiveDate,
        LocalDate planCancelDate,
        @Required Boolean isEntryCenter,
        @MaxLength(100) String centerName,
        Boolean isOneWindow,
        @Required Boolean isExpress,
        @Required Boolean isOnline,
        @Required Boolean isPayOnline,
        Boolean isSchedule,
        Boolean isServiceTerminals,
        @MaxLength(2) String handleArea,
        @MaxLength(50) String crossRegionType,
        List<String> crossRegionAreas,
        List<String> crossRegionForms,
        String limitExplain,
        List<String> onlineHandleDepth,
        @MaxLength(1) String onlineHandleLevel,
        String onlineHandleUrl,
        @MaxLength(200) String otherDept,
        @MaxLength(30) String resultType,
        @MaxLength(200) String resultName,
        @MaxLength(256) String resultGuid,
        Boolean isElectronicLicence,
        @MaxLength(200) String electronicLicenceName,
        @MaxLength(100) String electronicLicenceCode,
        @MaxLength(500) String serviceType,
        Boolean isExistIntermediary,
        String intermediaryContent,
        List<String> intermediaryCodes,
        Boolean isIntelliApproval,
        @MaxLength(40) String userTopicType,
        @MaxLength(40) String corpTopicType,
        @MaxLength(100) String userCharacterTopicType,
        @MaxLength(100) String corpCharacterTopicType,
        @MaxLength(100) String townName,
        @MaxLength(18) String townCode,
        @MaxLength(100) String villageName,
        @MaxLength(18) String villageCode,
        @MaxLength(50) String taskGuid,
        @MaxLength(100) String reviewReference,
        @MaxLength(100) String filingReference,
        List<@Valid Material> materials,
        List<@Valid FeeItem> feeItems,
        List<@Valid Question> questions,
        List<@Valid ProcessStep> processSteps,
        List<@Valid SpecialProcedure> specialProcedures) implements MatterRecord {

    /** Copies the list components so that the record is immutable. */
    public ImplementationItem {
        legalBases = ModelLists.copy(legalBases);
        useLevel = ModelLists.copy(useLevel);
        serverType = ModelLists.copy(serverType);
        handleType = ModelLists.copy(handleType);
        onlineHandleDepth = ModelLists.copy(onlineHandleDepth);
        crossRegionAreas = ModelLists.copy(crossRegionAreas);
        crossRegionForms = ModelLists.copy(crossRegionForms);
        intermediaryCodes = ModelLists.copy(intermediaryCodes);
        materials = ModelLists.copy(materials);
        feeItems = ModelLists.copy(feeItems);
        questions = ModelLists.copy(questions);
        processSteps = ModelLists.copy(processSteps);
        specialProcedures = ModelLists.copy(specialProcedures);
    }

    @Override
    @JsonIgnore
    public String recordId() {
        return taskHandleItem != null && !taskHandleItem.isBlank() ? taskHandleItem : taskCode;
    }
}
