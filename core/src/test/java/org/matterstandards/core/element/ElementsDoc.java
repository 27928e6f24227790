package org.matterstandards.core.element;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.matterstandards.core.i18n.Messages;
import org.matterstandards.core.model.RecordKind;

/** Renders {@code docs/elements.md} from the element catalogue (要素目录文档), so the document cannot drift. */
final class ElementsDoc {

    static final String REGENERATE = "mvn -B -o -Dquick -pl core test -Dtest=ElementsDocTest -Dmatter.regenerateDocs=true";

    private static final Locale ZH = Messages.ZH_CN;
    private static final Locale EN = Messages.EN;

    private ElementsDoc() {
    }

    static String render(ElementCatalog catalog) {
        StringBuilder md = new StringBuilder();
        md.append("# 要素目录 · Element catalogue\n\n");
        md.append("<!-- Generated from core/src/main/resources/org/matterstandards/core/element/elements.tsv; do not edit.\n")
                .append("     Regenerate: ").append(REGENERATE).append(" -->\n\n");
        md.append("Catalogue version ").append(catalog.version()).append(". ")
                .append(catalog.elements(RecordKind.IMPLEMENTATION_ITEM).size()).append(" elements of implementation ")
                .append("items (实施清单事项) and ").append(catalog.elements(RecordKind.CATALOG_ITEM).size())
                .append(" of catalogue items (基本目录事项), child-table elements included; ")
                .append(catalog.elements().size()).append(" rows in all, since the basic elements are shared.\n\n");
        md.append("Owner tiers and change modes are the built-in defaults. They are **inferences** from domain-reference "
                + "§5 and §11.6, because the Guangdong articles on 实施规范/实施清单 and the Shantou guideline "
                + "(汕政数通〔2021〕7号) were not found; see [tiers.md](tiers.md). A profile reassigns them with "
                + "`element.KEY.mode` and `element.KEY.tier`. `./matter elements --profile NAME` prints the "
                + "catalogue as a profile sees it.\n\n");
        md.append("## 变更方式 · Change modes\n\n| mode | 名称 | name | implementation items | catalogue items |\n"
                + "| --- | --- | --- | ---: | ---: |\n");
        for (ChangeMode mode : ChangeMode.values()) {
            md.append("| `").append(mode.name()).append("` | ").append(mode.label(ZH)).append(" | ")
                    .append(mode.label(EN)).append(" | ").append(count(catalog, RecordKind.IMPLEMENTATION_ITEM, mode))
                    .append(" | ").append(count(catalog, RecordKind.CATALOG_ITEM, mode)).append(" |\n");
        }
        md.append('\n');
        section(md, catalog, RecordKind.IMPLEMENTATION_ITEM, "实施清单事项 · Implementation items");
        section(md, catalog, RecordKind.CATALOG_ITEM, "基本目录事项 · Catalogue items");
        md.append("## 列说明 · Columns\n\n"
                + "- **key**: JSON and Java name; `list[].name` is a column of a child table.\n"
                + "- **exchange**: national exchange column (UPPER_SNAKE); for child elements, the child table's column.\n"
                + "- **category**: 基本要素 (basic catalogue), 实施规范要素 (implementation specification), "
                + "实施清单要素 (implementation list).\n"
                + "- **tier**: the tier that sets the element by default (1 国家级 … 6 村（社区）级).\n"
                + "- **narrowing**: how \"tighter\" is decided for NARROW_ONLY: `max` local ≤ upstream; "
                + "`order:A>B` burden order, heaviest first; `subset` local ⊆ upstream; `superset` local ⊇ upstream; "
                + "`text` clauses may only be removed; `fee` amounts may only go down. A profile can make an element "
                + "NARROW_ONLY only if it has a narrowing.\n"
                + "- **match**: for a list of child records, the child columns that pair an upstream and a local entry.\n"
                + "- **basis**: where the element and its default come from ([C] confirmed, [O] observed, "
                + "[I] inference, as in domain-reference).\n");
        return md.toString();
    }

    private static long count(ElementCatalog catalog, RecordKind kind, ChangeMode mode) {
        return catalog.elements(kind).stream().filter(element -> element.mode() == mode).count();
    }

    private static void section(StringBuilder md, ElementCatalog catalog, RecordKind kind, String title) {
        md.append("## ").append(title).append("\n\n");
        Map<String, List<Element>> groups = new LinkedHashMap<>();
        for (Element element : catalog.elements(kind)) {
            groups.computeIfAbsent(element.group(), group -> new ArrayList<>()).add(element);
        }
        for (Map.Entry<String, List<Element>> group : groups.entrySet()) {
            Messages zh = Messages.of(ZH);
            md.append("### ").append(zh.get("el.group." + group.getKey())).append(" · ")
                    .append(Messages.of(EN).get("el.group." + group.getKey())).append("\n\n");
            md.append("| 要素 | element | key | exchange | category | tier | mode | narrowing | match | basis |\n");
            md.append("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
            for (Element element : group.getValue()) {
                md.append("| ").append(element.labelZh()).append(" | ").append(element.labelEn())
                        .append(" | `").append(element.key()).append("` | `").append(element.exchangeName())
                        .append("` | ").append(element.category().label(ZH))
                        .append(" | ").append(element.tier().digit()).append(' ').append(element.tier().label(ZH))
                        .append(" | ").append(element.mode().name())
                        .append(" | ").append(element.narrowing().isDefined() ? "`" + element.narrowing().spec() + "`"
                                : "")
                        .append(" | ").append(String.join(" + ", element.matchKeys()))
                        .append(" | ").append(element.basis().replace("|", "\\|")).append(" |\n");
            }
            md.append('\n');
        }
    }
}
