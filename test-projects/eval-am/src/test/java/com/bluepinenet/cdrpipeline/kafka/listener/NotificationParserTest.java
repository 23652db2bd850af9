package com.bluepinenet.cdrpipeline.kafka.listener;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.bluepinenet.cdrpipeline.kafka.model.CompletedNumber;
import com.bluepinenet.cdrpipeline.kafka.model.DashboardNotification;
import org.junit.jupiter.api.Test;

class NotificationParserTest {

    private final NotificationParser parser = new NotificationParser();

    @Test
    void orderCompleteFromFixture() throws IOException {
        DashboardNotification n = parser.parse(fixture("/fixtures/notifications/order-complete.xml"));

        assertTrue(n.isComplete());
        assertEquals("orders", n.orderType());
        assertEquals(List.of("9195550140", "9195550141"), n.completedNumbers());
    }

    @Test
    void portInCarriesFocDate() throws IOException {
        DashboardNotification n = parser.parse(fixture("/fixtures/notifications/portin-complete.xml"));

        assertTrue(n.isPortIn());
        assertEquals("2024-06-12T00:00:00Z", n.actualFocDate().toString());
    }

    @Test
    void ledgerEntriesAreNumeric() {
        String xml = """
                <Notification>
                  <OrderType>disconnects</OrderType>
                  <OrderId>0f9e8d7c-6b5a-4f3e-2d1c-0b9a8f7e6d5c</OrderId>
                  <Status>COMPLETE</Status>
                  <CompletedTelephoneNumbers>
                    <TelephoneNumber>2525550155</TelephoneNumber>
                  </CompletedTelephoneNumbers>
                  <LastModifiedDate>2024-06-13T09:00:00Z</LastModifiedDate>
                </Notification>
                """;

        List<CompletedNumber> entries = parser.ledgerEntries(parser.parse(xml));

        assertEquals(1, entries.size());
        assertEquals(2525550155L, entries.get(0).tn());
        assertTrue(entries.stream().allMatch(e -> String.valueOf(e.tn()).length() == 10));
    }

    private String fixture(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
