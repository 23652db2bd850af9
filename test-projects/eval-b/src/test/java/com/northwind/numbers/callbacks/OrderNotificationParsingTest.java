package com.northwind.numbers.callbacks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.dataformat.xml.XmlMapper;

class OrderNotificationParsingTest {

    private final XmlMapper xml = new XmlMapper();

    @Test
    void parsesCompletedNumbers() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/fixtures/notification-complete.xml")) {
            OrderNotification n = xml.readValue(in, OrderNotification.class);
            assertEquals("COMPLETE", n.getStatus());
            assertEquals(List.of("6672286710", "5756186700"), n.getCompletedTelephoneNumbers());
        }
    }

    @Test
    void parsesFailedNumbersAsLongs() throws Exception {
        String body = """
                <Notification>
                    <Status>PARTIAL</Status>
                    <FailedTelephoneNumbers>
                        <TelephoneNumber>9195550188</TelephoneNumber>
                    </FailedTelephoneNumbers>
                </Notification>
                """;
        OrderNotification n = xml.readValue(body, OrderNotification.class);
        assertEquals(List.of(9195550188L), n.getFailedTelephoneNumbers());
    }
}
