package org.matterstandards.core.internal.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Chinese telephone numbers as data staff write them in 咨询电话 and 投诉电话 (电话号码): a landline with its
 * area code ({@code 0754-88466312}, {@code (0754)88466312}), an area code with a short public-service number
 * ({@code 0754-12345}), a bare service number ({@code 12345}, {@code 95598}), a mobile number, a 400/800 number, or a
 * local landline without area code ({@code 88466312}). A field may hold several numbers separated by 、 , ; / or
 * spaces.
 */
public final class Telephones {

    /** What kind of number it is. */
    public enum Kind {
        /** A landline or short service number with its area code. */
        WITH_AREA_CODE,
        /** A landline without area code: only callable inside its area. */
        LOCAL,
        /** A nationwide short service number (12345, 12315, 95598 …). */
        SERVICE,
        /** A mobile number. */
        MOBILE,
        /** A 400 or 800 number. */
        NATIONWIDE
    }

    /**
     * One well-formed number.
     *
     * @param text     the number as written
     * @param kind     its kind
     * @param areaCode the area code, e.g. {@code 0754}; {@code null} unless {@link Kind#WITH_AREA_CODE}
     */
    public record Number(String text, Kind kind, String areaCode) {
    }

    // Area codes: 010, 02x, or four digits 03xx-09xx. Local numbers: 7-8 digits not starting with 0 or 1, or a
    // five-digit service number (12345, 12333 …) that cities publish with their area code.
    private static final String AREA = "010|02\\d|0[3-9]\\d{2}";
    private static final String EXTENSION = "(?:(?:-|转|ext\\.?)\\d{1,6})?";
    private static final Pattern WITH_AREA = Pattern.compile(
            "(?:\\((" + AREA + ")\\)|(" + AREA + ")-?)(?:[2-9]\\d{6,7}|1\\d{4}|9\\d{4})" + EXTENSION);
    private static final Pattern LOCAL = Pattern.compile("[2-8]\\d{6,7}" + EXTENSION);
    private static final Pattern SERVICE = Pattern.compile("1\\d{4}|9\\d{4}");
    private static final Pattern MOBILE = Pattern.compile("(?:\\+86-?)?1[3-9]\\d{9}");
    private static final Pattern NATIONWIDE = Pattern.compile("[48]00-?\\d{3}-?\\d{4}");
    private static final Pattern SEPARATORS = Pattern.compile("[、,，;；/\\s]+");
    private static final LastComputed<String, Optional<Number>> LAST_PARSED = new LastComputed<>(Telephones::read);
    private static final ThreadLocal<Matchers> MATCHERS = ThreadLocal.withInitial(Matchers::new);

    private Telephones() {
    }

    /**
     * Reads one number.
     *
     * @param text the number, without surrounding separators
     * @return the number, or empty when it is not well formed
     */
    public static Optional<Number> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        // split() reads a field that is one number as a whole, and the rules then read that very string again.
        return LAST_PARSED.get(text);
    }

    private static Optional<Number> read(String text) {
        Matchers matchers = MATCHERS.get();
        Matcher withArea = matchers.withArea.reset(text);
        if (withArea.matches()) {
            String area = withArea.group(1) != null ? withArea.group(1) : withArea.group(2);
            return Optional.of(new Number(text, Kind.WITH_AREA_CODE, area));
        }
        if (matchers.service.reset(text).matches()) {
            return Optional.of(new Number(text, Kind.SERVICE, null));
        }
        if (matchers.mobile.reset(text).matches()) {
            return Optional.of(new Number(text, Kind.MOBILE, null));
        }
        if (matchers.nationwide.reset(text).matches()) {
            return Optional.of(new Number(text, Kind.NATIONWIDE, null));
        }
        if (matchers.local.reset(text).matches()) {
            return Optional.of(new Number(text, Kind.LOCAL, null));
        }
        return Optional.empty();
    }

    /** The patterns' matchers of one thread, reset for each number (a new matcher per pattern and number was most
     * of what reading numbers allocated). */
    private static final class Matchers {
        private final Matcher withArea = WITH_AREA.matcher("");
        private final Matcher service = SERVICE.matcher("");
        private final Matcher mobile = MOBILE.matcher("");
        private final Matcher nationwide = NATIONWIDE.matcher("");
        private final Matcher local = LOCAL.matcher("");
    }

    /**
     * Splits a telephone element into the numbers it lists. A value that is one number as a whole (even with a
     * space after the area code) stays one number.
     *
     * @param field the element's text, may be {@code null}
     * @return the parts, in order; empty for a blank field
     */
    public static List<String> split(String field) {
        List<String> parts = new ArrayList<>();
        if (Values.isBlank(field)) {
            return parts;
        }
        String whole = field.strip();
        if (parse(whole).isPresent()) {
            parts.add(whole);
            return parts;
        }
        for (String part : SEPARATORS.split(whole)) {
            if (!part.isEmpty()) {
                parts.add(part);
            }
        }
        return parts;
    }

    /**
     * The digits of a number, for comparing numbers written differently ({@code 0754-12345} = {@code 075412345}).
     *
     * @param text a number
     * @return its digits
     */
    public static String digits(String text) {
        if (text == null) {
            return "";
        }
        // What replaceAll("\\D", "") keeps (ASCII digits), without compiling a pattern on every call.
        StringBuilder digits = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            }
        }
        return digits.toString();
    }
}
