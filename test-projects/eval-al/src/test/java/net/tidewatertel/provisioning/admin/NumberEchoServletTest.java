package net.tidewatertel.provisioning.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NumberEchoServletTest {

    @Test
    void formatsTenDigits() {
        assertEquals("(757) 555-0123 / +17575550123", NumberEchoServlet.describe("757.555.0123"));
    }

    @Test
    void dropsTheTrunkPrefix() {
        assertEquals("(804) 555-0199 / +18045550199", NumberEchoServlet.describe("1 804 555 0199"));
    }

    @Test
    void rejectsShortInput() {
        assertEquals("5550123: not a 10-digit NANP number", NumberEchoServlet.describe("5550123"));
    }
}
