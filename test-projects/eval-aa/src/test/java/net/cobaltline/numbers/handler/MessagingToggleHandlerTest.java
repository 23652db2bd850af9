package net.cobaltline.numbers.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import com.amazonaws.services.lambda.runtime.events.SQSEvent;

import org.junit.jupiter.api.Test;

import net.cobaltline.numbers.dashboard.DashboardClient;
import net.cobaltline.numbers.support.FakeContext;
import net.cobaltline.numbers.support.RecordingHttpClient;
import net.cobaltline.numbers.support.TestSettings;

class MessagingToggleHandlerTest {

    private final RecordingHttpClient http = new RecordingHttpClient();
    private final DashboardClient client = new DashboardClient(http, TestSettings.settings());

    private static SQSEvent sqs(String body) {
        SQSEvent.SQSMessage m = new SQSEvent.SQSMessage();
        m.setMessageId("m-1");
        m.setBody(body);
        SQSEvent e = new SQSEvent();
        e.setRecords(List.of(m));
        return e;
    }

    @Test
    void sipPeerPathByDefault() {
        new MessagingToggleHandler(client, TestSettings.settings(), false)
                .handleRequest(sqs("{\"tn\": \"7045550131\", \"enabled\": true}"), new FakeContext());

        RecordingHttpClient.Recorded req = http.only();
        assertEquals("PUT", req.method());
        assertTrue(req.uri().getPath().contains("/sippeers/882310/tns/"));
    }

    @Test
    void tnOptionOrderWhenEnabled() {
        http.enqueueCreated("https://dashboard.bandwidth.com/api/v2/accounts/9900123/tnoptions/opt-1");

        new MessagingToggleHandler(client, TestSettings.settings(), true)
                .handleRequest(sqs("{\"tn\": \"+17045550132\", \"enabled\": false}"), new FakeContext());

        RecordingHttpClient.Recorded req = http.only();
        assertTrue(req.uri().getPath().endsWith("/accounts/9900123/tnoptions"));
        assertTrue(req.body().contains("<Sms>off</Sms>"));
    }

    @Test
    void killSwitchDisablesEveryNumber() {
        new MessagingToggleHandler(client, TestSettings.settings(), false)
                .handleRequest(sqs("{\"disableAll\": [\"7045550133\", \"7045550134\"]}"), new FakeContext());

        assertEquals(2, http.requests().size());
    }
}
