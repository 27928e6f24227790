package org.matterstandards.examples;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.matterstandards.core.i18n.Messages;
import org.matterstandards.core.model.RecordKind;
import org.matterstandards.core.rule.RuleCatalog;
import org.matterstandards.core.rule.RuleDescriptor;

/**
 * Renders docs/rules.md from a rule catalogue (规则清单文档): one table per domain, one row per rule, with the Chinese
 * and English title, default severity, whether a profile may change it, stage, record kinds, source and
 * since-version. Deterministic, so a test can tell when the committed file is stale.
 */
final class RulesDocument {

    /** The command that rewrites docs/rules.md; printed when the file is stale. */
    static final String REGENERATE = "mvn -B -o -Dquick -pl examples -am test -Dtest=RulesDocumentTest "
            + "-Dsurefire.failIfNoSpecifiedTests=false -Dmatter.docs.write=true";

    private static final Map<String, String> DOMAINS = new LinkedHashMap<>();

    static {
        DOMAINS.put("SC", "SC — 结构 · structure");
        DOMAINS.put("CD", "CD — 编码 · codes");
        DOMAINS.put("CT", "CT — 基本目录 · catalogue items");
        DOMAINS.put("SM", "SM — 实施清单 · implementation items");
        DOMAINS.put("PW", "PW — 权责清单 · power list");
        DOMAINS.put("EL", "EL — 要素与层级 · elements and tiers");
        DOMAINS.put("IM", "IM — 中介服务 · intermediary services");
        DOMAINS.put("FL", "FL — 备案时限 · filing deadlines");
        DOMAINS.put("SYS", "SYS — 处理 · processing");
    }

    private RulesDocument() {
    }

    static String render(RuleCatalog catalog) {
        Messages zh = Messages.of(Messages.ZH_CN);
        Messages en = Messages.of(Messages.EN);
        List<RuleDescriptor> all = catalog.descriptors();
        StringBuilder out = new StringBuilder();
        out.append("# 校验规则 · Rules\n\n")
                .append("<!-- Generated from the rule catalogue (BuiltInRules) by examples/src/test/java/org/")
                .append("matterstandards/examples/RulesDocument.java. Do not edit by hand; regenerate with:\n")
                .append("     ").append(REGENERATE).append(" -->\n\n")
                .append(all.size()).append(" rules. `matter rules` lists them on the command line (`--format json`, ")
                .append("`--profile NAME` shows the severities a profile sets). Severity is the default: a profile may ")
                .append("change it or suppress the rule with a reason, unless the rule is locked (a national must). ")
                .append("Messages and fix hints are in the bundles `core/src/main/resources/org/matterstandards/i18n/`; ")
                .append("examples of each rule are in `examples/fixtures/CODE/`. Profiles: [profiles.md](profiles.md).\n");
        Map<String, List<RuleDescriptor>> byDomain = all.stream()
                .collect(Collectors.groupingBy(RuleDescriptor::domain, LinkedHashMap::new, Collectors.toList()));
        for (Map.Entry<String, String> domain : DOMAINS.entrySet()) {
            List<RuleDescriptor> rules = byDomain.remove(domain.getKey());
            if (rules != null) {
                table(out, domain.getValue(), rules, zh, en);
            }
        }
        byDomain.forEach((domain, rules) -> table(out, domain, rules, zh, en));
        return out.toString();
    }

    private static void table(StringBuilder out, String heading, List<RuleDescriptor> rules, Messages zh,
                              Messages en) {
        out.append("\n## ").append(heading).append("\n\n")
                .append("| code | 标题 | title | severity | locked | stage | kinds | source | since |\n")
                .append("| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
        for (RuleDescriptor rule : rules) {
            out.append("| ").append(rule.code())
                    .append(" | ").append(cell(zh.get(rule.titleKey())))
                    .append(" | ").append(cell(en.get(rule.titleKey())))
                    .append(" | ").append(rule.defaultSeverity())
                    .append(" | ").append(rule.locked() ? "locked" : "")
                    .append(" | ").append(rule.stage())
                    .append(" | ").append(kinds(rule))
                    .append(" | ").append(cell(rule.source()))
                    .append(" | ").append(rule.since())
                    .append(" |\n");
        }
    }

    private static String kinds(RuleDescriptor rule) {
        if (rule.appliesTo().isEmpty()) {
            return "all";
        }
        return rule.appliesTo().stream().sorted().map(RecordKind::id).collect(Collectors.joining(", "));
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
