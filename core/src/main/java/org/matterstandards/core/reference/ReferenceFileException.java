package org.matterstandards.core.reference;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.matterstandards.core.MatterException;
import org.matterstandards.core.i18n.Messages;

/**
 * A reference-data file named by a profile that cannot be used (配置引用的参考数据文件有误): the file is missing or
 * unreadable, a line of it is malformed, or it contradicts the built-in data or another file. The message names the
 * profile whose file sets the setting, the setting and the file; {@link #getCause()} is the loader's own refusal
 * (with its line number) when there is one.
 */
public final class ReferenceFileException extends MatterException {

    private static final long serialVersionUID = 1L;

    private final String profile;
    private final String setting;
    private final String file;

    /**
     * @param messageKey a {@code reference.*} key of bundle {@code core}
     * @param arguments  named arguments; {@code profile} and {@code setting} are required, {@code file} where a file
     *                   is concerned
     * @param cause      the loader's refusal, may be {@code null}
     */
    ReferenceFileException(String messageKey, Map<String, ?> arguments, Throwable cause) {
        super(messageKey, arguments, cause);
        this.profile = String.valueOf(arguments.get("profile"));
        this.setting = String.valueOf(arguments.get("setting"));
        Object named = arguments.get("file");
        this.file = named == null ? null : named.toString();
    }

    /** @return the name of the profile whose own file sets the setting */
    public String profile() {
        return profile;
    }

    /** @return the setting, e.g. {@code reference.divisions} */
    public String setting() {
        return setting;
    }

    /** @return the file as resolved against the profile's folder, or {@code null} when the setting itself is wrong */
    public String file() {
        return file;
    }

    /**
     * The message in a supported locale; a refusal by the loader (e.g. a calendar line) is rendered in the same
     * locale, so a Chinese message never carries an English detail that has a Chinese text.
     *
     * @param locale zh-CN or en
     * @return the rendered message
     */
    @Override
    public String getLocalizedMessage(Locale locale) {
        if (getCause() instanceof MatterException refusal) {
            Map<String, Object> arguments = new HashMap<>(arguments());
            arguments.put("detail", refusal.getLocalizedMessage(locale));
            return Messages.of(locale).format(messageKey(), arguments);
        }
        return super.getLocalizedMessage(locale);
    }
}
