/**
 * Code tables (代码表): the coded values of matter records — 事项类型, 行使层级, 权力来源, 实施主体性质, 服务对象,
 * 办件类型, 办理形式, 时限单位, 网上办理深度 (capabilities and levels Ⅰ–Ⅳ), 通办范围, 审批结果类型, the material codes,
 * 事项状态 and 设定依据效力层级 — as versioned data with their sources.
 *
 * <p>Tables come in variants where systems disagree (事项类型: national Set A has 10 = 其他行政权力 and 20 = 公共服务,
 * Guangdong Set B has 20 and 21). A {@link org.matterstandards.core.profile.Profile} selects the variant of each table
 * with {@code codeTable.<table>=<variant>}; {@link org.matterstandards.core.codetable.CodeTables} resolves it. Rules
 * reach the tables through {@link org.matterstandards.core.reference.ReferenceData#codeTables()}, and test codes by
 * their tags (for example {@code exOfficio}, {@code fullyOnline}) rather than by hard-coded values.
 *
 * <p>All types are immutable and thread-safe; the built-in tables are loaded once, on first use.
 */
package org.matterstandards.core.codetable;
