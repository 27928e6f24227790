package org.matterstandards.sdk.input;

import java.util.Map;
import org.matterstandards.core.MatterException;

/**
 * An input file that cannot be read at all (输入文件错误): missing, empty, not UTF-8, not JSON, or neither an object
 * nor an array. Problems inside one record are findings instead, and never stop a batch.
 */
public final class InputException extends MatterException {

    private static final long serialVersionUID = 1L;

    /**
     * @param messageKey key of the message in the {@code cli}/{@code sys} bundles
     * @param arguments  named arguments; include {@code file}
     * @param cause      the underlying cause, may be {@code null}
     */
    public InputException(String messageKey, Map<String, ?> arguments, Throwable cause) {
        super(messageKey, arguments, cause);
    }
}
