package org.matterstandards.core.code;

/**
 * The kinds of code in this package (编码种类), so that a failure can be reported with the name of what was checked.
 * The display names live in the {@code org.matterstandards.i18n.codes} bundle under {@link #messageKey()}.
 */
public enum CodeKind {
    /** 统一社会信用代码 — unified social credit code. */
    USCC("uscc", "unified social credit code"),
    /** 组织机构代码 — organization code. */
    ORGANIZATION_CODE("organizationCode", "organization code"),
    /** 基本编码 — catalog code. */
    CATALOG_CODE("catalogCode", "catalog code"),
    /** 实施编码 — task code. */
    TASK_CODE("taskCode", "task code"),
    /** 业务办理项编码 — handle item code. */
    HANDLE_ITEM_CODE("handleItemCode", "handle item code"),
    /** 办件编号 — case number. */
    CASE_NUMBER("caseNumber", "case number"),
    /** 行政区划代码 — division code. */
    DIVISION_CODE("divisionCode", "division code");

    private final String keySuffix;
    private final String englishName;

    CodeKind(String keySuffix, String englishName) {
        this.keySuffix = keySuffix;
        this.englishName = englishName;
    }

    /**
     * Returns the message bundle key (消息键) of this kind's display name, {@code code.kind.<name>}.
     *
     * @return the key, e.g. {@code code.kind.uscc}
     */
    public String messageKey() {
        return "code.kind." + keySuffix;
    }

    /**
     * Returns the English name (英文名称) used in exception messages and logs; user-facing text comes from the bundle.
     *
     * @return the English name, lower case
     */
    public String englishName() {
        return englishName;
    }
}
