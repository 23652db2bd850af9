package net.cobaltline.numbers.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import net.cobaltline.numbers.support.RecordingHttpClient;
import net.cobaltline.numbers.support.TestSettings;

class SubscriptionAndReportsApiTest {

    private final RecordingHttpClient http = new RecordingHttpClient();
    private final DashboardClient client = new DashboardClient(http, TestSettings.settings());

    @Test
    void orderSubscriptionPointsAtOurCallback() {
        http.enqueueCreated("https://dashboard.bandwidth.com/api/accounts/9900123/subscriptions/sub-1");

        new SubscriptionApi(client, TestSettings.settings()).subscribe("orders", "dash-cb", "cb-pass");

        RecordingHttpClient.Recorded req = http.only();
        assertEquals("https://dashboard.bandwidth.com/api/accounts/9900123/subscriptions", req.uri().toString());
        assertTrue(req.body().contains("<URL>https://hooks.cobaltline.net/callbacks/dashboard</URL>"));
        assertTrue(req.body().contains("<Expiry>3122064000</Expiry>"));
        assertFalse(req.body().contains("<NumberFormat>"));
    }

    @Test
    void reportInstanceIsRequestedOnTheHost() {
        http.enqueueCreated("https://dashboard.bandwidth.com/v1.0/accounts/9900123/reports/243/instances/i-9");

        String id = new ReportsApi(client).requestInstance("243", "csv");

        assertEquals("i-9", id);
        assertEquals("https://dashboard.bandwidth.com/v1.0/accounts/9900123/reports/243/instances",
                http.only().uri().toString());
        assertTrue(http.only().body().contains("<OutputFormat>csv</OutputFormat>"));
    }
}
