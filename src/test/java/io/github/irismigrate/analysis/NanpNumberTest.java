package io.github.irismigrate.analysis;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NanpNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"9195551234", "6672286710", "5756186700", "2125550199", "8005551212", "4155550100", "19195551234",
            "13048255495", "2565806460", "9199918388"})
    void phoneNumbers(String digits) {
        assertThat(NanpNumber.e164(digits)).isEqualTo("+1" + digits.substring(digits.length() - 10));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "2147483647",      // Integer.MAX_VALUE
            "4294967295",      // unsigned int max
            "1234567890",      // the classic placeholder
            "0123456789",
            "1700000000",      // epoch seconds (2023)
            "1609459200",      // epoch seconds (2021-01-01)
            "1700000000000",   // epoch millis
            "9999999999",      // NPA 999 is not an area code
            "2222222222",      // a digit pattern
            "9876543210",      // a run
            "1048576000",      // a size
            "5000000000",      // NXX 000
            "9111234567",      // N11 as area code
            "9194111234",      // N11 as exchange
            "9190551234",      // NXX starting with 0
            "9191551234",      // NXX starting with 1
            "29195551234",     // 11 digits not starting with 1
            "919555123",       // 9 digits
            "919555123456",    // 12 digits
            "+19195551234"})   // already E.164
    void notPhoneNumbers(String digits) {
        assertThat(NanpNumber.e164(digits)).isNull();
    }

    @Test
    void findsAStandaloneNumberInText() {
        NanpNumber.Match m = NanpNumber.find("<TelephoneNumber>9195551234</TelephoneNumber>", 0);
        assertThat(m).isNotNull();
        assertThat(m.start()).isEqualTo(17);
        assertThat(m.e164()).isEqualTo("+19195551234");
    }

    @Test
    void ignoresNumbersTouchingOtherDigitsOrAPlus() {
        assertThat(NanpNumber.find("+19195551234", 0)).isNull();
        assertThat(NanpNumber.find("id=91955512345", 0)).isNull();
        assertThat(NanpNumber.find("1.9195551234", 0)).isNull();
        assertThat(NanpNumber.find("ts=1700000000123", 0)).isNull();
    }

    @Test
    void wholeValueWithBlanks() {
        NanpNumber.Match m = NanpNumber.whole("  9195551234\n");
        assertThat(m).isNotNull();
        assertThat(m.start()).isEqualTo(2);
        assertThat(NanpNumber.whole("tn 9195551234")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"call(\"9195551234\")", "x = 19195551234L;", "+19195551234", "v1.9195551234", "9195551234.5",
            "91955512345", "2147483647", "1700000000", "id 4105550000 and 12", "no digits", "", "9195551234", "119195551234",
            "a 1234567890 b 8005550199"})
    void holdsNumberAgreesWithFind(String text) {
        assertThat(NanpNumber.holdsNumber(text)).isEqualTo(NanpNumber.find(text, 0) != null);
    }
}
