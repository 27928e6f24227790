package org.matterstandards.core.internal.rule;

import java.net.URI;
import java.net.URISyntaxException;

/** Checks web addresses (网址) of online handling: well formed, absolute, http or https, with a host. */
public final class WebAddresses {

    /** Characters {@link URI} accepts in a path, query and fragment (RFC 2396 uric without "[]"), by ASCII code. */
    private static final boolean[] URIC = new boolean[128];

    static {
        for (char c : ("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
                + "-_.!~*'()" + ":@&=+$," + ";/" + "?").toCharArray()) {
            URIC[c] = true;
        }
    }

    private WebAddresses() {
    }

    /**
     * Whether an address is a well-formed absolute http or https address with a host name or IP address.
     *
     * @param text the address, may be {@code null}
     * @return {@code true} when it is
     */
    public static boolean isWellFormed(String text) {
        if (Values.isBlank(text)) {
            return false;
        }
        // Most addresses are plain ASCII links that java.net.URI certainly accepts; only the others pay for URI.
        return isSurelyWellFormed(text) || isWellFormedUri(text);
    }

    /**
     * The reference check: what {@link URI} makes of the address.
     *
     * @param text a non-blank address
     * @return {@code true} when it is well formed
     */
    static boolean isWellFormedUri(String text) {
        if (!text.equals(text.strip()) || text.chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme();
            String host = uri.getHost();
            return scheme != null
                    && ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))
                    && host != null
                    && (host.contains(".") || "localhost".equalsIgnoreCase(host));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /**
     * A single pass that accepts only a subset of what {@link #isWellFormedUri} accepts, so {@code false} means "ask
     * URI", never "malformed": {@code http://} or {@code https://} (any case), a host name whose first character is a
     * letter (so URI never reads it as an IPv4 address), of letter-or-digit labels with inner hyphens, at least two
     * labels, the last beginning with a letter; an optional port of one to five digits; then nothing or a path, query
     * and fragment of RFC 2396 characters and valid %-escapes, with at most one {@code #}.
     *
     * @param text a non-blank address
     * @return {@code true} when the address is certainly well formed
     */
    static boolean isSurelyWellFormed(String text) {
        int n = text.length();
        int p;
        if (text.regionMatches(true, 0, "https://", 0, 8)) {
            p = 8;
        } else if (text.regionMatches(true, 0, "http://", 0, 7)) {
            p = 7;
        } else {
            return false;
        }
        int labels = 0;
        int lastLabelStart = p;
        while (true) {
            int start = p;
            while (p < n && (isLetterOrDigit(text.charAt(p)) || text.charAt(p) == '-')) {
                p++;
            }
            if (p == start || text.charAt(start) == '-' || text.charAt(p - 1) == '-'
                    || (labels == 0 && !isLetter(text.charAt(start)))) {
                return false;
            }
            labels++;
            lastLabelStart = start;
            if (p < n && text.charAt(p) == '.') {
                p++;
            } else {
                break;
            }
        }
        if (labels < 2 || !isLetter(text.charAt(lastLabelStart))) {
            return false;
        }
        if (p < n && text.charAt(p) == ':') {
            int start = ++p;
            while (p < n && text.charAt(p) >= '0' && text.charAt(p) <= '9') {
                p++;
            }
            if (p == start || p - start > 5) {
                return false;
            }
        }
        if (p < n && text.charAt(p) != '/' && text.charAt(p) != '?' && text.charAt(p) != '#') {
            return false;
        }
        boolean fragment = false;
        for (; p < n; p++) {
            char c = text.charAt(p);
            if (c == '#' && !fragment) {
                fragment = true;
            } else if (c == '%') {
                if (p + 2 >= n || !isHex(text.charAt(p + 1)) || !isHex(text.charAt(p + 2))) {
                    return false;
                }
                p += 2;
            } else if (c >= 128 || !URIC[c]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isLetterOrDigit(char c) {
        return isLetter(c) || (c >= '0' && c <= '9');
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    /**
     * Whether a well-formed address uses plain http, which sends applicants' data unencrypted.
     *
     * @param text a well-formed address
     * @return {@code true} for http
     */
    public static boolean isPlainHttp(String text) {
        return text.regionMatches(true, 0, "http:", 0, 5);     // what lower-casing the whole text told, without a copy
    }
}
