package net.kestrelcable.provisioning.util;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PhoneNumbersTest {

    @Test
    void toE164AcceptsPortalFormats() {
        assertThat(PhoneNumbers.toE164("3035550142")).isEqualTo("+13035550142");
        assertThat(PhoneNumbers.toE164("1 (303) 555-0142")).isEqualTo("+13035550142");
        assertThat(PhoneNumbers.toE164("+13035550142")).isEqualTo("+13035550142");
    }

    @Test
    void toNational() {
        assertThat(PhoneNumbers.toNational("+17205550187")).isEqualTo("7205550187");
    }

    @Test
    void isNationalRejectsInvalidExchanges() {
        assertThat(PhoneNumbers.isNational("1234567890")).isFalse();
        assertThat(PhoneNumbers.isNational("3031234567")).isFalse();
    }

    @Test
    void pretty() {
        assertThat(PhoneNumbers.pretty("+19195550199")).isEqualTo("(919) 555-0199");
    }

    @Test
    void rejectsGarbage() {
        assertThatThrownBy(() -> PhoneNumbers.toE164("2147483647999")).isInstanceOf(IllegalArgumentException.class);
    }
}
