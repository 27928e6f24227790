package org.matterstandards.spring;

import org.matterstandards.core.i18n.Messages;
import org.matterstandards.core.profile.ProfileRegistry;
import org.matterstandards.sdk.MatterValidator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration (自动配置) of one shared, thread-safe {@link MatterValidator} from {@link MatterProperties}.
 * A host that declares its own {@code MatterValidator} bean replaces it.
 */
@AutoConfiguration
@EnableConfigurationProperties(MatterProperties.class)
public class MatterAutoConfiguration {

    /**
     * The validator, built once at start-up: a wrong profile or locale stops the application with a clear message
     * instead of failing on the first request.
     *
     * @param properties the {@code matter.*} settings
     * @return the validator
     */
    @Bean
    @ConditionalOnMissingBean
    public MatterValidator matterValidator(MatterProperties properties) {
        MatterValidator.Builder builder = MatterValidator.builder().locale(Messages.parseLocale(properties.getLocale()));
        if (properties.getProfileFile() != null) {
            builder.profile(ProfileRegistry.builtIn().load(properties.getProfileFile()));
        } else {
            builder.profile(properties.getProfile());
        }
        if (properties.getAsOf() != null) {
            builder.asOf(properties.getAsOf());
        }
        return builder.build();
    }
}
