package org.matterstandards.examples;

import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.matterstandards.core.code.OrganizationCode;
import org.matterstandards.core.code.UnifiedSocialCreditCode;

/**
 * Made-up but well-formed codes for generated example data (示例编码): unified social credit codes of government
 * bodies whose check characters (GB 32100, and GB 11714 inside) are right, so that task codes built from them pass.
 */
final class ExampleCodes {

    private ExampleCodes() {
    }

    /**
     * A new credit code of a government organ (机构编制 1, 机关 1) registered in a division.
     *
     * @param divisionCode the six-digit division code, e.g. 440500
     * @param random       the seeded source
     * @param used         codes already handed out; the new one is added
     * @return an 18-character code with valid check characters
     */
    static String organUscc(String divisionCode, Random random, Set<String> used) {
        while (true) {
            String body = String.format(Locale.ROOT, "00%06d", random.nextInt(1_000_000));
            String organization = body + OrganizationCode.checkCharacter(body);
            String first17 = "11" + divisionCode + organization;
            String code = first17 + UnifiedSocialCreditCode.checkCharacter(first17);
            if (used.add(code)) {
                return code;
            }
        }
    }
}
