package net.harborlinecarrier.tnvault.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.asynchttpclient.AsyncHttpClient;
import org.asynchttpclient.Dsl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BulkImportJobTest {

    private MockWebServer server;
    private AsyncHttpClient http;
    private BulkImportJob job;

    @BeforeEach
    void setUp() throws IOException {
        server = new MockWebServer();
        server.start();
        http = Dsl.asyncHttpClient();
        String endpoint = server.url("/v1.0").toString();
        job = new BulkImportJob(http, endpoint, "9901287", "1442", "508811", "bulk", "secret", 2);
    }

    @AfterEach
    void tearDown() throws IOException {
        http.close();
        server.shutdown();
    }

    @Test
    void batchIsPostedAsImportTnOrder() throws Exception {
        server.enqueue(new MockResponse().setResponseCode(201).setBody("<ImportTnOrderResponse/>"));

        job.importBatch("BULK-C1027-1", List.of("9195550143", "9195550144")).get();

        RecordedRequest request = server.takeRequest();
        assertThat(request.getPath()).isEqualTo("/v1.0/accounts/9901287/importTnOrders");
        assertThat(request.getHeader("Authorization")).startsWith("Basic ");
        assertThat(request.getBody().readUtf8()).contains("<CustomerOrderId>BULK-C1027-1</CustomerOrderId>");
    }

    @Test
    void totalsAreAskedPerAreaCode() throws Exception {
        server.enqueue(new MockResponse().setBody("<Quantity><Count>812</Count></Quantity>"));

        job.inServiceTotals(704).get();

        assertThat(server.takeRequest().getPath())
                .isEqualTo("/v1.0/accounts/9901287/inserviceNumbers/totals?areacode=704");
    }

    @Test
    void statusIsReadFromTheHost() throws Exception {
        server.enqueue(new MockResponse().setBody("<ImportTnOrder><ProcessingStatus>COMPLETE</ProcessingStatus></ImportTnOrder>"));
        String host = "http://" + server.getHostName() + ":" + server.getPort();

        job.importStatus(host, "io-9").get();

        assertThat(server.takeRequest().getPath()).isEqualTo("/v1.0/accounts/9901287/importTnOrders/io-9");
    }
}
