package net.kestreltel.numgate.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.bandwidth.iris.sdk.IrisClient;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LegacyIrisAdapterTest {

    private static final String ACCOUNT_ID = "5500871";

    private static final String IMPORT_RESPONSE = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <ImportTnOrderResponse>
                <ImportTnOrder>
                    <CustomerOrderId>KT-1726150291-070</CustomerOrderId>
                    <OrderId>b05de7b2-2a3b-4c9d-8f0e-1a2b3c4d5e6f</OrderId>
                    <ProcessingStatus>RECEIVED</ProcessingStatus>
                </ImportTnOrder>
            </ImportTnOrderResponse>
            """;

    private MockWebServer server;
    private LegacyIrisAdapter adapter;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start();
        IrisClient client = new IrisClient(server.url("/").toString(), ACCOUNT_ID, "numgate", "secret", "v1.0");
        adapter = new LegacyIrisAdapter(client, "2297", "500651");
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
    }

    @Test
    void importGoesThroughTheSdk() throws Exception {
        server.enqueue(new MockResponse().setResponseCode(201).setHeader("Content-Type", "application/xml")
                .setBody(IMPORT_RESPONSE));

        String orderId = adapter.importForMessaging(List.of("9195550142"), "KT-1726150291-070", "Avery Logistics LLC");

        RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(orderId).isEqualTo("b05de7b2-2a3b-4c9d-8f0e-1a2b3c4d5e6f");
        assertThat(request.getPath()).isEqualTo("/v1.0/accounts/5500871/importTnOrders");
    }

    @Test
    void sdkCanBePointedAtV2() throws Exception {
        IrisClient v2 = new IrisClient("https://dashboard.bandwidth.com", ACCOUNT_ID, "numgate", "secret", "api/v2");

        assertThat(v2.buildAccountModelUri(new String[] {"importTnOrders", "messaging"}))
                .isEqualTo("https://dashboard.bandwidth.com/api/v2/accounts/5500871/importTnOrders/messaging");
    }
}
