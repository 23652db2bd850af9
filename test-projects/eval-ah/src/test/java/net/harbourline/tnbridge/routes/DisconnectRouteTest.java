package net.harbourline.tnbridge.routes;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DisconnectRouteTest {

    @Test
    void disconnectBodyCarriesTheBillingTicketAndNumbers() {
        String billingTicket = "4092385710";
        String body = DisconnectRoute.disconnectBody(billingTicket, List.of("9193860222"));

        assertEquals("<DisconnectTelephoneNumberOrder><CustomerOrderId>4092385710</CustomerOrderId>"
                + "<DisconnectTelephoneNumberOrderType><TelephoneNumberList>"
                + "<TelephoneNumber>9193860222</TelephoneNumber>"
                + "</TelephoneNumberList></DisconnectTelephoneNumberOrderType></DisconnectTelephoneNumberOrder>", body);
    }

    @Test
    void ticketIsEscaped() {
        String body = DisconnectRoute.disconnectBody("T<1>", List.of());
        assertEquals(true, body.contains("<CustomerOrderId>T&lt;1&gt;</CustomerOrderId>"));
    }
}
