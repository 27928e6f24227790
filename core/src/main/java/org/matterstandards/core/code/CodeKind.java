package org.matterstandards.core.code;

import java.util.function.Function;

/**
 * The kinds of code in this package (编码种类), so that a failure can be reported with the name of what was checked.
 * The display names live in the {@code org.matterstandards.i18n.codes} bundle under {@link #messageKey()}.
 */
public enum CodeKind {
    /** 统一社会信用代码 — unified social credit code. */
    USCC("uscc", "unified social credit code", UnifiedSocialCreditCode::check),
    /** 组织机构代码 — organization code. */
    ORGANIZATION_CODE("organizationCode", "organization code", OrganizationCode::check),
    /** 基本编码 — catalog code. */
    CATALOG_CODE("catalogCode", "catalog code", CatalogCode::check),
    /** 实施编码 — task code. */
    TASK_CODE("taskCode", "task code", TaskCode::check),
    /** 业务办理项编码 — handle item code. */
    HANDLE_ITEM_CODE("handleItemCode", "handle item code", HandleItemCode::check),
    /** 办件编号 — case number. */
    CASE_NUMBER("caseNumber", "case number", CaseNumber::check),
    /**
     * 行政区划代码 — division code. Guangdong's 市本级 pseudo-codes (xxxx99) pass this check: whether a profile
     * accepts them is a rule (CD-0201), since a format check cannot see the profile.
     */
    DIVISION_CODE("divisionCode", "division code", text -> DivisionCode.check(text, DivisionTable.builtIn(), true));

    private final String keySuffix;
    private final String englishName;
    private final Function<String, CodeCheck> checker;
    /**
     * The text this thread checked last as this kind, and the outcome: the structural screen and then the rules
     * check the same code of one record (the very same string), so the second check is a look-up. The same memo as
     * {@code core.internal.rule.LastComputed}, which this lower layer may not use.
     */
    private final ThreadLocal<Last> last = ThreadLocal.withInitial(Last::new);

    CodeKind(String keySuffix, String englishName, Function<String, CodeCheck> checker) {
        this.keySuffix = keySuffix;
        this.englishName = englishName;
        this.checker = checker;
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

    /**
     * Checks a text as a code of this kind (division codes against the built-in table, pseudo-codes allowed).
     *
     * @param text the code text
     * @return the outcome
     */
    public CodeCheck check(String text) {
        Last memo = last.get();
        if (text == null || memo.text != text) {
            memo.check = checker.apply(text);
            memo.text = text;
        }
        return memo.check;
    }

    /** One thread's last text and its outcome; compared by identity, as strings are immutable. */
    private static final class Last {
        private String text;
        private CodeCheck check;
    }
}
