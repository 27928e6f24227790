package org.matterstandards.core;

import java.util.Locale;
import java.util.Map;
import org.matterstandards.core.i18n.Messages;

/**
 * A problem with configuration or reference data that the caller must fix (配置或参考数据错误): an unknown profile,
 * a locked rule given an override, a calendar file that contradicts itself, a date outside the calendar's coverage.
 *
 * <p>The text is a message key with named arguments so that a user interface can show it in the user's language
 * ({@link #getLocalizedMessage(Locale)}); {@link #getMessage()} is English, for logs and developers.
 */
public class MatterException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient Map<String, ?> arguments;

    /**
     * @param messageKey key in the message bundles
     * @param arguments  named arguments of the message
     */
    public MatterException(String messageKey, Map<String, ?> arguments) {
        this(messageKey, arguments, null);
    }

    /**
     * @param messageKey key in the message bundles
     * @param arguments  named arguments of the message
     * @param cause      the underlying cause, may be {@code null}
     */
    public MatterException(String messageKey, Map<String, ?> arguments, Throwable cause) {
        super(Messages.of(Messages.EN).format(messageKey, arguments), cause);
        this.messageKey = messageKey;
        this.arguments = Map.copyOf(arguments);
    }

    /** @return the message key */
    public String messageKey() {
        return messageKey;
    }

    /** @return the named message arguments */
    public Map<String, ?> arguments() {
        return arguments;
    }

    /**
     * The message in a supported locale.
     *
     * @param locale zh-CN or en
     * @return the rendered message
     */
    public String getLocalizedMessage(Locale locale) {
        return Messages.of(locale).format(messageKey, arguments);
    }
}
