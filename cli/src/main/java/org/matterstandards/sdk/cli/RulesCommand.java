package org.matterstandards.sdk.cli;

import java.io.FilterWriter;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.matterstandards.core.MatterException;
import org.matterstandards.core.builtin.BuiltInRules;
import org.matterstandards.core.finding.Args;
import org.matterstandards.core.finding.Severity;
import org.matterstandards.core.finding.Suppression;
import org.matterstandards.core.i18n.Messages;
import org.matterstandards.core.model.RecordKind;
import org.matterstandards.core.profile.Profile;
import org.matterstandards.core.reference.ReferenceData;
import org.matterstandards.core.rule.RuleCatalog;
import org.matterstandards.core.rule.RuleDescriptor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code matter rules}: lists the built-in rules (列出校验规则) with their severity under the chosen profile, whether
 * they are locked, their stage and title; {@code --format json} adds message, fix hint, source and version.
 */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = {"列出校验规则及其在配置下的严重程度 / List the rules and their severity under a profile.",
            "退出码 / exit codes: 0 ok, 2 用法或配置错误 usage/profile error."})
final class RulesCommand extends LocalizedCommand {

    @Mixin
    private FormatOption format;

    @Option(names = "--domain", paramLabel = "DOMAIN",
            description = "只列出一个领域，如 SM / only one domain, e.g. SM, CD, CT, PW")
    private String domain;

    @Override
    int run(CliOutput output) {
        RuleCatalog catalog = BuiltInRules.catalog();
        Profile profile;
        try {
            profile = common.profile();
            catalog.checkProfile(profile);
            ReferenceData.forProfile(profile).codeTables().checkProfile(profile);
        } catch (MatterException e) {
            return output.refuse(e);
        }
        List<RuleDescriptor> rules = new ArrayList<>();
        for (RuleDescriptor rule : catalog.descriptors()) {
            if (domain == null || rule.domain().equalsIgnoreCase(domain.trim())) {
                rules.add(rule);
            }
        }
        if (format.json()) {
            writeJson(rules, profile, output.messages(), output.out());
        } else {
            writeText(rules, profile, output);
        }
        return ExitCode.OK;
    }

    private static void writeText(List<RuleDescriptor> rules, Profile profile, CliOutput output) {
        Messages messages = output.messages();
        output.line(messages.get("rules.header"));
        long locked = 0;
        for (RuleDescriptor rule : rules) {
            locked += rule.locked() ? 1 : 0;
            StringBuilder line = new StringBuilder()
                    .append(rule.code()).append('\t')
                    .append(messages.get("severity." + severity(rule, profile).name())).append('\t')
                    .append(messages.get(rule.locked() ? "rules.locked" : "rules.adjustable")).append('\t')
                    .append(rule.stage()).append('\t')
                    .append(messages.get(rule.titleKey()));
            for (Suppression suppression : suppressions(rule, profile)) {
                line.append(' ').append(messages.format("rules.suppressed", Args.of("reason", suppression.reason())));
            }
            output.line(line.toString());
        }
        output.say("rules.summary", Args.of("count", rules.size(), "locked", locked,
                "profile", profile.title(messages.locale())));
    }

    private static void writeJson(List<RuleDescriptor> rules, Profile profile, Messages messages, PrintWriter out) {
        JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        try (JsonGenerator json = mapper.createGenerator(new NonClosingWriter(out))) {
            json.writeStartObject();
            json.writeStringProperty("profile", profile.name());
            json.writeStringProperty("locale", messages.locale().toLanguageTag());
            json.writeArrayPropertyStart("rules");
            for (RuleDescriptor rule : rules) {
                json.writeStartObject();
                json.writeStringProperty("code", rule.code());
                json.writeStringProperty("domain", rule.domain());
                json.writeStringProperty("severity", severity(rule, profile).name());
                json.writeStringProperty("defaultSeverity", rule.defaultSeverity().name());
                json.writeBooleanProperty("locked", rule.locked());
                json.writeStringProperty("stage", rule.stage().name());
                json.writeArrayPropertyStart("appliesTo");
                for (RecordKind kind : RecordKind.values()) {
                    if (rule.appliesTo(kind)) {
                        json.writeString(kind.id());
                    }
                }
                json.writeEndArray();
                json.writeStringProperty("title", messages.get(rule.titleKey()));
                json.writeStringProperty("message", messages.raw(rule.messageKey()));
                json.writeStringProperty("fix", messages.get(rule.fixKey()));
                json.writeStringProperty("source", rule.source());
                json.writeStringProperty("since", rule.since());
                List<Suppression> suppressions = suppressions(rule, profile);
                if (!suppressions.isEmpty()) {
                    json.writeArrayPropertyStart("suppressed");
                    for (Suppression suppression : suppressions) {
                        json.writeStartObject();
                        json.writeStringProperty("pointer", suppression.pointerPrefix());
                        json.writeStringProperty("reason", suppression.reason());
                        json.writeStringProperty("profile", suppression.profileName());
                        json.writeEndObject();
                    }
                    json.writeEndArray();
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        out.println();
        out.flush();
    }

    /** The severity findings of a rule get under the profile (locked rules keep their default). */
    private static Severity severity(RuleDescriptor rule, Profile profile) {
        return rule.locked() ? rule.defaultSeverity()
                : profile.severityOverrides().getOrDefault(rule.code(), rule.defaultSeverity());
    }

    private static List<Suppression> suppressions(RuleDescriptor rule, Profile profile) {
        return profile.suppressions().stream().filter(s -> s.code().equals(rule.code())).toList();
    }

    /** Lets the JSON generator close without closing the console. */
    private static final class NonClosingWriter extends FilterWriter {
        NonClosingWriter(PrintWriter out) {
            super(out);
        }

        @Override
        public void close() {
            // the console stays open
        }
    }
}
