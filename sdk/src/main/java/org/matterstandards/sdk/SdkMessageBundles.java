package org.matterstandards.sdk;

import java.util.List;
import org.matterstandards.core.i18n.MessageBundles;

/**
 * The SDK's own message areas (SDK 消息包): element labels, schema findings, CLI, reports and statistics, in
 * {@code org/matterstandards/i18n/NAME_zh_CN.properties} and {@code NAME_en.properties}. Registered in
 * {@code META-INF/services}, so that core does not need to know the SDK's areas.
 */
public final class SdkMessageBundles implements MessageBundles {

    private static final List<String> BASE_NAMES = List.of(
            "org.matterstandards.i18n.elements",
            "org.matterstandards.i18n.schema",
            "org.matterstandards.i18n.cli",
            "org.matterstandards.i18n.report",
            "org.matterstandards.i18n.stats",
            "org.matterstandards.i18n.history",
            "org.matterstandards.i18n.guide");

    /** Created by {@link java.util.ServiceLoader}. */
    public SdkMessageBundles() {
    }

    @Override
    public List<String> baseNames() {
        return BASE_NAMES;
    }
}
