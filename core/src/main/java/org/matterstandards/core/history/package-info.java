/**
 * List history rules (清单动态管理规则): the codes of the draft → in force → cancelled life of an item over a
 * sequence of list snapshots and list changes. The history itself is built in the SDK.
 */
package org.matterstandards.core.history;
