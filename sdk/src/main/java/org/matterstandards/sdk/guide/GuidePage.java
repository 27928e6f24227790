package org.matterstandards.sdk.guide;

import java.util.List;
import java.util.function.Function;
import org.matterstandards.core.codetable.CodeTables;
import org.matterstandards.core.model.FeeItem;
import org.matterstandards.core.model.ImplementationItem;
import org.matterstandards.core.model.LegalBasis;
import org.matterstandards.core.model.Material;
import org.matterstandards.core.model.ProcessStep;
import org.matterstandards.core.model.Question;
import org.matterstandards.core.model.SpecialProcedure;
import org.matterstandards.sdk.report.internal.Html;

/**
 * One 办事指南 page (办事指南页面): the sections a portal guide shows — 基本信息, 设定依据, 受理条件, 申请材料,
 * 办理流程, 收费, 时限, 办理地点与方式, 咨询与监督, 常见问题 — for one implementation item, as a self-contained HTML
 * document (styles inline, no script, no remote resource). Every value goes through {@link Html#text}.
 */
final class GuidePage {

    private static final String NONE = "无";

    private final CodeLabels labels;
    private final String css;

    GuidePage(CodeLabels labels, String css) {
        this.labels = labels;
        this.css = css;
    }

    void write(ImplementationItem item, String generated, Html html) {
        html.raw("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .text(item.taskName()).raw(" · 办事指南</title>\n<style>\n").raw(css).raw("</style>\n</head>\n<body>\n<main>\n")
                .raw("<nav class=\"back\"><a href=\"index.html\">← 返回办事指南目录</a></nav>\n")
                .raw("<header class=\"guide-head\"><p class=\"kicker\">办事指南</p><h1 id=\"task-name\">")
                .text(item.taskName()).raw("</h1><p class=\"meta\">").text(item.deptName()).raw(" · 实施编码 ")
                .text(item.taskCode()).raw("</p></header>\n");
        basics(item, html);
        legalBasis(item, html);
        acceptance(item, html);
        materials(item.materials(), html);
        process(item, html);
        fees(item, html);
        timeLimits(item, html);
        venue(item, html);
        contact(item, html);
        questions(item.questions(), html);
        html.raw("<footer>本页由 matter-standards 依据实施清单数据生成，生成日期 ").text(generated)
                .raw("。以窗口和政务服务网最新公布的信息为准。</footer>\n</main>\n</body>\n</html>\n");
    }

    private void basics(ImplementationItem item, Html html) {
        section(html, "basic", "基本信息");
        html.raw("<table class=\"facts\">\n");
        fact(html, "事项名称", item.taskName());
        fact(html, "事项类型", labels.label(CodeTables.TASK_TYPE, item.taskType()));
        fact(html, "基本编码", item.catalogCode());
        fact(html, "实施编码", item.taskCode());
        fact(html, "业务办理项编码", item.taskHandleItem());
        fact(html, "实施主体", item.deptName());
        fact(html, "实施主体性质", labels.label(CodeTables.DEPT_TYPE, item.deptType()));
        fact(html, "委托部门", item.entrustName());
        fact(html, "行使层级", labels.labels(CodeTables.USE_LEVEL, item.useLevel()));
        fact(html, "权力来源", labels.label(CodeTables.POWER_SOURCE, item.powerSource()));
        fact(html, "服务对象", labels.labels(CodeTables.SERVER_TYPE, item.serverType()));
        fact(html, "办件类型", labels.label(CodeTables.PROJECT_TYPE, item.projectType()));
        fact(html, "审批服务形式", item.approvalServiceForm());
        fact(html, "事项版本", item.taskVersion());
        fact(html, "面向自然人主题分类", join(item.userTopicType(), item.userCharacterTopicType()));
        fact(html, "面向法人主题分类", join(item.corpTopicType(), item.corpCharacterTopicType()));
        fact(html, "通办范围", labels.label(CodeTables.HANDLE_AREA, item.handleArea()));
        fact(html, "通办类型", item.crossRegionType());
        fact(html, "通办区域", joined(item.crossRegionAreas()));
        fact(html, "通办形式", joined(item.crossRegionForms()));
        fact(html, "审批结果类型", labels.label(CodeTables.RESULT_TYPE, item.resultType()));
        fact(html, "审批结果名称", item.resultName());
        fact(html, "电子证照", Boolean.TRUE.equals(item.isElectronicLicence())
                ? join(item.electronicLicenceName(), item.electronicLicenceCode() == null ? null
                        : "证照编码 " + item.electronicLicenceCode()) : flag(item.isElectronicLicence()));
        fact(html, "中介服务", Boolean.TRUE.equals(item.isExistIntermediary())
                ? join(item.serviceType(), item.intermediaryContent()) : flag(item.isExistIntermediary()));
        fact(html, "联办机构", item.otherDept());
        fact(html, "数量限制", item.limitExplain());
        html.raw("</table>\n");
    }

    private static void legalBasis(ImplementationItem item, Html html) {
        section(html, "law", "设定依据");
        paragraph(html, item.byLaw());
        List<LegalBasis> bases = item.legalBases();
        table(html, List.of("法律法规名称", "文号", "条款", "条款内容"), bases, basis -> new Object[] {
            basis.lawName(), basis.lawNumber(), basis.clauseNumber(), basis.clauseContent()});
    }

    private static void acceptance(ImplementationItem item, Html html) {
        section(html, "condition", "受理条件");
        paragraph(html, item.acceptCondition());
        if (Boolean.TRUE.equals(item.isInformCommit())) {
            html.raw("<p><span class=\"tag\">告知承诺制</span>").text(item.informCommitExplain() == null
                    ? "本事项实行告知承诺制。" : item.informCommitExplain()).raw("</p>\n");
        }
    }

    private void materials(List<Material> materials, Html html) {
        section(html, "materials", "申请材料");
        if (materials == null || materials.isEmpty()) {
            html.raw("<p class=\"none\">无需提交申请材料。</p>\n");
            return;
        }
        html.raw("<table id=\"material-table\"><thead><tr><th>序号</th><th>材料名称</th><th>材料类型</th><th>来源渠道</th>")
                .raw("<th>材料形式</th><th>必要性</th><th>份数</th><th>填报须知</th></tr></thead><tbody>\n");
        int number = 0;
        for (Material material : materials) {
            number++;
            html.raw("<tr>");
            cell(html, number);
            cell(html, material.materialName());
            cell(html, labels.label(CodeTables.MATERIAL_TYPE, material.materialType()));
            cell(html, join(labels.label(CodeTables.MATERIAL_SOURCE, material.sourceType()), material.sourceExplain()));
            cell(html, labels.label(CodeTables.MATERIAL_FORMAT, material.materialFormat()));
            cell(html, labels.label(CodeTables.MATERIAL_NECESSITY, material.isNeed()));
            cell(html, copies(material));
            cell(html, join(material.fillExplain(), material.pageFormat() == null ? null : "规格：" + material.pageFormat()));
            html.raw("</tr>\n");
        }
        html.raw("</tbody></table>\n");
    }

    private static String copies(Material material) {
        String original = material.pageNum() == null ? null : "原件 " + material.pageNum() + " 份";
        String copy = material.copyNum() == null ? null : "复印件 " + material.copyNum() + " 份";
        return join(original, copy);
    }

    private void process(ImplementationItem item, Html html) {
        section(html, "process", "办理流程");
        paragraph(html, item.handleFlow());
        List<ProcessStep> steps = item.processSteps();
        table(html, List.of("环节", "办理处室", "时限"), steps, step -> new Object[] {
            step.linkName(), step.handleDeptName(), days(step.handleDay(), step.handleDayType())});
    }

    private static void fees(ImplementationItem item, Html html) {
        section(html, "fees", "收费");
        if (!Boolean.TRUE.equals(item.isFee())) {
            html.raw("<p>本事项不收费。</p>\n");
            return;
        }
        paragraph(html, item.feeBasis() == null ? null : "收费依据：" + item.feeBasis());
        List<FeeItem> fees = item.feeItems();
        table(html, List.of("收费项目", "收费标准", "收费依据"), fees, fee -> new Object[] {
            fee.feeName(), fee.feeStand(), fee.byLaw()});
    }

    private void timeLimits(ImplementationItem item, Html html) {
        section(html, "time", "时限");
        html.raw("<table class=\"facts\">\n");
        fact(html, "法定办结时限", join(days(item.anticipateDay(), item.anticipateType()), item.anticipateExplain()));
        fact(html, "承诺办结时限", join(days(item.promiseDay(), item.promiseType()), item.promiseExplain()));
        fact(html, "特别程序", item.specialProcedure());
        html.raw("</table>\n");
        List<SpecialProcedure> procedures = item.specialProcedures();
        table(html, List.of("特别程序", "时限", "说明"), procedures, procedure -> new Object[] {
            procedure.specialName(), days(procedure.specialDate(), procedure.specialDateType()),
            procedure.specialExplain()});
    }

    private void venue(ImplementationItem item, Html html) {
        section(html, "venue", "办理地点与方式");
        html.raw("<table class=\"facts\">\n");
        fact(html, "办理地点", item.transactAddr());
        fact(html, "办理时间", item.transactTime());
        fact(html, "服务大厅", item.centerName());
        fact(html, "办理形式", labels.labels(CodeTables.HANDLE_TYPE, item.handleType()));
        fact(html, "到办事现场次数", item.limitSceneNum() == null ? null : item.limitSceneNum() + " 次");
        fact(html, "必须现场办理原因", item.limitSceneExplain());
        fact(html, "网上办理深度", labels.label(CodeTables.ONLINE_LEVEL, item.onlineHandleLevel()));
        fact(html, "网上办理地址", item.onlineHandleUrl() != null ? item.onlineHandleUrl() : item.linkAddr());
        fact(html, "移动端办理地址", item.mobileTerminalUrl());
        fact(html, "物流快递", flag(item.isExpress()));
        fact(html, "网上支付", flag(item.isPayOnline()));
        fact(html, "预约办理", flag(item.isSchedule()));
        html.raw("</table>\n");
    }

    private static void contact(ImplementationItem item, Html html) {
        section(html, "contact", "咨询与监督");
        html.raw("<table class=\"facts\">\n");
        fact(html, "咨询方式", item.linkWay());
        fact(html, "咨询电话", item.consultPhone());
        fact(html, "监督投诉方式", item.superviseWay());
        fact(html, "投诉电话", item.complainPhone());
        fact(html, "办理进程查询", item.progressQueryWay());
        fact(html, "行政复议", item.reconsiderWay());
        fact(html, "行政诉讼", item.litigationWay());
        html.raw("</table>\n");
    }

    private static void questions(List<Question> questions, Html html) {
        section(html, "faq", "常见问题");
        if (questions == null || questions.isEmpty()) {
            html.raw("<p class=\"none\">暂无。</p>\n");
            return;
        }
        html.raw("<dl class=\"faq\">\n");
        for (Question question : questions) {
            html.raw("<dt>问：").text(question.question()).raw("</dt><dd class=\"pre\">答：").text(question.answer())
                    .raw("</dd>\n");
        }
        html.raw("</dl>\n");
    }

    private String days(Integer count, String unit) {
        if (count == null) {
            return null;
        }
        String label = labels.label(CodeTables.TIME_UNIT, unit);
        return count == 0 ? "即办" : count + " 个" + (label == null ? "日" : label);
    }

    private static void section(Html html, String id, String title) {
        html.raw("<h2 id=\"").raw(id).raw("\">").raw(title).raw("</h2>\n");
    }

    private static void paragraph(Html html, String text) {
        if (text == null || text.isBlank()) {
            html.raw("<p class=\"none\">").raw(NONE).raw("</p>\n");
        } else {
            html.raw("<p class=\"pre\">").text(text.strip()).raw("</p>\n");
        }
    }

    private static void fact(Html html, String label, Object value) {
        if (value == null || value.toString().isBlank()) {
            return; // an empty element is left out rather than shown as a blank row
        }
        html.raw("<tr><th>").raw(label).raw("</th><td class=\"pre\">").text(value).raw("</td></tr>\n");
    }

    /** A table of child records, one row each; nothing when there are none. */
    private static <T> void table(Html html, List<String> headers, List<T> rows, Function<T, Object[]> cells) {
        if (rows == null || rows.isEmpty()) {
            return;
        }
        html.raw("<table><thead><tr>");
        headers.forEach(header -> html.raw("<th>").raw(header).raw("</th>"));
        html.raw("</tr></thead><tbody>\n");
        for (T row : rows) {
            html.raw("<tr>");
            for (Object value : cells.apply(row)) {
                cell(html, value);
            }
            html.raw("</tr>\n");
        }
        html.raw("</tbody></table>\n");
    }

    private static void cell(Html html, Object value) {
        html.raw("<td class=\"pre\">").text(value == null ? "" : value).raw("</td>");
    }

    private static String joined(List<String> values) {
        return values == null || values.isEmpty() ? null : String.join("、", values);
    }

    private static String flag(Boolean value) {
        return value == null ? null : value ? "是" : "否";
    }

    private static String join(String first, String second) {
        boolean a = first != null && !first.isBlank();
        boolean b = second != null && !second.isBlank();
        return a && b ? first.strip() + "；" + second.strip() : a ? first.strip() : b ? second.strip() : null;
    }
}
