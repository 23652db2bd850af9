package net.harbourline.tnbridge.service;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TnFormatterTest {

    @Test
    void normalizesWhatCustomersType() {
        assertEquals("9195550143", TnFormatter.normalizePortalInput("(919) 555-0143"));
        assertEquals("9195550143", TnFormatter.normalizePortalInput("1-919-555-0143"));
        assertEquals("9195550143", TnFormatter.normalizePortalInput("919.555.0143"));
    }

    @Test
    void rejectsGarbage() {
        assertThrows(IllegalArgumentException.class, () -> TnFormatter.normalizePortalInput("1234567"));
        assertThrows(IllegalArgumentException.class, () -> TnFormatter.normalizePortalInput("+44 20 7946 0958"));
    }

    @Test
    void masksTheExchange() {
        assertEquals("919-***-0143", TnFormatter.mask("9195550143"));
    }
}
