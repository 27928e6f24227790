package org.matterstandards.core.element;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.matterstandards.core.i18n.Messages;
import org.matterstandards.core.model.RecordKind;

class ElementCatalogTest {

    private static final ElementCatalog CATALOG = ElementCatalog.builtIn();

    /** Exchange names that are not the mechanical UPPER_SNAKE form of the component name, with the reason. */
    private static final Map<String, String> EXCHANGE_NAME_EXCEPTIONS = Map.of(
            // The model renamed the step's time unit so it cannot be confused with the item's 办理形式.
            "processSteps[].handleDayType", "HANDLE_TYPE");

    /** Every component path of a model type: top components, and list[].child for lists of child records. */
    private static Map<String, RecordComponent> componentPaths(Class<?> type) {
        Map<String, RecordComponent> paths = new HashMap<>();
        for (RecordComponent component : type.getRecordComponents()) {
            paths.put(component.getName(), component);
            Class<?> child = listElementType(component);
            if (child != null && child.isRecord()) {
                for (RecordComponent grandChild : child.getRecordComponents()) {
                    paths.put(component.getName() + "[]." + grandChild.getName(), grandChild);
                }
            }
        }
        return paths;
    }

    private static Class<?> listElementType(RecordComponent component) {
        if (component.getType() != List.class) {
            return null;
        }
        Type argument = ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[0];
        return argument instanceof Class<?> c ? c : null;
    }

    @ParameterizedTest
    @EnumSource(value = RecordKind.class, names = {"CATALOG_ITEM", "IMPLEMENTATION_ITEM"})
    void coversEveryComponentOfTheModelExactlyOnceAndNothingElse(RecordKind kind) {
        List<String> keys = CATALOG.elements(kind).stream().map(Element::key).toList();
        assertThat(keys).doesNotHaveDuplicates();
        assertThat(keys).containsExactlyInAnyOrderElementsOf(componentPaths(kind.modelType()).keySet());
    }

    @Test
    void describesOnlyCatalogueAndImplementationItems() {
        assertThat(CATALOG.elements()).allSatisfy(element -> assertThat(element.kinds())
                .isSubsetOf(RecordKind.CATALOG_ITEM, RecordKind.IMPLEMENTATION_ITEM));
        assertThat(CATALOG.elements(RecordKind.POWER_ITEM)).isEmpty();
    }

    @Test
    void defaultModesFollowTheCategory() {
        assertThat(CATALOG.elements()).allSatisfy(element -> assertThat(element.category().defaultModes())
                .as(element.key()).contains(element.mode()));
        assertThat(CATALOG.element(RecordKind.IMPLEMENTATION_ITEM, "taskName").orElseThrow().mode())
                .isEqualTo(ChangeMode.LOCKED);
        assertThat(CATALOG.element(RecordKind.IMPLEMENTATION_ITEM, "promiseDay").orElseThrow().mode())
                .isEqualTo(ChangeMode.NARROW_ONLY);
        assertThat(CATALOG.element(RecordKind.IMPLEMENTATION_ITEM, "transactAddr").orElseThrow().mode())
                .isEqualTo(ChangeMode.FILING);
    }

    @Test
    void narrowingsFitTheValueTypes() {
        for (RecordKind kind : List.of(RecordKind.CATALOG_ITEM, RecordKind.IMPLEMENTATION_ITEM)) {
            Map<String, RecordComponent> components = componentPaths(kind.modelType());
            for (Element element : CATALOG.elements(kind)) {
                RecordComponent component = components.get(element.key());
                Class<?> type = component.getType();
                Class<?> listElement = listElementType(component);
                boolean recordList = listElement != null && listElement.isRecord();
                assertThat(element.isRecordList()).as("match keys of " + element.key()).isEqualTo(recordList);
                switch (element.narrowing().kind()) {
                    case MAX -> assertThat(type).as(element.key()).isEqualTo(Integer.class);
                    case ORDER -> {
                        assertThat(type).as(element.key()).isIn(String.class, Boolean.class);
                        if (type == Boolean.class) {
                            assertThat(element.narrowing().order()).containsExactlyInAnyOrder("true", "false");
                        }
                    }
                    case SUBSET, SUPERSET -> assertThat(type).as(element.key()).isEqualTo(List.class);
                    case TEXT, FEE -> assertThat(type).as(element.key()).isEqualTo(String.class);
                    case NONE -> assertThat(element.mode()).as(element.key()).isNotEqualTo(ChangeMode.NARROW_ONLY);
                }
                if (element.unitKey() != null) {
                    assertThat(type).as(element.key()).isEqualTo(Integer.class);
                    assertThat(components.get(ElementCatalog.siblingKey(element, element.unitKey())).getType())
                            .isEqualTo(String.class);
                }
            }
        }
    }

