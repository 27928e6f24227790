/**
 * The top of core (内置规则登记): {@link org.matterstandards.core.builtin.BuiltInRules} lists every built-in rule
 * set in the order they run. It alone knows all rule domains, so that no rule package needs to know another
 * (docs/architecture.md).
 */
package org.matterstandards.core.builtin;
