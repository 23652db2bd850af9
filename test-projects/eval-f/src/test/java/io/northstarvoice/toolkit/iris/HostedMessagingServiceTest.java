package io.northstarvoice.toolkit.iris;

import io.northstarvoice.toolkit.TestConfigs;
import io.northstarvoice.toolkit.http.IrisRequest;
import io.northstarvoice.toolkit.http.RecordingTransport;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HostedMessagingServiceTest {

    private final RecordingTransport transport = new RecordingTransport();
    private final HostedMessagingService service = new HostedMessagingService(transport, TestConfigs.sandbox());

    @Test
    void importPostsNormalisedNumbers() {
        transport.created("https://test.dashboard.bandwidth.com/api/accounts/9900012/importTnOrders/b5b4a5f2");

        String orderId = service.importNumbers(List.of("(919) 555-0101", "+1 919 555 0102"), "T-1");

        assertEquals("b5b4a5f2", orderId);
        IrisRequest sent = transport.last();
        assertEquals("/api/accounts/9900012/importTnOrders", sent.uri().getPath());
        assertTrue(sent.body().contains("<TelephoneNumber>9195550101</TelephoneNumber>"));
    }

    @Test
    void historyUsesOrderSubResource() {
        service.historyXml("b5b4a5f2");

        assertTrue(transport.last().uri().toString().endsWith("/importTnOrders/b5b4a5f2/history"));
    }

    @Test
    void checkerIsNotAnOrder() {
        service.checkImportable(List.of("+19195550103"));

        assertTrue(transport.last().uri().getPath().endsWith("/importTnChecker"));
    }
}
