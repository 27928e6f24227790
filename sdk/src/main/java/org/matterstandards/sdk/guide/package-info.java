/**
 * Public service guides (办事指南) generated from implementation items: one print-friendly HTML page per item and a
 * searchable index, self-contained for offline intranets. {@link org.matterstandards.sdk.guide.GuideWriter} writes
 * them; the CLI's {@code matter guide} calls it. See docs/guide.md.
 */
package org.matterstandards.sdk.guide;
