package net.larkspurtel.provisioning.service;

import static com.google.common.truth.Truth.assertThat;
import static net.larkspurtel.provisioning.support.DashboardTestSupport.client;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import net.larkspurtel.provisioning.support.DashboardTestSupport.RecordingTransport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SubscriptionAndReportTest {

    private RecordingTransport transport;
    private SubscriptionService subscriptions;
    private ReportService reports;

    @BeforeEach
    void setUp() {
        transport = new RecordingTransport();
        PayloadTemplates templates = new PayloadTemplates();
        Clock clock = Clock.fixed(Instant.parse("2024-06-11T00:00:00Z"), ZoneOffset.UTC);
        subscriptions = new SubscriptionService(client(transport), templates);
        reports = new ReportService(client(transport), templates, clock);
    }

    @Test
    void orderSubscriptionPointsAtOurCallback() throws Exception {
        subscriptions.subscribeOrders();

        assertThat(transport.last().url()).endsWith("/accounts/9900123/subscriptions");
        assertThat(transport.last().body())
                .contains("<URL>https://provisioning.larkspurtel.net/api/dashboard/callbacks</URL>");
    }

    @Test
    void tnOptionSubscriptionAsksForE164() throws Exception {
        subscriptions.subscribeTnOptions();

        assertThat(transport.last().body()).contains("<NumberFormat>E164</NumberFormat>");
    }

    @Test
    void portinSubscriptionComesFromTemplate() throws Exception {
        subscriptions.subscribePortins();

        assertThat(transport.last().body()).contains("<OrderType>portins</OrderType>");
    }

    @Test
    void inventoryReportInstanceIsCsv() throws Exception {
        reports.requestInventoryReport("2143");

        assertThat(transport.last().url()).endsWith("/reports/2143/instances");
        assertThat(transport.last().body()).contains("<OutputFormat>csv</OutputFormat>");
        assertThat(transport.last().body()).contains("<ExpiresAt>2024-06-18</ExpiresAt>");
    }

    @Test
    void usageReportUsesMonthParameter() throws Exception {
        reports.requestUsageReport("2200", LocalDate.of(2024, 5, 1));

        assertThat(transport.last().body()).contains("<Value>2024-05</Value>");
    }
}
