package net.tidewaterconnect.numbering.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.OrderResponse;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SdkNumberOrderingTest {

    private MockWebServer server;
    private SdkNumberOrdering ordering;

    @BeforeEach
    void setUp() throws IOException {
        server = new MockWebServer();
        server.start();
        IrisClient client = new IrisClient(server.url("/").toString(), "5009876", "api-user", "secret", "v1.0");
        ordering = new SdkNumberOrdering(client);
    }

    @AfterEach
    void tearDown() throws IOException {
        server.shutdown();
    }

    @Test
    void ordersExistingNumbers() throws Exception {
        server.enqueue(new MockResponse().setResponseCode(201).setHeader("Content-Type", "application/xml")
                .setBody("""
                        <OrderResponse>
                            <Order><id>a1b2</id><SiteId>3101</SiteId></Order>
                            <OrderStatus>RECEIVED</OrderStatus>
                        </OrderResponse>
                        """));

        OrderResponse response = ordering.orderExisting("TW-3001", List.of("7575550166"));

        RecordedRequest recorded = server.takeRequest();
        assertThat(recorded.getPath()).isEqualTo("/v1.0/accounts/5009876/orders");
        assertThat(recorded.getBody().readUtf8()).contains("<TelephoneNumber>7575550166</TelephoneNumber>");
        assertThat(response.getOrderStatus()).isEqualTo("RECEIVED");
    }

    @Test
    void searchesByAreaCode() throws Exception {
        server.enqueue(new MockResponse().setResponseCode(200).setHeader("Content-Type", "application/xml")
                .setBody("""
                        <SearchResult>
                            <ResultCount>2</ResultCount>
                            <TelephoneNumberList>
                                <TelephoneNumber>7575550171</TelephoneNumber>
                                <TelephoneNumber>7575550172</TelephoneNumber>
                            </TelephoneNumberList>
                        </SearchResult>
                        """));

        List<String> tns = ordering.search("757", 2);

        assertThat(server.takeRequest().getPath()).startsWith("/v1.0/accounts/5009876/availableNumbers?areaCode=757");
        assertThat(tns).hasSize(2);
    }
}
