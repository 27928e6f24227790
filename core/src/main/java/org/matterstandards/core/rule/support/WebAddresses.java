package org.matterstandards.core.rule.support;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Checks web addresses (网址) of online handling: well formed, absolute, http or https, with a host. */
public final class WebAddresses {

    private WebAddresses() {
    }

    /**
     * Whether an address is a well-formed absolute http or https address with a host name or IP address.
     *
     * @param text the address, may be {@code null}
     * @return {@code true} when it is
     */
    public static boolean isWellFormed(String text) {
        if (Values.isBlank(text) || !text.equals(text.strip()) || text.chars().anyMatch(Character::isWhitespace)) {
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
     * Whether a well-formed address uses plain http, which sends applicants' data unencrypted.
     *
     * @param text a well-formed address
     * @return {@code true} for http
     */
    public static boolean isPlainHttp(String text) {
        return text.toLowerCase(Locale.ROOT).startsWith("http:");
    }
}
