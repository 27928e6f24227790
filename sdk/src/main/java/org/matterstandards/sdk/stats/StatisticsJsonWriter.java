package org.matterstandards.sdk.stats;

import java.util.Map;
import org.matterstandards.core.i18n.Messages;
import org.matterstandards.core.model.RecordKind;
import tools.jackson.core.JsonGenerator;

/**
 * Writes a {@link StatisticsReport} as one JSON object (统计结果 JSON), used as the {@code statistics} part of the JSON
 * validation report and of {@code matter stats --json}. Counts are always given as numerator and denominator next
 * to the fraction, so that a reader can check and re-aggregate them; an undefined fraction (nothing to divide by)
 * is {@code null}. The shape is described in {@code docs/reports.md}.
 */
public final class StatisticsJsonWriter {

    private StatisticsJsonWriter() {
    }

    /**
     * Writes the statistics as the value of the property the caller has just named, or as a root value.
     *
     * @param report   the statistics
     * @param messages the language of the titles written next to ids
     * @param json     the generator, positioned where a value is expected
     */
    public static void write(StatisticsReport report, Messages messages, JsonGenerator json) {
        json.writeStartObject();
        json.writeStringProperty("profile", report.profile());
        json.writeStringProperty("taskTypeTable", report.taskTypeTable());
        json.writeNumberProperty("records", report.records());
        json.writeNumberProperty("unbound", report.unbound());
        json.writeStringProperty("asOf", report.asOf().toString());
        json.writeNumberProperty("excludedTotal", report.excludedTotal());
        json.writeObjectPropertyStart("excluded");
        for (Exclusion reason : Exclusion.values()) {
            json.writeNumberProperty(reason.id(), report.excluded().getOrDefault(reason, 0L));
        }
        json.writeEndObject();
        json.writeObjectPropertyStart("byKind");
        for (Map.Entry<RecordKind, Long> entry : report.recordsByKind().entrySet()) {
            json.writeNumberProperty(entry.getKey().id(), entry.getValue());
        }
        json.writeEndObject();
        writeTitles(messages, json);
        json.writeName("overall");
        writeFigures(report.overall(), json);
        if (report.hasImplementationItems()) {
            json.writeObjectPropertyStart("departmentsWith");
            for (Indicator indicator : Indicator.values()) {
                if (!indicator.isDaySumRatio()) {
                    json.writeNumberProperty(indicator.id(), report.departmentsWith(indicator));
                }
            }
            json.writeEndObject();
        }
        json.writeArrayPropertyStart("byDepartment");
        for (Figures figures : report.byDepartment()) {
            writeFigures(figures, json);
        }
        json.writeEndArray();
        json.writeArrayPropertyStart("byDistrict");
        for (Figures figures : report.byDistrict()) {
            writeFigures(figures, json);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writeTitles(Messages messages, JsonGenerator json) {
        json.writeObjectPropertyStart("titles");
        json.writeObjectPropertyStart("indicators");
        for (Indicator indicator : Indicator.values()) {
            json.writeStringProperty(indicator.id(), messages.get(indicator.titleKey()));
        }
        json.writeEndObject();
        json.writeObjectPropertyStart("powerCategories");
        for (PowerCategory category : PowerCategory.values()) {
            json.writeStringProperty(category.name(), messages.get(category.labelKey()));
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void writeFigures(Figures figures, JsonGenerator json) {
        json.writeStartObject();
        json.writeStringProperty("key", figures.key());
        json.writeStringProperty("label", figures.label());
        if (figures.implementationItems() > 0) {
            json.writeNumberProperty("implementationItems", figures.implementationItems());
            json.writeNumberProperty("serviceItems", figures.serviceItems());
            json.writeObjectPropertyStart("indicators");
            for (IndicatorValue value : figures.indicators().values()) {
                json.writeObjectPropertyStart(value.indicator().id());
                json.writeNumberProperty("numerator", value.numerator());
                json.writeNumberProperty("denominator", value.denominator());
                json.writeNumberProperty("base", value.base());
                if (value.defined()) {
                    json.writeNumberProperty("value", value.value());
                } else {
                    json.writeNullProperty("value");
                }
                json.writeEndObject();
            }
            json.writeEndObject();
            json.writeObjectPropertyStart("handleAreas");
            for (Map.Entry<String, Long> entry : figures.handleAreas().entrySet()) {
                json.writeNumberProperty(entry.getKey(), entry.getValue());
            }
            json.writeEndObject();
        }
        PowerCounts powers = figures.powers();
        if (!powers.isEmpty()) {
            json.writeObjectPropertyStart("powerList");
            json.writeNumberProperty("totalMain", powers.totalMain());
            json.writeNumberProperty("totalSub", powers.totalSub());
            json.writeNumberProperty("onApplicationMain", powers.onApplicationMain());
            json.writeNumberProperty("publicServiceMain", powers.publicServiceMain());
            json.writeNumberProperty("publicServiceSub", powers.publicServiceSub());
            json.writeNumberProperty("mainAssumed", powers.mainAssumed());
            writeCounts("main", powers.main(), json);
            writeCounts("sub", powers.sub(), json);
            writeCounts("unknownMain", powers.unknownMain(), json);
            writeCounts("unknownSub", powers.unknownSub(), json);
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    private static void writeCounts(String name, Map<?, Long> counts, JsonGenerator json) {
        json.writeObjectPropertyStart(name);
        for (Map.Entry<?, Long> entry : counts.entrySet()) {
            json.writeNumberProperty(String.valueOf(entry.getKey()), entry.getValue());
        }
        json.writeEndObject();
    }
}
