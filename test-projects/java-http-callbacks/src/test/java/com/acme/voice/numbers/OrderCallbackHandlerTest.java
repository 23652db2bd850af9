package com.acme.voice.numbers;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The handler's own test: it must pass before and after iris-migrate:fix. */
class OrderCallbackHandlerTest {
    @Test
    void completedNumbersActivateTheirCustomers() throws Exception {
        OrderCallbackHandler handler = new OrderCallbackHandler();
        handler.register(new Customer("c-17", "Raleigh office", "9195551234"));
        String notification = """
                <Notification>
                  <SubscriptionId>1a2b3c</SubscriptionId>
                  <OrderType>orders</OrderType>
                  <OrderId>f1c8a2c4</OrderId>
                  <Status>COMPLETE</Status>
                  <CompletedTelephoneNumbers>
                    <TelephoneNumber>9195551234</TelephoneNumber>
                  </CompletedTelephoneNumbers>
                </Notification>
                """;
        assertEquals(1, handler.handle(notification));
        assertEquals(List.of("c-17"), handler.activated());
    }
}
