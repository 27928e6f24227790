package org.matterstandards.core.finding;

/**
 * Points at one record of a run (记录引用): the file it came from, its index in that file and its identifier.
 *
 * @param file     the file or source name
 * @param index    0-based index in that file
 * @param recordId the record's identifier, may be {@code null}
 */
public record RecordRef(String file, long index, String recordId) {
}
