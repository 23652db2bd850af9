package net.harborlight.numops.numbers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhoneNumbersTest {

    @Test
    void digitsOnlyStripsFormattingAndTrunkPrefix() {
        assertThat(PhoneNumbers.digitsOnly("(919) 555-0100")).isEqualTo("9195550100");
        assertThat(PhoneNumbers.digitsOnly("+1 919 555 0100")).isEqualTo("9195550100");
    }

    @Test
    void tenDigitCheck() {
        assertThat(PhoneNumbers.isTenDigit("9195550100")).isTrue();
        assertThat(PhoneNumbers.isTenDigit("+19195550100")).isFalse();
        assertThat(PhoneNumbers.isTenDigit(String.valueOf(Integer.MAX_VALUE))).isTrue();
    }

    @Test
    void customerAccountNumbersAreNotPhoneNumbers() {
        CustomerInputValidator validator = new CustomerInputValidator();

        assertThat(validator.validate("4000123456", "2024-06-01", "919-555-0100")).isEmpty();
        assertThat(validator.validate("40001", "06/01/2024", "12")).hasSize(3);
    }
}
