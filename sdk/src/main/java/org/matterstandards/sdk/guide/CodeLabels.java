package org.matterstandards.sdk.guide;

import java.util.ArrayList;
import java.util.List;
import org.matterstandards.core.codetable.CodeTables;
import org.matterstandards.core.i18n.Messages;
import org.matterstandards.core.profile.Profile;

/**
 * Chinese labels of coded values for the guides (代码名称), from the profile's code tables: {@code 01} → 行政许可.
 * A code the table lacks is shown as it is, so a guide never hides a value.
 */
final class CodeLabels {

    private final CodeTables tables;
    private final Profile profile;

    CodeLabels(CodeTables tables, Profile profile) {
        this.tables = tables;
        this.profile = profile;
    }

    String label(String table, String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return tables.table(table, profile).label(code.strip(), Messages.ZH_CN).orElse(code);
    }

    String labels(String table, List<String> codes) {
        if (codes == null || codes.isEmpty()) {
            return null;
        }
        List<String> labels = new ArrayList<>();
        for (String code : codes) {
            labels.add(label(table, code));
        }
        return String.join("、", labels);
    }
}
