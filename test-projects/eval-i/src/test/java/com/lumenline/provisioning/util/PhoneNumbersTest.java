package com.lumenline.provisioning.util;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "9195550100      | +19195550100",
            "(919) 555-0100  | +19195550100",
            "19195550100     | +19195550100",
            "+19195550100    | +19195550100",
            "+441224003018   | +441224003018"
    })
    void normalisesToE164(String raw, String expected) {
        assertThat(PhoneNumbers.toE164(raw)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
            "+19195550100, 9195550100",
            "7045550188, 7045550188",
            "1-704-555-0188, 7045550188"
    })
    void normalisesToNational(String raw, String expected) {
        assertThat(PhoneNumbers.toNational(raw)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"555-0100", "1234567", "29195550100"})
    void rejectsNonNanp(String raw) {
        assertThatThrownBy(() -> PhoneNumbers.toE164(raw)).isInstanceOf(IllegalArgumentException.class);
    }
}
