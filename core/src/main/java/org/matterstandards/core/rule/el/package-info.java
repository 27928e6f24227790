/**
 * The element and tier rules (要素分级校验, domain {@code EL}): {@link org.matterstandards.core.rule.el.TierRules}
 * declares the {@code EL-04xx} codes and {@link org.matterstandards.core.rule.el.TierFindings} turns a claim check of
 * {@link org.matterstandards.core.element.ClaimCheck} into those findings. The catalogue, tiers and claims themselves
 * are in {@code core.element}.
 */
package org.matterstandards.core.rule.el;
