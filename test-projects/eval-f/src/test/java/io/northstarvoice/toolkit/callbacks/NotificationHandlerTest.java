package io.northstarvoice.toolkit.callbacks;

import io.northstarvoice.toolkit.model.PortRequest;
import io.northstarvoice.toolkit.model.PortRequestStore;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NotificationHandlerTest {

    @Test
    void completedNumbersActivatePortRequests() throws IOException {
        PortRequestStore store = new PortRequestStore();
        store.put(new PortRequest("TK-1", "C-9", "919-555-1234", "47955555", PortRequest.Status.FOC, Instant.EPOCH, 0));
        NotificationHandler handler = new NotificationHandler(store);

        List<PortRequest> activated = handler.handle(fixture("/fixtures/notification-complete.xml"));

        assertEquals(1, activated.size());
        assertEquals(9195551234L, activated.get(0).activatedTn());
        assertEquals("9195551234", activated.get(0).tn().replace("-", ""));
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = NotificationHandlerTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
