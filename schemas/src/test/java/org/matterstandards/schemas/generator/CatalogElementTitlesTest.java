package org.matterstandards.schemas.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.matterstandards.core.element.ElementCatalog;
import org.matterstandards.core.model.CatalogItem;
import org.matterstandards.core.model.ImplementationItem;
import org.matterstandards.core.model.LegalBasis;
import org.matterstandards.core.model.Material;
import org.matterstandards.core.model.PowerItem;
import org.matterstandards.core.model.RecordKind;
import org.matterstandards.core.model.RelatedTask;

/** Schema titles of catalogue elements are the catalogue's labels; the mapping keeps only what it does not cover. */
class CatalogElementTitlesTest {

    private static final CatalogElementTitles TITLES = CatalogElementTitles.BUILT_IN;
    private static final MappedElementTitles MAPPING = MappedElementTitles.BUILT_IN;

    /** Every model record type the schemas describe: the record kinds and, recursively, their child records. */
    private static List<Class<?>> modelTypes() {
        List<Class<?>> types = new ArrayList<>();
        for (RecordKind kind : RecordKind.values()) {
            types.add(kind.modelType());
        }
        for (int i = 0; i < types.size(); i++) {
            for (RecordComponent component : types.get(i).getRecordComponents()) {
                if (component.getGenericType() instanceof ParameterizedType list
                        && list.getActualTypeArguments()[0] instanceof Class<?> element && element.isRecord()
                        && !types.contains(element)) {
                    types.add(element);
                }
            }
        }
        return types;
    }

    @Test
    void catalogueElementsAreTitledWithTheCatalogueLabel() {
        ElementCatalog catalog = ElementCatalog.builtIn();
        assertThat(TITLES.element(ImplementationItem.class, "promiseDay").orElseThrow().title())
                .isEqualTo(catalog.element(RecordKind.IMPLEMENTATION_ITEM, "promiseDay").orElseThrow().labelZh())
                .isEqualTo("承诺办结时限");
        assertThat(TITLES.element(ImplementationItem.class, "reviewReference").orElseThrow().title())
                .isEqualTo("审核文号");
        assertThat(TITLES.element(Material.class, "isNeed").orElseThrow().title()).isEqualTo("材料必要性");
        assertThat(TITLES.element(LegalBasis.class, "lawLevel").orElseThrow().title()).isEqualTo("效力层级");
        assertThat(TITLES.element(CatalogItem.class, "deptName").orElseThrow())
                .isEqualTo(new ElementTitle("主管部门", "事项的主管部门名称。"));
        assertThat(TITLES.element(ImplementationItem.class, "deptName").orElseThrow().title()).isEqualTo("实施主体");
    }

    @Test
    void kindsTheCatalogueDoesNotCoverAreTitledByTheMapping() {
        assertThat(TITLES.catalogElement(PowerItem.class, "taskName")).isEmpty();
        assertThat(TITLES.element(PowerItem.class, "taskName").orElseThrow().title()).isEqualTo("职权名称");
        assertThat(TITLES.element(RelatedTask.class, "taskCode").orElseThrow().title()).isEqualTo("审批事项实施编码");
        assertThat(TITLES.schema("implementation-item").orElseThrow().title()).isEqualTo("实施清单事项");
    }

    @Test
    void theMappingAndTheDescriptionsHoldNoEntryThatIsNotUsed() {
        Set<String> mappingUsed = new HashSet<>();
        Set<String> descriptionsUsed = new HashSet<>();
        List<String> untitled = new ArrayList<>();
        for (Class<?> type : modelTypes()) {
            for (RecordComponent component : type.getRecordComponents()) {
                String name = component.getName();
                if (TITLES.catalogElement(type, name).isPresent()) {
                    TITLES.descriptionKey(type, name).ifPresentOrElse(descriptionsUsed::add,
                            () -> untitled.add(type.getSimpleName() + "." + name));
                } else {
                    MAPPING.elementKey(type, name).ifPresentOrElse(mappingUsed::add,
                            () -> untitled.add(type.getSimpleName() + "." + name));
                }
            }
        }
        assertThat(untitled).as("components without a title or description").isEmpty();
        Set<String> elementKeys = MAPPING.keys().stream()
                .filter(key -> !key.startsWith("schema.") && !key.startsWith("code."))
                .collect(Collectors.toSet());
        assertThat(elementKeys).as("mapping entries the catalogue covers or no component uses")
                .containsExactlyInAnyOrderElementsOf(mappingUsed);
        assertThat(TITLES.descriptionKeys()).as("descriptions no catalogue element uses")
                .containsExactlyInAnyOrderElementsOf(descriptionsUsed);
    }

    @Test
    void aCatalogueElementWithoutDescriptionStopsTheGeneration() {
        CatalogElementTitles titles = new CatalogElementTitles(ElementCatalog.builtIn(), Map.of(), MAPPING);
        assertThatThrownBy(() -> titles.element(ImplementationItem.class, "promiseDay"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("promiseDay").hasMessageContaining("element-descriptions.properties");
    }
}
