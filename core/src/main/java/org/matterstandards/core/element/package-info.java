/**
 * Tiered element management (要素分级分类管理): the element catalogue, owner tiers and change modes, and the check of
 * a local implementation list against the upstream list it claims from.
 *
 * <ul>
 *   <li>{@link org.matterstandards.core.element.ElementCatalog}: every element of catalogue and implementation items
 *       with key, exchange name, labels, group, {@link org.matterstandards.core.element.ElementCategory category},
 *       owner {@link org.matterstandards.core.element.Tier tier} and
 *       {@link org.matterstandards.core.element.ChangeMode change mode}; a profile may reassign modes.</li>
 *   <li>{@link org.matterstandards.core.element.TierCheck}: one local item against its upstream item →
 *       {@link org.matterstandards.core.element.ElementDiff}.</li>
 *   <li>{@link org.matterstandards.core.element.ClaimCheck}: a local list against an upstream list (claims, items
 *       without upstream, unclaimed items, duplicates).</li>
 *   <li>{@link org.matterstandards.core.rule.el.TierFindings} and
 *       {@link org.matterstandards.core.rule.el.TierRules}: the {@code EL-04xx} findings;
 *       {@link org.matterstandards.core.element.ChangeSet}: what needs 审核 or 备案.</li>
 * </ul>
 *
 * <p>Everything here is pure Java: no JSON library, no I/O beyond reading the catalogue resource.
 */
package org.matterstandards.core.element;
