package org.matterstandards.core.internal.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The single-pass check of web addresses agrees with java.net.URI on every address and on thousands of mutants. */
class WebAddressAgreementTest {

    private static final List<String> BASES = List.of("https://www.gdzwfw.gov.cn/portal/guide/11440507272211039T4440101",
            "http://www.shantou.gov.cn/", "HTTPS://Example.gov.cn/a?b=c#d", "https://10.1.2.3:8443/x", "http://localhost/x",
            "https://a-b.c1.gov.cn:80/p;q=1/r?s=%E4%B8%AD&t=$,@:#f/g?h", "https://1.2.3.com/", "http://a.b");

    @Test
    void agreesWithUriOnMutantsOfRealAddresses() {
        List<String> addresses = new ArrayList<>(BASES);
        String inserted = "\t %#?/:@.-_~!$&'()*+,;=[]\\^`{|}<>\"0aZ9é中\u3000";
        for (String base : BASES) {
            for (int i = 0; i <= base.length(); i++) {
                for (char c = 32; c < 128; c++) {
                    addresses.add(base.substring(0, i) + c + base.substring(i));
                }
                for (char c : inserted.toCharArray()) {
                    addresses.add(base.substring(0, i) + c + base.substring(i));
                }
                if (i < base.length()) {
                    addresses.add(base.substring(0, i) + base.substring(i + 1));
                    addresses.add(base.substring(0, i));
                }
            }
        }
        int surelyWellFormed = 0;
        for (String address : addresses) {
            boolean reference = WebAddresses.isWellFormedUri(address);
            if (WebAddresses.isSurelyWellFormed(address)) {
                surelyWellFormed++;
                assertThat(reference).as(address).isTrue();
            }
            assertThat(WebAddresses.isWellFormed(address)).as(address).isEqualTo(!Values.isBlank(address) && reference);
        }
        // The fast path does answer most real-looking addresses itself (not dead code).
        assertThat(surelyWellFormed).isGreaterThan(addresses.size() / 4);
    }
}
