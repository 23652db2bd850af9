package net.harbourline.numberdesk.util;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PhoneFormatterTest {

    @Test
    void formatsNationalNumbers() {
        assertEquals("(919) 460-0100", PhoneFormatter.display("9194600100"));
        assertEquals("(919) 460-0100", PhoneFormatter.display("+19194600100"));
    }

    @Test
    void leavesOtherInputAlone() {
        assertEquals("12345", PhoneFormatter.display("12345"));
        assertEquals("1234567890", PhoneFormatter.digitsOnly("123-456-7890"));
    }
}
