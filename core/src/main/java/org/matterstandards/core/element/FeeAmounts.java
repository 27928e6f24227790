package org.matterstandards.core.element;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the amounts of a fee standard text (收费标准金额) such as "每件80元" or "住宅类每件80元，非住宅类每件550元", so
 * that a local standard can be compared with the upstream one.
 *
 * <p>Two texts are comparable only when they read the same once every amount is replaced by a placeholder: "每件80元"
 * and "每件60元" are (lower), "每件80元" and "每宗80元" are not (a different unit of charge). A text that only says the
 * fee is waived (免收, 免费, 不收费, 免征) counts as zero.
 *
 * @param template the text with spaces removed and each amount replaced by {@code #}
 * @param amounts  the amounts in 元, in order
 * @param waived   {@code true} when the text has no amount and says the fee is waived
 */
record FeeAmounts(String template, List<BigDecimal> amounts, boolean waived) {

    private static final Pattern AMOUNT = Pattern.compile("(\\d+(?:\\.\\d+)?)(万元|元)");
    private static final Pattern WAIVED = Pattern.compile("免收|免费|不收费|免征|不收取");
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    /** Copies the amounts. */
    FeeAmounts {
        amounts = List.copyOf(amounts);
    }

    /**
     * Reads a fee standard text.
     *
     * @param text the text
     * @return its amounts and template
     */
    static FeeAmounts parse(String text) {
        String compact = halfWidthDigits(text).replaceAll("[\\s\\u3000]+", "");
        List<BigDecimal> amounts = new ArrayList<>();
        Matcher matcher = AMOUNT.matcher(compact);
        StringBuilder template = new StringBuilder();
        while (matcher.find()) {
            BigDecimal amount = new BigDecimal(matcher.group(1));
            amounts.add("万元".equals(matcher.group(2)) ? amount.multiply(TEN_THOUSAND) : amount);
            matcher.appendReplacement(template, "#");
        }
        matcher.appendTail(template);
        return new FeeAmounts(template.toString(), amounts, amounts.isEmpty() && WAIVED.matcher(compact).find());
    }

    private static String halfWidthDigits(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            out.append(c >= '０' && c <= '９' ? (char) (c - '０' + '0') : c == '．' ? '.' : c);
        }
        return out.toString();
    }
}
