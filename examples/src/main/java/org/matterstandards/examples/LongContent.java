package org.matterstandards.examples;

import java.util.Random;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The content that makes a generated implementation item as long as a real guide (长记录内容): several paragraphs of
 * 受理条件 and 设定依据, legal bases with their clauses, five to ten materials with filling notes and acceptance
 * standards, FAQs and handling steps; about 11–12 KB per record. Every value is valid, so a long record has the same
 * findings as the short one it extends.
 */
final class LongContent {

    private static final String[] CONDITIONS = {
        "申请人应当是依法设立并在本行政区域内登记注册的企业、事业单位、社会团体或者其他组织，或者具有完全民事行为能力的自然人。",
        "申请人应当具备与申请事项相适应的场所、设施设备和专业技术人员，相关人员应当取得相应的资格证书并在有效期内。",
        "申请人应当建立健全安全生产、质量管理、环境保护等相关管理制度，并能够有效落实各项管理措施。",
        "申请人近三年内未因违反相关法律法规受到行政处罚，未被列入严重失信主体名单，信用状况良好。",
        "申请材料齐全、符合法定形式，申请人对所提交材料的真实性、合法性、有效性负责，并作出书面承诺。",
        "涉及前置审批的，申请人应当已取得有关部门出具的审批文件或者同意意见，且审批文件在有效期内。",
        "申请事项符合国土空间规划、产业政策和行业发展规划的要求，不属于国家明令禁止或者限制的范围。",
        "委托他人代为办理的，受托人应当提交授权委托书及受托人有效身份证件，委托事项和权限应当明确具体。"};

    private static final String[] LAWS = {
        "《中华人民共和国行政许可法》", "《广东省政务服务数据管理办法》", "《优化营商环境条例》",
        "《国务院关于加快推进全国一体化在线政务服务平台建设的指导意见》", "《广东省行政许可监督管理条例》"};

    private static final String[] CLAUSES = {
        "行政机关应当将法律、法规、规章规定的有关行政许可的事项、依据、条件、数量、程序、期限以及需要提交的全部材料的目录和申请书示范文本等在办公场所公示。",
        "申请人要求行政机关对公示内容予以说明、解释的，行政机关应当说明、解释，提供准确、可靠的信息。",
        "行政机关应当根据申请人提交的申请材料、证明文件等作出决定，能够当场作出决定的，应当当场作出书面的行政许可决定。",
        "除可以当场作出行政许可决定的外，行政机关应当自受理行政许可申请之日起二十日内作出行政许可决定。"};

    private static final String[] MATERIALS = {
        "申请表", "申请人身份证明", "营业执照", "法定代表人身份证明", "授权委托书", "场所使用证明", "专业技术人员资格证书",
        "管理制度文本", "设施设备清单", "相关证明材料"};

    private static final String[] QUESTIONS = {
        "办理该事项需要到现场几次？", "申请材料可以通过网上提交吗？", "办理进度如何查询？", "办理结果如何领取？",
        "申请被退回后如何补正材料？"};

    private static final String[] STEPS = {"申请", "受理", "审查", "决定", "制证", "送达"};

    private LongContent() {
    }

    /**
     * Adds the long content to an item.
     *
     * @param node       the item
     * @param name       its name
     * @param department its responsible body
     * @param random     the generator's random source
     */
    static void fill(ObjectNode node, String name, String department, Random random) {
        node.put("acceptCondition", paragraphs(CONDITIONS, 5 + random.nextInt(3), random));
        node.put("byLaw", paragraphs(CLAUSES, 3 + random.nextInt(2), random));
        ArrayNode bases = node.putArray("legalBases");
        for (int i = 0, count = 2 + random.nextInt(3); i < count; i++) {
            ObjectNode basis = bases.addObject();
            basis.put("lawName", LAWS[(i + random.nextInt(LAWS.length)) % LAWS.length]);
            basis.put("clauseNumber", "第" + (i + 2 + random.nextInt(40)) + "条");
            basis.put("clauseContent", CLAUSES[random.nextInt(CLAUSES.length)] + CLAUSES[random.nextInt(CLAUSES.length)]);
            basis.put("lawLevel", Integer.toString(1 + random.nextInt(6)));
        }
        ArrayNode materials = node.putArray("materials");
        for (int i = 0, count = 5 + random.nextInt(6); i < count; i++) {
            ObjectNode material = materials.addObject();
            material.put("materialName", MATERIALS[i]);
            material.put("materialType", i == 0 ? "2" : Integer.toString(1 + random.nextInt(3)));
            material.put("materialFormat", "3");
            material.put("isNeed", "1");
            material.put("sourceType", random.nextBoolean() ? "10" : "20");
            material.put("pageNum", 1 + random.nextInt(5));
            material.put("fillExplain", "按照" + department + "公布的示范文本如实填写" + MATERIALS[i]
                    + "，填写内容应当完整、准确、字迹清晰，不得涂改；需要签字盖章的，应当由申请人签字或者加盖公章。");
            material.put("acceptStand", "材料应当真实有效，复印件应当与原件一致并注明“与原件一致”字样；"
                    + "证件应当在有效期内，所载信息应当与申请表一致。");
            material.put("orderNum", i + 1);
        }
        ArrayNode questions = node.putArray("questions");
        for (int i = 0, count = 3 + random.nextInt(3); i < count; i++) {
            ObjectNode question = questions.addObject();
            question.put("question", "办理“" + name + "”时，" + QUESTIONS[i]);
            question.put("answer", paragraphs(CONDITIONS, 1, random) + "具体情况请咨询办理窗口或者拨打咨询电话。");
            question.put("orderNum", i + 1);
        }
        ArrayNode steps = node.putArray("processSteps");
        for (int i = 0; i < STEPS.length; i++) {
            ObjectNode step = steps.addObject();
            step.put("linkName", STEPS[i]);
            step.put("handleDeptName", department);
            step.put("handlePersonName", STEPS[i] + "岗工作人员");
            step.put("handleDay", i == 0 || i == STEPS.length - 1 ? 0 : 1);
            step.put("handleDayType", "1");
            step.put("isSpecial", false);
            step.put("orderNum", i + 1);
        }
    }

    private static String paragraphs(String[] pool, int count, Random random) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(i + 1).append('.').append(pool[(i + random.nextInt(pool.length)) % pool.length]);
        }
        return text.toString();
    }
}
