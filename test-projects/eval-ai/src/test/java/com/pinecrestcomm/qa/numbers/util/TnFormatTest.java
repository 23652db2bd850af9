package com.pinecrestcomm.qa.numbers.util;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class TnFormatTest {

    @ParameterizedTest
    @CsvSource({
            "9195551234, (919) 555-1234",
            "7045550163, (704) 555-0163",
            "+19195551234, +19195551234"
    })
    void prettyPrints(String raw, String expected) {
        assertThat(TnFormat.pretty(raw)).isEqualTo(expected);
    }

    @Test
    void convertsToE164() {
        assertThat(TnFormat.toE164("9195551234")).isEqualTo("+19195551234");
        assertThat(TnFormat.toE164("+19195551234")).isEqualTo("+19195551234");
    }

    @Test
    void stripsPunctuation() {
        assertThat(TnFormat.digitsOnly("(919) 555-1234")).isEqualTo("9195551234");
    }
}
