package org.matterstandards.core.internal.rule;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebAddressesTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://www.gdzwfw.gov.cn/portal/guide/11440507272211039T4440101001000",
        "http://www.shantou.gov.cn/", "HTTPS://Example.gov.cn/a?b=c", "https://10.1.2.3:8443/x", "http://localhost/x"})
    void acceptsAbsoluteWebAddresses(String address) {
        assertThat(WebAddresses.isWellFormed(address)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"www.gdzwfw.gov.cn", "粤省事小程序搜索", "ftp://files.gov.cn/x", "https://", "https://gov",
        "https://www.gdzwfw.gov.cn/a b", " https://www.gdzwfw.gov.cn/", "javascript:alert(1)"})
    void rejectsWhatIsNotALink(String address) {
        assertThat(WebAddresses.isWellFormed(address)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://www.shantou.gov.cn/", "HTTP://www.shantou.gov.cn/"})
    void tellsPlainHttp(String address) {
        assertThat(WebAddresses.isPlainHttp(address)).isTrue();
        assertThat(WebAddresses.isPlainHttp(address.replaceFirst("(?i)http", "https"))).isFalse();
    }
}
