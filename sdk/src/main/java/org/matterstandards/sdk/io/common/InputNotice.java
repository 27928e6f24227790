package org.matterstandards.sdk.io.common;

import java.util.Map;
import org.matterstandards.core.finding.SourceLocation;
import org.matterstandards.core.i18n.Messages;

/**
 * Something an input adapter tells about a file as a whole rather than about one record (输入提示): an unknown column
 * header with the closest known names, a child row that links to no item, the encoding a file was read in. Notices
 * are not findings: they do not change any record's result, so the same data gives the same findings in every format.
 *
 * @param key       message key in the {@code io} bundle
 * @param arguments named message arguments
 * @param location  the file, sheet, row and column it concerns
 */
public record InputNotice(String key, Map<String, Object> arguments, SourceLocation location) {

    /** Copies the arguments. */
    public InputNotice {
        arguments = Map.copyOf(arguments);
    }

    /**
     * The notice as text.
     *
     * @param messages the messages of the output locale
     * @return the rendered message, prefixed with its location
     */
    public String message(Messages messages) {
        String text = messages.format(key, arguments);
        String where = location == null ? "" : location.toString();
        return where.isEmpty() ? text : where + "：" + text;
    }
}
