package net.lumivox.numbering.util;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class PhoneFormatterTest {

    @Test
    void formatsNationalNumbers() {
        assertEquals("(919) 555-0123", PhoneFormatter.display("9195550123"));
    }

    @Test
    void stripsPunctuationAndTrunkPrefix() {
        assertEquals("9195550123", PhoneFormatter.digitsOnly("+1 (919) 555-0123"));
    }

    @Test
    void shortNumbersAreNotNational() {
        assertFalse(PhoneFormatter.isNational("5550123"));
    }
}
