/**
 * Constraints for the host's own beans (宿主约束): {@code @UnifiedSocialCreditCode String creditCode} on a DTO of the
 * embedding system, checked by any Bean Validation provider with the codes of {@code org.matterstandards.core.code}
 * and the same verdicts as the {@code CD-0101} … {@code CD-0107} findings. Messages come from the project's own
 * bundles (zh-CN first, then English), never from {@code ValidationMessages.properties}.
 */
package org.matterstandards.core.constraint;
