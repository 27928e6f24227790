/**
 * Reading our reference-data files (参考数据文件读取), the ground every table loader stands on.
 *
 * <ul>
 *   <li>{@link org.matterstandards.core.internal.datafile.DataLines} — numbered lines of one file, byte-order mark and blank
 *       lines dropped;</li>
 *   <li>{@link org.matterstandards.core.internal.datafile.ResourceLists} — the {@code .list} resources that name a set of
 *       built-in files.</li>
 * </ul>
 *
 * <p>Uses no other package of core, so that code tables, the calendar, profiles and the element catalogue can all
 * use it (docs/architecture.md).
 */
package org.matterstandards.core.internal.datafile;
