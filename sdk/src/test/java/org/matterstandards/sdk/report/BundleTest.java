package org.matterstandards.sdk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.matterstandards.core.finding.Severity;
import org.matterstandards.core.i18n.Messages;
import org.matterstandards.core.rule.Stage;
import org.matterstandards.sdk.stats.Indicator;
import org.matterstandards.sdk.stats.PowerCategory;

/** The stats and report bundles say everything in both languages. */
class BundleTest {

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = BundleTest.class.getResourceAsStream("/org/matterstandards/i18n/" + name + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void chineseAndEnglishHaveTheSameKeys() throws IOException {
        for (String bundle : new String[] {"stats", "report"}) {
            assertThat(load(bundle + "_en").stringPropertyNames()).as(bundle)
                    .containsExactlyInAnyOrderElementsOf(load(bundle + "_zh_CN").stringPropertyNames());
        }
    }

    @Test
    void everyIndicatorCategoryStageAndTileHasItsTexts() {
        for (Messages messages : new Messages[] {Messages.of(Messages.ZH_CN), Messages.of(Messages.EN)}) {
            for (Indicator indicator : Indicator.values()) {
                assertThat(messages.has(indicator.titleKey())).as(indicator.titleKey()).isTrue();
                assertThat(messages.has(indicator.definitionKey())).as(indicator.definitionKey()).isTrue();
            }
            for (PowerCategory category : PowerCategory.values()) {
                assertThat(messages.has(category.labelKey())).as(category.labelKey()).isTrue();
            }
            for (Stage stage : Stage.values()) {
                assertThat(messages.has("report.stage." + stage.name())).as(stage.name()).isTrue();
            }
            for (Severity severity : Severity.values()) {
                assertThat(messages.has("report.tile." + severity.name())).as(severity.name()).isTrue();
            }
        }
    }
}
