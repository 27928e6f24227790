package org.matterstandards.core.internal.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

    // The forms, as regular expressions (TelephoneAgreementTest holds them and proves the scanner below agrees):
    //   with area code  (?:\((AREA)\)|(AREA)-?)(?:[2-9]\d{6,7}|1\d{4}|9\d{4})EXTENSION
    //   service         1\d{4}|9\d{4}
    //   mobile          (?:\+86-?)?1[3-9]\d{9}
    //   nationwide      [48]00-?\d{3}-?\d{4}
    //   local           [2-8]\d{6,7}EXTENSION
    // where AREA = 010|02\d|0[3-9]\d{2} and EXTENSION = (?:(?:-|转|ext\.?)\d{1,6})?. Area codes: 010, 02x, or four
    // digits 03xx-09xx. Local numbers: 7-8 digits not starting with 0 or 1, or a five-digit service number (12345,
    // 12333 …) that cities publish with their area code. Each form reads deterministically (a digit run ends where a
    // separator or the extension begins), so one scan replaces five regular-expression matches per number.
    private static final Pattern SEPARATORS = Pattern.compile("[、,，;；/\\s]+");
    /** The area codes met so far, by their digits after the 0: 10, 20–29 and 300–999 (see {@link #areaCode}). */
    private static final String[] AREA_CODES = new String[1000];
    private static final LastComputed<String, Optional<Number>> LAST_PARSED = new LastComputed<>(Telephones::read);

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
        int areaEnd = areaCodeEnd(text);
        if (areaEnd > 0) {
            return Optional.of(new Number(text, Kind.WITH_AREA_CODE, areaCode(text, text.charAt(0) == '(' ? 1 : 0,
                    areaEnd)));
        }
        int n = text.length();
        int digits = digitRun(text, 0);
        char first = n == 0 ? 0 : text.charAt(0);
        if (digits == n && n == 5 && (first == '1' || first == '9')) {
            return Optional.of(new Number(text, Kind.SERVICE, null));
        }
        if (isMobile(text)) {
            return Optional.of(new Number(text, Kind.MOBILE, null));
        }
        if (isNationwide(text)) {
            return Optional.of(new Number(text, Kind.NATIONWIDE, null));
        }
        if (first >= '2' && first <= '8' && (digits == 7 || digits == 8) && isExtension(text, digits)) {
            return Optional.of(new Number(text, Kind.LOCAL, null));
        }
        return Optional.empty();
    }

    /**
     * The area code between two indices, cut out once per code: area codes are a closed set (010, 02x, 03xx–09xx),
     * each kept in {@link #AREA_CODES} at its number without the leading 0, and most numbers of a list share one.
     * Two threads meeting a new code together may both cut it out; either string is the same code.
     */
    private static String areaCode(String text, int start, int end) {
        int number = 0;
        for (int i = start + 1; i < end; i++) {
            number = 10 * number + text.charAt(i) - '0';
        }
        String code = AREA_CODES[number];
        if (code == null) {
            code = text.substring(start, end);
            AREA_CODES[number] = code;
        }
        return code;
    }

    /**
     * Where the area code of a number with area code ends (before the closing parenthesis when it is written in
     * parentheses), or {@code -1} when the text is not such a number.
     */
    private static int areaCodeEnd(String text) {
        int n = text.length();
        boolean parenthesised = n > 0 && text.charAt(0) == '(';
        int start = parenthesised ? 1 : 0;
        int end = start + areaCodeLength(text, start);
        if (end == start) {
            return -1;
        }
        int p = end;
        if (parenthesised) {
            if (p >= n || text.charAt(p) != ')') {
                return -1;
            }
            p++;
        } else if (p < n && text.charAt(p) == '-') {
            p++;
        }
        int digits = digitRun(text, p);
        char first = digits == 0 ? 0 : text.charAt(p);
        boolean subscriber = first >= '2' && first <= '9' && (digits == 7 || digits == 8)
                || (first == '1' || first == '9') && digits == 5;
        return subscriber && isExtension(text, p + digits) ? end : -1;
    }

    /** The length of the area code at {@code start}: 010, 02x or 0[3-9]xx; 0 when there is none. */
    private static int areaCodeLength(String text, int start) {
        if (start + 2 >= text.length() || text.charAt(start) != '0') {
            return 0;
        }
        char second = text.charAt(start + 1);
        if (second == '1') {
            return text.charAt(start + 2) == '0' ? 3 : 0;
        }
        if (second == '2') {
            return isDigit(text.charAt(start + 2)) ? 3 : 0;
        }
        if (second >= '3' && second <= '9') {
            return start + 3 < text.length() && isDigit(text.charAt(start + 2)) && isDigit(text.charAt(start + 3))
                    ? 4 : 0;
        }
        return 0;
    }

    /** Whether the text from {@code p} on is nothing or an extension: {@code -}, 转, {@code ext} or {@code ext.}, then
     * one to six digits. */
    private static boolean isExtension(String text, int p) {
        int n = text.length();
        if (p == n) {
            return true;
        }
        char c = text.charAt(p);
        if (c == '-' || c == '转') {
            p++;
        } else if (text.startsWith("ext", p)) {
            p += 3;
            if (p < n && text.charAt(p) == '.') {
                p++;
            }
        } else {
            return false;
        }
        int digits = digitRun(text, p);
        return digits >= 1 && digits <= 6 && p + digits == n;
    }

    /** {@code (?:\+86-?)?1[3-9]\d{9}}. */
    private static boolean isMobile(String text) {
        int p = 0;
        if (text.startsWith("+86")) {
            p = 3;
            if (p < text.length() && text.charAt(p) == '-') {
                p++;
            }
        }
        return text.length() - p == 11 && digitRun(text, p) == 11 && text.charAt(p) == '1'
                && text.charAt(p + 1) >= '3';
    }

    /** {@code [48]00-?\d{3}-?\d{4}}. */
    private static boolean isNationwide(String text) {
        int n = text.length();
        if (n < 10 || (text.charAt(0) != '4' && text.charAt(0) != '8') || !text.startsWith("00", 1)) {
            return false;
        }
        int p = 3;
        if (text.charAt(p) == '-') {
            p++;
        }
        if (digitRun(text, p) < 3) {
            return false;
        }
        p += 3;
        if (p < n && text.charAt(p) == '-') {
            p++;
        }
        return n - p == 4 && digitRun(text, p) == 4;
    }

    /** The number of ASCII digits ({@code \d}) from {@code p} on. */
    private static int digitRun(String text, int p) {
        int end = p;
        while (end < text.length() && isDigit(text.charAt(end))) {
            end++;
        }
        return end - p;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * Splits a telephone element into the numbers it lists. A value that is one number as a whole (even with a
     * space after the area code) stays one number.
     *
     * @param field the element's text, may be {@code null}
     * @return the parts, in order, unmodifiable; empty for a blank field
     */
    public static List<String> split(String field) {
        if (Values.isBlank(field)) {
            return List.of();
        }
        String whole = field.strip();
        if (parse(whole).isPresent()) {
            return List.of(whole);      // the usual field, read per record: no growable list
        }
        List<String> parts = new ArrayList<>();
        for (String part : SEPARATORS.split(whole)) {
            if (!part.isEmpty()) {
                parts.add(part);
            }
        }
        return List.copyOf(parts);
    }

    /**
     * The digits of a number, for comparing numbers written differently ({@code 0754-12345} = {@code 075412345}):
     * the ASCII digits, in order. The rules compare numbers with {@link #sameDigits}, which builds no string; this is
     * its definition.
     *
     * @param text a number
     * @return its digits
     */
    public static String digits(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder digits = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isDigit(c)) {
                digits.append(c);
            }
        }
        return digits.toString();
    }

    /**
     * Whether two numbers have the same {@link #digits}, compared in place without building the digit strings.
     *
     * @param a a number, may be {@code null}
     * @param b a number, may be {@code null}
     * @return {@code digits(a).equals(digits(b))}
     */
    public static boolean sameDigits(String a, String b) {
        String left = a == null ? "" : a;
        String right = b == null ? "" : b;
        int i = nextDigit(left, 0);
        int j = nextDigit(right, 0);
        while (i < left.length() && j < right.length()) {
            if (left.charAt(i) != right.charAt(j)) {
                return false;
            }
            i = nextDigit(left, i + 1);
            j = nextDigit(right, j + 1);
        }
        return i == left.length() && j == right.length();
    }

    /** The index of the first ASCII digit at or after {@code from}, or the text's length. */
    private static int nextDigit(String text, int from) {
        int i = from;
        while (i < text.length() && !isDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
