package org.matterstandards.spring;

import java.util.LinkedHashMap;
import java.util.Map;
import org.matterstandards.core.calendar.WorkingDayCalendar;
import org.matterstandards.core.reference.ReferenceData;
import org.matterstandards.sdk.MatterValidator;
import org.matterstandards.sdk.Versions;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;

/** Adds {@code matter} to {@code /actuator/info} (版本信息): tool, rule set, schemas and reference-data versions. */
public class MatterInfoContributor implements InfoContributor {

    private final Map<String, Object> details;

    /** @param validator the validator whose profile and reference data are reported */
    public MatterInfoContributor(MatterValidator validator) {
        ReferenceData data = validator.referenceData();
        WorkingDayCalendar calendar = data.calendar();
        Map<String, Object> values = new LinkedHashMap<>(Versions.all());
        values.put("profile", validator.profile().name());
        values.put("referenceData", data.version());
        values.put("divisions", data.divisions().version());
        values.put("calendar", calendar.version());
        values.put("calendarCoverage", calendar.coverage().toString());
        values.put("elements", data.elements().version());
        // Computed once: the reference data of a validator never changes.
        this.details = Map.copyOf(values);
    }

    @Override
    public void contribute(Info.Builder builder) {
        builder.withDetail("matter", details);
    }
}
