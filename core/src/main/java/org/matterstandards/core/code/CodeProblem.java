package org.matterstandards.core.code;

/**
 * Why a code failed its check (编码校验问题). Each constant has a message in the {@code org.matterstandards.i18n.codes}
 * bundle under {@link #messageKey()}.
 */
public enum CodeProblem {
    /** 编码为空 — the input is null or the empty string. */
    EMPTY,
    /** 编码长度不符 — the input does not have the length of its kind; detail is the expected length. */
    WRONG_LENGTH,
    /** 含有不允许的字符 — a character outside the kind's alphabet; detail is the offending character. */
    BAD_CHARACTER,
    /** 校验码错误 — the check character does not match the rest of the code; detail is the expected character. */
    BAD_CHECK_CHARACTER,
    /** 统一社会信用代码中的组织机构代码（第9至17位）校验不通过 — the embedded GB 11714 organization code is invalid. */
    BAD_EMBEDDED_ORGANIZATION_CODE,
    /** 行政区划代码不存在 — a division code that the table of its province does not know. */
    UNKNOWN_DIVISION,
    /** 不接受“市本级”虚拟区划代码 — a city-level pseudo-code (xxxx99) where only real GB/T 2260 codes are allowed. */
    PSEUDO_DIVISION_NOT_ALLOWED,
    /** 行使层级位错误 — the use-level digit of a task code is not 1 to 6. */
    BAD_LEVEL_DIGIT,
    /** 基本编码部分有误 — the catalog code part of a task code is invalid; detail names the inner problem. */
    BAD_CATALOG_CODE,
    /** 统一社会信用代码部分有误 — the credit code part of a task code is invalid; detail names the inner problem. */
    BAD_CREDIT_CODE,
    /** 尾部顺序码或流水号错误 — the trailing handle-item suffix or case serial is not all digits. */
    BAD_SUFFIX,
    /** 日期部分错误 — the yyyyMMdd part of a case number is not a real calendar date. */
    BAD_DATE,
    /**
     * 不符合配置的编码结构 — a segment of a code does not fit the structure the profile sets
     * ({@link TaskCodeStructure}); detail is that segment as the profile writes it, e.g. {@code area:12}.
     */
    BAD_SEGMENT;

    private static final String KEY_PREFIX = "code.problem.";

    /**
     * Returns the message bundle key (消息键) of this problem, {@code code.problem.<NAME>}.
     *
     * @return the key, never null
     */
    public String messageKey() {
        return KEY_PREFIX + name();
    }
}
