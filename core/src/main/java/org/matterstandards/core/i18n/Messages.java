package org.matterstandards.core.i18n;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The project's own message texts (消息文本), in Simplified Chinese (default) and English.
 *
 * <p>Texts live in UTF-8 properties files under {@code org/matterstandards/i18n/NAME_zh_CN.properties} and
 * {@code NAME_en.properties}, one file pair per area of core ({@link #BUNDLE_NAMES}), followed by the bundles that
 * other jars register as {@link MessageBundles} (the SDK's own areas, an embedder's rule codes). They deliberately do
 * not use the name {@code ValidationMessages}, which would collide with the host application's Bean Validation
 * messages.
 *
 * <p>The locale is always explicit: nothing here reads the JVM default locale, and there is no fallback to it.
 * Placeholders are named, {@code {promiseDay}}, filled from a map. Instances are immutable and thread-safe.
 */
public final class Messages {

    /** Simplified Chinese, the default for officials. */
    public static final Locale ZH_CN = Locale.SIMPLIFIED_CHINESE;
    /** English, for developers and documentation. */
    public static final Locale EN = Locale.ENGLISH;

    /**
     * Names of core's bundle files under {@code org/matterstandards/i18n/}, one per area. Add a name here when an area
     * of core gets its own file; a module above core registers its own areas as {@link MessageBundles}.
     */
    public static final List<String> BUNDLE_NAMES = List.of(
            "core", "codes", "sc", "cd", "ct", "sm", "pw", "el", "im", "fl", "hs", "sys", "calendar", "io");

    private static final String BASE = "org.matterstandards.i18n.";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_]*)}");
    private static final Map<Locale, Messages> CACHE = new ConcurrentHashMap<>();
    /** The texts of 0–99, made once: most numeric arguments are a material's or step's number, a count, a day. */
    private static final String[] SMALL_NUMBERS = new String[100];

    static {
        for (int i = 0; i < SMALL_NUMBERS.length; i++) {
            SMALL_NUMBERS[i] = Integer.toString(i);
        }
    }

    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(
            ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Locale locale;
    private final List<ResourceBundle> bundles;
    /** Texts already looked up, cut at their placeholders; keys without a text are not kept. */
    private final Map<String, Template> templates = new ConcurrentHashMap<>();

    private Messages(Locale locale, List<ResourceBundle> bundles) {
        this.locale = locale;
        this.bundles = List.copyOf(bundles);
    }

    /**
     * The messages of a supported locale.
     *
     * @param locale {@link #ZH_CN} or {@link #EN} (any Chinese locale maps to zh-CN, any English one to en)
     * @return the messages, loaded once per locale
     * @throws IllegalArgumentException for another language
     */
    public static Messages of(Locale locale) {
        Locale supported = supported(locale);
        return CACHE.computeIfAbsent(supported, Messages::load);
    }

    /**
     * Parses a language tag as given on a command line: {@code zh-CN}, {@code zh}, {@code en}, {@code en-US} …
     *
     * @param tag the language tag
     * @return {@link #ZH_CN} or {@link #EN}
     * @throws IllegalArgumentException when the tag names another language
     */
    public static Locale parseLocale(String tag) {
        if (tag == null || tag.isBlank()) {
            throw new IllegalArgumentException("empty locale; use zh-CN or en");
        }
        return supported(Locale.forLanguageTag(tag.trim().replace('_', '-')));
    }

    private static Locale supported(Locale locale) {
        if (locale == null) {
            throw new IllegalArgumentException("locale is required; use zh-CN or en");
        }
        return switch (locale.getLanguage()) {
            case "zh" -> ZH_CN;
            case "en" -> EN;
            default -> throw new IllegalArgumentException(
                    "unsupported locale '" + locale.toLanguageTag() + "'; use zh-CN or en");
        };
    }

    private static Messages load(Locale locale) {
        List<ResourceBundle> found = new ArrayList<>();
        for (String name : BUNDLE_NAMES) {
            addIfPresent(found, BASE + name, locale, Messages.class.getClassLoader());
        }
        for (MessageBundles registered : registeredBundles()) {
            for (String baseName : registered.baseNames()) {
                addIfPresent(found, baseName, locale, registered.getClass().getClassLoader());
            }
        }
        return new Messages(locale, found);
    }

    /**
     * Every bundle in lookup order, as fully qualified base names: core's areas, then the registered
     * {@link MessageBundles}; for tests that hold the two languages' files against each other.
     *
     * @return the base names
     */
    public static List<String> baseNames() {
        List<String> names = new ArrayList<>();
        for (String name : BUNDLE_NAMES) {
            names.add(BASE + name);
        }
        for (MessageBundles registered : registeredBundles()) {
            names.addAll(registered.baseNames());
        }
        return List.copyOf(names);
    }

    private static List<MessageBundles> registeredBundles() {
        List<MessageBundles> registered = new ArrayList<>();
        ServiceLoader.load(MessageBundles.class, Messages.class.getClassLoader()).forEach(registered::add);
        return registered;
    }

    private static void addIfPresent(List<ResourceBundle> found, String baseName, Locale locale, ClassLoader loader) {
        try {
            found.add(ResourceBundle.getBundle(baseName, locale, loader, NO_FALLBACK));
        } catch (MissingResourceException absent) {
            // This jar does not carry that area's texts (or not in this language): nothing to add.
        }
    }

    /** @return the locale of these messages */
    public Locale locale() {
        return locale;
    }

    /**
     * Whether a text exists for the key.
     *
     * @param key the message key
     * @return {@code true} when one of the bundles has it
     */
    public boolean has(String key) {
        return raw(key) != null;
    }

    /**
     * The text for a key with its placeholders filled.
     *
     * <p>A missing key does not fail at run time (a meta-test catches it at build time): the result then names the key
     * and its arguments so that nothing is silently lost.
     *
     * @param key       the message key
     * @param arguments named arguments; missing ones leave their placeholder visible
     * @return the rendered text
     */
    public String format(String key, Map<String, ?> arguments) {
        Template template = templates.get(key);
        if (template == null) {
            String pattern = raw(key);
            if (pattern == null) {
                return key + (arguments == null || arguments.isEmpty() ? "" : " " + arguments);
            }
            template = Template.of(pattern);
            templates.putIfAbsent(key, template);
        }
        return template.fill(arguments == null ? Map.of() : arguments, this);
    }

    /**
     * The text for a key without arguments.
     *
     * @param key the message key
     * @return the text, or the key itself when missing
     */
    public String get(String key) {
        return format(key, Map.of());
    }

    /**
     * The text for a key, or {@code null} when no bundle has it.
     *
     * @param key the message key
     * @return the unformatted pattern or {@code null}
     */
    public String raw(String key) {
        for (ResourceBundle bundle : bundles) {
            if (bundle.containsKey(key)) {
                return bundle.getString(key);
            }
        }
        return null;
    }

    /**
     * A message text cut once at its placeholders (every finding formats one): the literal pieces and, between them,
     * the placeholder names, so that filling it needs neither a regular expression nor a search of the bundles.
     *
     * @param literals     the text before each placeholder, then the text after the last one
     * @param placeholders the placeholder names, in order
     * @param length       the length of the literals together, so that a filled message is built without growing
     */
    private record Template(List<String> literals, List<String> placeholders, int length) {

        /** Room for each argument's text: most are a code, a name or a number. */
        private static final int PER_ARGUMENT = 16;

        static Template of(String pattern) {
            List<String> literals = new ArrayList<>();
            List<String> placeholders = new ArrayList<>();
            Matcher matcher = PLACEHOLDER.matcher(pattern);
            int end = 0;
            while (matcher.find()) {
                literals.add(pattern.substring(end, matcher.start()));
                placeholders.add(matcher.group(1));
                end = matcher.end();
            }
            literals.add(pattern.substring(end));
            int length = 0;
            for (String literal : literals) {
                length += literal.length();
            }
            return new Template(List.copyOf(literals), List.copyOf(placeholders), length);
        }

        String fill(Map<String, ?> arguments, Messages messages) {
            // Most messages have one to four placeholders: joined by the JVM's string concatenation, which sizes
            // the result once and in the right coder (a builder starts in Latin-1 and copies itself on the first
            // Chinese character, then copies again for the string).
            switch (placeholders.size()) {
                case 0:
                    return literals.get(0);
                case 1:
                    return literals.get(0) + argument(0, arguments, messages) + literals.get(1);
                case 2:
                    return literals.get(0) + argument(0, arguments, messages) + literals.get(1)
                            + argument(1, arguments, messages) + literals.get(2);
                case 3:
                    return literals.get(0) + argument(0, arguments, messages) + literals.get(1)
                            + argument(1, arguments, messages) + literals.get(2)
                            + argument(2, arguments, messages) + literals.get(3);
                case 4:     // the coded-value messages: {label} {value} {variant} {allowed}
                    return literals.get(0) + argument(0, arguments, messages) + literals.get(1)
                            + argument(1, arguments, messages) + literals.get(2)
                            + argument(2, arguments, messages) + literals.get(3)
                            + argument(3, arguments, messages) + literals.get(4);
                default:
                    break;
            }
            StringBuilder out = new StringBuilder(length + PER_ARGUMENT * placeholders.size());
            out.append(literals.get(0));
            for (int i = 0; i < placeholders.size(); i++) {
                out.append(argument(i, arguments, messages)).append(literals.get(i + 1));
            }
            return out.toString();
        }

        /** The text of the placeholder at an index; a missing argument leaves its placeholder. */
        private String argument(int index, Map<String, ?> arguments, Messages messages) {
            String name = placeholders.get(index);
            Object value = arguments.get(name);
            return value != null || arguments.containsKey(name) ? messages.render(value) : "{" + name + "}";
        }
    }

    private String render(Object value) {
        if (value instanceof Collection<?> values) {
            List<String> parts = new ArrayList<>(values.size());
            for (Object element : values) {
                parts.add(render(element));
            }
            return String.join(locale == ZH_CN ? "、" : ", ", parts);
        }
        if (value instanceof Integer number && number >= 0 && number < SMALL_NUMBERS.length) {
            return SMALL_NUMBERS[number];
        }
        return String.valueOf(value);
    }
}
