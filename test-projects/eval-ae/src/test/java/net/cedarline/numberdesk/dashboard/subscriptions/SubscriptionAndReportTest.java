package net.cedarline.numberdesk.dashboard.subscriptions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import net.cedarline.numberdesk.dashboard.reports.ReportClient;
import net.cedarline.numberdesk.templates.RequestTemplates;
import net.cedarline.numberdesk.testutil.RecordingTransport;
import net.cedarline.numberdesk.testutil.TestSettings;

class SubscriptionAndReportTest {

    private RecordingTransport transport;
    private SubscriptionClient subscriptions;
    private ReportClient reports;

    @BeforeEach
    void setUp() {
        transport = new RecordingTransport();
        RequestTemplates templates = new RequestTemplates();
        subscriptions = new SubscriptionClient(transport, TestSettings.urls(), TestSettings.dashboard(), templates);
        reports = new ReportClient(transport, TestSettings.urls(), TestSettings.dashboard(), templates);
    }

    @Test
    void orderSubscriptionPointsAtOurCallback() {
        transport.respondCreated(TestSettings.BASE + "/accounts/9900412/subscriptions/sub-1");

        assertEquals("sub-1", subscriptions.subscribe("orders", "/orders"));

        String body = transport.last().body();
        assertTrue(body.contains("<URL>https://numberdesk.test.cedarline.net/callbacks/orders</URL>"));
        assertTrue(body.contains("<Expiry>3122064000</Expiry>"));
    }

    @Test
    void portingReportIsRequestedAsCsv() {
        reports.requestPortingReport("RPT-2001", LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 31));

        assertTrue(transport.last().url().endsWith("/reports/RPT-2001/instances"));
        assertTrue(transport.last().body().startsWith("<Instance><OutputFormat>csv</OutputFormat>"));
    }

    @Test
    void downloadUsesTheFileEndpoint() {
        transport.respond(200, "Iris Telephone Number Inventory Report\n");

        reports.download("RPT-1093", "inst-4");

        assertEquals("https://dashboard.bandwidth.com/api/accounts/9900412/reports/RPT-1093/instances/inst-4/file", transport.last().url());
    }
}
