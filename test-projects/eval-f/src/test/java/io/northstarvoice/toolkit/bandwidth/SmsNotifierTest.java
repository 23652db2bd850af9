package io.northstarvoice.toolkit.bandwidth;

import io.northstarvoice.toolkit.http.IrisRequest;
import io.northstarvoice.toolkit.http.RecordingTransport;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SmsNotifierTest {

    @Test
    void postsToMessagingApi() throws Exception {
        RecordingTransport transport = new RecordingTransport();
        SmsNotifier notifier = new SmsNotifier(transport, "https://messaging.bandwidth.com/api/v2", "9900012", "app-1");

        notifier.portCompleted("+13365550177");

        IrisRequest sent = transport.last();
        assertEquals("https://messaging.bandwidth.com/api/v2/users/9900012/messages", sent.uri().toString());
        assertTrue(sent.body().contains("\"from\":\"9195550100\""));
    }
}
