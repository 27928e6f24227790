/**
 * List history (清单历史): item versions with their validity dates derived from list snapshots and list changes, the
 * list as of a date, the changes between two dates judged by element tiers, and overdue filings on a date.
 * {@link org.matterstandards.sdk.history.HistoryReader} builds a {@link org.matterstandards.sdk.history.ListHistory};
 * the CLI's {@code matter history} prints it. See docs/history.md.
 */
package org.matterstandards.sdk.history;
