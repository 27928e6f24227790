package org.matterstandards.sdk.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.matterstandards.core.MatterException;
import org.matterstandards.core.element.Element;
import org.matterstandards.core.element.ElementCatalog;
import org.matterstandards.core.finding.Args;
import org.matterstandards.core.i18n.Messages;
import org.matterstandards.core.model.RecordKind;
import org.matterstandards.core.profile.Profile;
import org.matterstandards.core.reference.ReferenceData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code matter elements}: prints the element catalogue as a profile sees it (要素目录). */
@Command(name = "elements", mixinStandardHelpOptions = true,
        description = {"列出要素目录：要素名称、交换字段名、所属层级、变更方式 / Print the element catalogue: label, "
                + "exchange name, owner tier, change mode.",
            "--profile 给出的配置可重新指定变更方式 / the --profile may reassign change modes."})
final class ElementsCommand extends LocalizedCommand {

    private static final List<RecordKind> KINDS = List.of(RecordKind.IMPLEMENTATION_ITEM, RecordKind.CATALOG_ITEM);

    @Mixin
    private FormatOption format;

    @Option(names = "--kind", paramLabel = "KIND",
            description = "只列一种记录的要素 / only the elements of one kind: implementation-item, catalog-item")
    private String kind;

    @Override
    int run(CliOutput output) {
        List<RecordKind> kinds = KINDS;
        if (kind != null) {
            RecordKind chosen = RecordKind.fromId(kind.strip().toLowerCase(Locale.ROOT)).filter(KINDS::contains)
                    .orElse(null);
            if (chosen == null) {
                output.problem(output.messages().format("elements.badKind", Args.of("kind", kind)));
                return ExitCode.USAGE;
            }
            kinds = List.of(chosen);
        }
        Profile profile;
        ElementCatalog catalog;
        try {
            profile = common.profile();
            catalog = ReferenceData.forProfile(profile).elements().withProfile(profile);
        } catch (MatterException e) {
            return output.refuse(e);
        }
        if (format.json()) {
            output.line(json(catalog, kinds, profile, output.messages()));
        } else {
            for (RecordKind recordKind : kinds) {
                text(catalog, recordKind, profile, output);
            }
        }
        return ExitCode.OK;
    }

    private static void text(ElementCatalog catalog, RecordKind kind, Profile profile, CliOutput output) {
        Messages messages = output.messages();
        Locale locale = messages.locale();
        // Grouped in the order groups first appear, so each group is printed once.
        Map<String, List<Element>> groups = new LinkedHashMap<>();
        for (Element element : catalog.elements(kind)) {
            groups.computeIfAbsent(element.group(), g -> new ArrayList<>()).add(element);
        }
        List<Element> elements = groups.values().stream().flatMap(List::stream).toList();
        output.say("elements.section", Args.of("kind", messages.get("kind." + kind.id()), "count", elements.size(),
                "version", catalog.version(), "profile", profile.title(locale)));
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {messages.get("elements.column.label"), messages.get("elements.column.exchange"),
            messages.get("elements.column.key"), messages.get("elements.column.tier"),
            messages.get("elements.column.mode")});
        for (Element element : elements) {
            rows.add(new String[] {element.label(locale), element.exchangeName(), element.key(),
                element.tier().label(locale), element.mode().label(locale)});
        }
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], displayWidth(row[i]));
            }
        }
        String group = null;
        for (int r = 0; r < rows.size(); r++) {
            if (r > 0 && !elements.get(r - 1).group().equals(group)) {
                group = elements.get(r - 1).group();
                output.say("elements.group", Args.of("group", messages.get("el.group." + group)));
            }
            StringBuilder line = new StringBuilder("  ");
            String[] row = rows.get(r);
            for (int i = 0; i < row.length; i++) {
                line.append(row[i]);
                if (i < row.length - 1) {
                    line.append(" ".repeat(widths[i] - displayWidth(row[i]) + 2));
                }
            }
            output.line(line.toString());
        }
    }

    /** Terminal columns of a text: CJK characters and full-width forms take two. */
    static int displayWidth(String text) {
        return text.codePoints().map(c -> c >= 0x2E80 && c <= 0xFFEF ? 2 : 1).sum();
    }

    private static String json(ElementCatalog catalog, List<RecordKind> kinds, Profile profile, Messages messages) {
        JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        ObjectNode root = mapper.createObjectNode();
        root.put("version", catalog.version());
        root.put("profile", profile.name());
        ArrayNode list = root.putArray("elements");
        Locale locale = messages.locale();
        for (Element element : catalog.elements()) {
            if (element.kinds().stream().noneMatch(kinds::contains)) {
                continue;
            }
            ObjectNode node = list.addObject();
            node.put("key", element.key());
            node.put("exchangeName", element.exchangeName());
            node.put("label", element.label(locale));
            node.put("labelZh", element.labelZh());
            node.put("labelEn", element.labelEn());
            ArrayNode kindIds = node.putArray("kinds");
            KINDS.stream().filter(element::appliesTo).forEach(k -> kindIds.add(k.id()));
            node.put("group", element.group());
            node.put("groupLabel", messages.get("el.group." + element.group()));
            node.put("category", element.category().name());
            node.put("categoryLabel", element.category().label(locale));
            node.put("tier", element.tier().digit());
            node.put("tierLabel", element.tier().label(locale));
            node.put("mode", element.mode().name());
            node.put("modeLabel", element.mode().label(locale));
            node.put("narrowing", element.narrowing().isDefined() ? element.narrowing().spec() : null);
            ArrayNode match = node.putArray("match");
            element.matchKeys().forEach(match::add);
            node.put("unit", element.unitKey());
            ArrayNode aliases = node.putArray("aliases");
            element.aliases().forEach(aliases::add);
        }
        return mapper.writeValueAsString(root);
    }
}