    @Test
    void exchangeNamesAreTheMechanicalUpperSnakeFormWithDocumentedExceptions() {
        for (Element element : CATALOG.elements()) {
            String expected = EXCHANGE_NAME_EXCEPTIONS.getOrDefault(element.key(),
                    element.name().replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT));
            assertThat(element.exchangeName()).as(element.key()).isEqualTo(expected);
        }
    }

    @Test
    void looksUpByKeyExchangeNameAndChineseLabel() {
        RecordKind item = RecordKind.IMPLEMENTATION_ITEM;
        Element promiseDay = CATALOG.element(item, "promiseDay").orElseThrow();
        assertThat(promiseDay.labelZh()).isEqualTo("承诺办结时限");
        assertThat(promiseDay.labelEn()).isEqualTo("promised time limit");
        assertThat(promiseDay.tier()).isEqualTo(Tier.MUNICIPAL);
        assertThat(CATALOG.byExchangeName(item, "PROMISE_DAY")).contains(promiseDay);
        assertThat(CATALOG.byExchangeName(item, " promise_day ")).contains(promiseDay);
        assertThat(CATALOG.byLabel(item, "承诺办结时限")).contains(promiseDay);
        assertThat(CATALOG.byLabel(item, "*承诺时限：")).contains(promiseDay);
        assertThat(CATALOG.byLabel(item, "承诺 办结时限")).contains(promiseDay);

        // A child table has its own columns: BY_LAW there is 要求提供材料的依据, not the item's 设定依据.
        assertThat(CATALOG.byExchangeName(item, "BY_LAW").orElseThrow().key()).isEqualTo("byLaw");
        assertThat(CATALOG.byExchangeName(item, "materials", "BY_LAW").orElseThrow().key())
                .isEqualTo("materials[].byLaw");
        assertThat(CATALOG.byLabel(item, "materials", "材料必要性").orElseThrow().key()).isEqualTo("materials[].isNeed");
        assertThat(CATALOG.byLabel(item, "材料必要性")).isEmpty();

        // One JSON name, two meanings.
        assertThat(CATALOG.byLabel(RecordKind.CATALOG_ITEM, "主管部门").orElseThrow().key()).isEqualTo("deptName");
        assertThat(CATALOG.byLabel(item, "主管部门")).isEmpty();
        assertThat(CATALOG.byLabel(item, "实施主体").orElseThrow().key()).isEqualTo("deptName");

        assertThat(CATALOG.element(item, "noSuchElement")).isEmpty();
        assertThat(CATALOG.byExchangeName(item, null)).isEmpty();
        assertThat(CATALOG.byLabel(item, null)).isEmpty();
        assertThat(CATALOG.children(item, "materials")).extracting(Element::name)
                .startsWith("materialName", "materialType");
        assertThat(CATALOG.children(item, "promiseDay")).isEmpty();
    }

    @Test
    void labelsPointersForMessagesInBothLanguages() {
        RecordKind item = RecordKind.IMPLEMENTATION_ITEM;
        assertThat(CATALOG.label(item, "/promiseDay", Messages.ZH_CN)).contains("承诺办结时限(promiseDay)");
        assertThat(CATALOG.label(item, "/promiseDay", Messages.EN)).contains("promised time limit (promiseDay)");
        assertThat(CATALOG.label(item, "/materials/0/materialName", Messages.ZH_CN))
                .contains("申请材料[1].材料名称(materialName)");
        assertThat(CATALOG.label(item, "/materials/2/isNeed", Messages.EN))
                .contains("application materials[3].necessity (isNeed)");
        assertThat(CATALOG.label(item, "/materials", Messages.ZH_CN)).contains("申请材料(materials)");
        assertThat(CATALOG.label(item, "/useLevel/1", Messages.ZH_CN)).contains("行使层级[2](useLevel)");
        assertThat(CATALOG.label(RecordKind.CATALOG_ITEM, "/deptName", Messages.ZH_CN)).contains("主管部门(deptName)");
        assertThat(CATALOG.label(item, "/promiseDay/taskName", Messages.ZH_CN)).isEmpty();
        assertThat(CATALOG.label(item, "/unknownThing", Messages.ZH_CN)).isEmpty();
        assertThat(CATALOG.label(item, "", Messages.ZH_CN)).isEmpty();
        assertThat(CATALOG.label(null, "/promiseDay", Messages.ZH_CN)).isEmpty();
    }

    @Test
    void dataFileNamesItsSourceAndDate() throws IOException {
        assertThat(CATALOG.version()).isEqualTo("2026-11-29");
        assertThat(CATALOG.sources()).containsExactly("elements.tsv");
        try (InputStream in = ElementCatalog.class.getResourceAsStream("elements.tsv")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(text).contains("# Source:").contains("Compiled for matter-standards on 2026-11-29");
        }
        assertThatThrownBy(() -> CATALOG.elements().add(CATALOG.elements().get(0)))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    private static ElementCatalog load(String rows) {
        String text = "# version: test\n" + String.join("\t", ElementCatalogReader.COLUMNS) + "\n" + rows;
        return ElementCatalog.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test.tsv");
    }

    private static final String ROW = "I\tpromiseDay\tPROMISE_DAY\t承诺办结时限\tpromised time limit\ttimeLimits\t"
            + "SPECIFICATION\t3\tNARROW_ONLY\tmax\t-\t-\t承诺时限\t-\n";

    @Test
    void loadsAnEmbeddersFile() {
        ElementCatalog catalog = load(ROW);
        assertThat(catalog.elements()).hasSize(1);
        assertThat(catalog.version()).isEqualTo("test");
        assertThat(catalog.byLabel(RecordKind.IMPLEMENTATION_ITEM, "承诺时限")).isPresent();
    }

    @Test
    void refusesMalformedFilesNamingTheLine() {
        assertThatThrownBy(() -> load(ROW + ROW)).hasMessageContaining("key is used twice");
        assertThatThrownBy(() -> load(ROW.replace("max", "sideways"))).hasMessageContaining("test.tsv:3")
                .hasMessageContaining("unknown narrowing");
        assertThatThrownBy(() -> load(ROW.replace("\tmax", "\t-"))).hasMessageContaining("no narrowing order");
        assertThatThrownBy(() -> load(ROW.replace("\t3\t", "\t9\t"))).hasMessageContaining("test.tsv:3");
        assertThatThrownBy(() -> load(ROW.replace("\t-\n", "\n"))).hasMessageContaining("expected 14");
        assertThatThrownBy(() -> load(ROW.replace("promiseDay", "materials[].pageNum")))
                .hasMessageContaining("has no list element materials");
        assertThatThrownBy(() -> load(ROW.replace("\t-\t-\t承诺时限", "\t-\tpromiseType\t承诺时限")))
                .hasMessageContaining("unit promiseType");
        assertThatThrownBy(() -> ElementCatalog.load(new ByteArrayInputStream(
                (String.join("\t", ElementCatalogReader.COLUMNS) + "\n" + ROW).getBytes(StandardCharsets.UTF_8)),
                "nover.tsv")).hasMessageContaining("version");
        assertThatThrownBy(() -> ElementCatalog.load(new ByteArrayInputStream(
                ("# version: x\nkey\tkinds\n").getBytes(StandardCharsets.UTF_8)), "hdr.tsv"))
                .hasMessageContaining("header row");
    }

    @Test
    void everyCatalogueElementHasItsTextsInBothLanguages() {
        Set<String> keys = new java.util.TreeSet<>();
        for (Element element : CATALOG.elements()) {
            keys.add("el.group." + element.group());
        }
        for (Tier tier : Tier.values()) {
            keys.add("el.tier." + tier.digit());
        }
        for (ChangeMode mode : ChangeMode.values()) {
            keys.add("el.mode." + mode.name());
        }
        for (ElementCategory category : ElementCategory.values()) {
            keys.add("el.category." + category.name());
        }
        for (Route route : Route.values()) {
            keys.add("el.route." + route.name());
        }
        for (ChangeReason reason : ChangeReason.values()) {
            keys.add("el.reason." + reason.name());
        }
        List<String> missing = new ArrayList<>();
        for (Locale locale : List.of(Messages.ZH_CN, Messages.EN)) {
            for (String key : keys) {
                if (!Messages.of(locale).has(key)) {
                    missing.add(locale + ":" + key);
                }
            }
        }
        assertThat(missing).isEmpty();
        assertThat(Tier.COUNTY.label(Messages.ZH_CN)).isEqualTo("县级");
        assertThat(ChangeMode.NARROW_ONLY.label(Messages.ZH_CN)).isEqualTo("只减不增");
        assertThat(Route.FILING.label(Messages.EN)).isEqualTo("filing");
    }
}
