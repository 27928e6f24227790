/**
 * Codes and check characters (编码与校验码) of government-service matter records.
 *
 * <p>Each code kind is an immutable value object whose {@code value()} is the code string. Every kind offers the same
 * three entry points: {@code check(String)} returns a {@link org.matterstandards.core.code.CodeCheck} naming the first
 * fault and its 1-based position, {@code isValid(String)} answers yes or no, and {@code parse(String)} returns the
 * value object or throws {@link org.matterstandards.core.code.InvalidCodeException}.
 *
 * <ul>
 *   <li>{@link org.matterstandards.core.code.UnifiedSocialCreditCode} — unified social credit code (统一社会信用代码,
 *       GB 32100-2015), including the embedded organization code;</li>
 *   <li>{@link org.matterstandards.core.code.OrganizationCode} — organization code (组织机构代码, GB 11714);</li>
 *   <li>{@link org.matterstandards.core.code.CatalogCode} — catalog code (基本编码, 12 characters);</li>
 *   <li>{@link org.matterstandards.core.code.TaskCode} — task code (实施编码, 31 characters);</li>
 *   <li>{@link org.matterstandards.core.code.HandleItemCode} — handle item code (业务办理项编码, 33 characters);</li>
 *   <li>{@link org.matterstandards.core.code.CaseNumber} — case number (办件编号, 43 characters);</li>
 *   <li>{@link org.matterstandards.core.code.DivisionCode} — division code (行政区划代码, GB/T 2260), checked against a
 *       {@link org.matterstandards.core.code.DivisionTable}.</li>
 * </ul>
 *
 * <p>Checks are strict: no trimming, no case folding, no full-width digits. Normalising user input is the caller's
 * job, so that a stored code is always exactly what was checked. Text for users is not produced here: renderers look
 * up {@link org.matterstandards.core.code.CodeProblem#messageKey()} and
 * {@link org.matterstandards.core.code.CodeKind#messageKey()} in the {@code org.matterstandards.i18n.codes} bundle.
 *
 * <p>The value objects carry Jackson annotations: they serialize as their code string and deserialize through
 * {@code parse}. Binding therefore rejects an invalid code outright; a record model that must report bad codes as
 * findings should hold the raw string and call {@code check}.
 *
 * <p>All types are immutable and thread-safe. The only shared state is the built-in division table, loaded once on
 * first use.
 */
package org.matterstandards.core.code;
