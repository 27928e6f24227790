package com.example.checks;

import java.util.List;
import org.matterstandards.core.i18n.MessageBundles;

/** Registers the texts of {@link LocalChecks} (see META-INF/services/org.matterstandards.core.i18n.MessageBundles). */
public final class LocalChecksBundles implements MessageBundles {

    @Override
    public List<String> baseNames() {
        return List.of("com.example.checks.checks");
    }
}
