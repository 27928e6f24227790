package org.matterstandards.sdk.stats;

/**
 * An indicator of the seed report computed over implementation items (政务服务指标). Each is a fraction: a count of
 * items meeting a condition over the on-application items (依申请事项), except {@link #TIME_LIMIT_COMPRESSION}, which
 * is a ratio of day sums. The conditions are in {@link Measures}; the definitions, their sources and which of them
 * are inferences are in {@code docs/indicators.md}; Chinese and English names are in the {@code stats} bundle under
 * {@code indicator.ID.title} and {@code indicator.ID.definition}.
 */
public enum Indicator {
    /** 网上可办: {@code isOnline}, or an online address when the flag is missing. */
    ONLINE_AVAILABLE("onlineAvailable", false),
    /**
     * 全流程网办 (全程网办): the online depth level tagged {@code fullyOnline} (Ⅳ级), or, when no level is given, a
     * capability list with codes tagged {@code accept} (受理) and {@code handle} (办理).
     */
    FULLY_ONLINE("fullyOnline", false),
    /** 最多跑一次: at most one on-site visit ({@code limitSceneNum ≤ 1}). */
    AT_MOST_ONE_VISIT("atMostOneVisit", false),
    /** 零跑动 (一次不用跑): no on-site visit ({@code limitSceneNum = 0}). */
    ZERO_VISIT("zeroVisit", false),
    /** 即办件: a {@code projectType} tagged {@code immediate} (1 in the national table). */
    IMMEDIATE("immediate", false),
    /** 秒批: flagged for automatic approval ({@code isIntelliApproval}). */
    INSTANT_APPROVAL("instantApproval", true),
    /** 进驻政务大厅 (一门受理): {@code isEntryCenter}. */
    ENTRY_CENTER("entryCenter", false),
    /** 一窗受理: {@code isOneWindow}, a local extension without a national exchange column. */
    ONE_WINDOW("oneWindow", true),
    /** 跨域通办: a handling area tagged {@code crossRegion} (全国 and 全省: 跨省通办, 省内通办). */
    CROSS_REGION("crossRegion", true),
    /**
     * 免证办候选: at least one material issued by a government department (a {@code sourceType} tagged
     * {@code government}, 20 in the national table).
     */
    CERTIFICATE_FREE_CANDIDATE("certificateFreeCandidate", true),
    /** 承诺时限压缩比: (Σ法定 − Σ承诺) / Σ法定 over items with a statutory limit, same unit. */
    TIME_LIMIT_COMPRESSION("timeLimitCompression", false);

    private final String id;
    private final boolean inferred;

    Indicator(String id, boolean inferred) {
        this.id = id;
        this.inferred = inferred;
    }

    /** @return the stable id used in JSON and in bundle keys, e.g. {@code onlineAvailable} */
    public String id() {
        return id;
    }

    /**
     * Whether the definition is this library's inference rather than one seen in a document or in real code.
     *
     * @return {@code true} for an inferred definition; reports mark such indicators
     */
    public boolean inferred() {
        return inferred;
    }

    /** @return {@code true} when the value is a ratio of day sums rather than a share of items */
    public boolean isDaySumRatio() {
        return this == TIME_LIMIT_COMPRESSION;
    }

    /** @return bundle key of the title, e.g. {@code indicator.onlineAvailable.title} */
    public String titleKey() {
        return "indicator." + id + ".title";
    }

    /** @return bundle key of the one-line definition */
    public String definitionKey() {
        return "indicator." + id + ".definition";
    }
}
