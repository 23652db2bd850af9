package net.harborlinecarrier.tnvault.recon;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import net.harborlinecarrier.tnvault.support.RecordingHttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InventoryReportFetcherTest {

    private RecordingHttpServer server;
    private InventoryReportFetcher fetcher;

    @BeforeEach
    void setUp() throws Exception {
        server = RecordingHttpServer.start();
        String accounts = server.baseUrl() + "/api/v1/accounts/9901287";
        ReconSettings settings = new ReconSettings(server.baseUrl() + "/api/v1", "9901287", "recon", "pw",
                accounts + "/inserviceNumbers",
                accounts + "/reports/tn-inventory/instances",
                "tn-inventory", "templates/report-instance.xml", List.of(919, 704),
                Path.of("target/recon"), Duration.ofSeconds(5), "jdbc:postgresql://localhost/none");
        fetcher = new InventoryReportFetcher(HttpClient.newHttpClient(), settings);
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    @Test
    void requestsACsvInstanceFromTheTemplate() throws Exception {
        server.enqueue(201, "", server.baseUrl() + "/api/v1/accounts/9901287/reports/tn-inventory/instances/inst-1");

        String instance = fetcher.requestInstance();

        assertThat(instance).endsWith("/instances/inst-1");
        RecordingHttpServer.Recorded request = server.requests().get(0);
        assertThat(request.uri()).isEqualTo("/api/v1/accounts/9901287/reports/tn-inventory/instances");
        assertThat(request.body()).contains("<OutputFormat>csv</OutputFormat>").contains("<Value>9901287</Value>");
    }

    @Test
    void snapshotAsksForEveryConfiguredAreaCode() throws Exception {
        server.enqueue(200, "<TNs><TotalCount>0</TotalCount></TNs>");

        fetcher.inServiceSnapshot();

        assertThat(server.requests().get(0).uri())
                .isEqualTo("/api/v1/accounts/9901287/inserviceNumbers?size=5000&areaCode=919&areaCode=704");
    }
}
