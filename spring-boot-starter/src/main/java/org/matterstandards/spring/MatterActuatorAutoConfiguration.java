package org.matterstandards.spring;

import java.time.Clock;
import org.matterstandards.sdk.MatterValidator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Actuator support (监控端点): the reference-data versions under {@code /actuator/info} and the calendar coverage
 * under {@code /actuator/health}. Loaded only when Spring Boot 3's actuator is on the class path (Spring Boot 4 moved
 * the health API to another package; there the validator works, without these two beans).
 */
@AutoConfiguration(after = MatterAutoConfiguration.class)
@ConditionalOnClass(name = {"org.springframework.boot.actuate.health.HealthIndicator",
    "org.springframework.boot.actuate.info.InfoContributor"})
@ConditionalOnBean(MatterValidator.class)
public class MatterActuatorAutoConfiguration {

    /**
     * @param validator the validator whose reference data is reported
     * @return the info contribution
     */
    @Bean
    @ConditionalOnMissingBean
    public MatterInfoContributor matterInfoContributor(MatterValidator validator) {
        return new MatterInfoContributor(validator);
    }

    /**
     * @param validator  the validator whose calendar is checked
     * @param properties the horizon setting
     * @param clock      the host's clock, if it has one (tests fix it); Asia/Shanghai otherwise
     * @return the health indicator
     */
    @Bean
    @ConditionalOnMissingBean
    public CalendarHealthIndicator matterCalendarHealthIndicator(MatterValidator validator,
            MatterProperties properties, ObjectProvider<Clock> clock) {
        return new CalendarHealthIndicator(validator.referenceData().calendar(), properties.getCalendarHorizonDays(),
                clock.getIfAvailable(() -> Clock.system(MatterValidator.CHINA)));
    }
}
