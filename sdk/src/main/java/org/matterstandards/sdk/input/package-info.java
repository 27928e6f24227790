/**
 * The contract between the readers and the pipeline (输入约定): what a reader hands over and what the pipeline
 * consumes.
 *
 * <ul>
 *   <li>{@link org.matterstandards.sdk.input.RecordReader} — yields one
 *       {@link org.matterstandards.sdk.input.InputRecord} per record, parsed or unreadable;</li>
 *   <li>{@link org.matterstandards.sdk.input.CellLocator} and
 *       {@link org.matterstandards.core.finding.UnrenderedFinding} — where a value came from and what could not be
 *       converted;</li>
 *   <li>{@link org.matterstandards.sdk.input.InputFormat} — the file formats and their detection;</li>
 *   <li>{@link org.matterstandards.sdk.input.KindDetector} — the record kind of a canonical record.</li>
 * </ul>
 *
 * <p>Uses no other SDK package: {@code sdk.io} (readers) and {@code sdk.pipeline} depend on it and not on each other
 * (ArchitectureTest, docs/architecture.md).
 */
package org.matterstandards.sdk.input;
