package com.cobaltline.numbering.util;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PhoneNumbersTest {

    @Test
    void displayFormatsTenDigits() {
        assertEquals("(919) 555-0100", PhoneNumbers.display("9195550100"));
        assertEquals("+442071838750", PhoneNumbers.display("+442071838750"));
    }

    @Test
    void portalInputBecomesE164() {
        assertEquals("+19195550100", PhoneNumbers.toE164("(919) 555-0100"));
        assertEquals("+19195550100", PhoneNumbers.toE164("1-919-555-0100"));
        assertEquals("+19195550100", PhoneNumbers.toE164("9195550100"));
    }

    @Test
    void digitsDropsEverythingElse() {
        assertEquals("8164093377", PhoneNumbers.digits("816-409-3377"));
    }
}
