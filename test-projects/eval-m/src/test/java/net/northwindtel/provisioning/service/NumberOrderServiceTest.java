package net.northwindtel.provisioning.service;

import com.bandwidth.iris.sdk.IrisClient;
import net.northwindtel.provisioning.client.feign.DashboardAccountFeignClient;
import net.northwindtel.provisioning.config.DashboardProperties;
import net.northwindtel.provisioning.model.dashboard.OrderResponseXml;
import net.northwindtel.provisioning.store.TnInventoryRepository;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;

import java.io.IOException;
import java.util.List;

import static net.northwindtel.provisioning.support.DashboardTestSupport.fixture;
import static net.northwindtel.provisioning.support.DashboardTestSupport.properties;
import static net.northwindtel.provisioning.support.DashboardTestSupport.restClient;
import static net.northwindtel.provisioning.support.DashboardTestSupport.xml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class NumberOrderServiceTest {

    private MockWebServer server;
    private NumberOrderService service;
    private DashboardAccountFeignClient feignClient;

    @BeforeEach
    void setUp() throws IOException {
        server = new MockWebServer();
        server.start();
        DashboardProperties props = properties(server);
        feignClient = mock(DashboardAccountFeignClient.class);
        IrisClient unusedSdk = new IrisClient("https://dashboard.bandwidth.com", "9900012", "user", "pass", "api/v2");
        service = new NumberOrderService(unusedSdk, props, feignClient, new TnInventoryRepository(), restClient(props));
    }

    @AfterEach
    void tearDown() throws IOException {
        server.shutdown();
    }

    @Test
    void ordersPickedNumbersAsXml() throws Exception {
        server.enqueue(xml(fixture("order-response.xml")).setResponseCode(201));

        service.orderNumbersXml("NW-77", List.of(
                "9195551234",
                "19195551235"));

        RecordedRequest request = server.takeRequest();
        assertThat(request.getPath()).isEqualTo("/accounts/9900012/orders");
        String body = request.getBody().readUtf8();
        assertThat(body).contains("<TelephoneNumber>9195551234</TelephoneNumber>");
        assertThat(body).contains("<PartialAllowed>false</PartialAllowed>");
    }

    @Test
    void readsCompletedNumbersFromTheOrderResponse() throws Exception {
        OrderResponseXml response = new XmlMapper().readValue(fixture("order-response.xml"), OrderResponseXml.class);
        when(feignClient.getOrder(eq("9900012"), eq("6fd4b1b5-3a1c-4c6b-9d0e-2b2c8bb1f1a7"))).thenReturn(response);

        OrderResponseXml status = service.status("6fd4b1b5-3a1c-4c6b-9d0e-2b2c8bb1f1a7");

        assertThat(status.getOrderStatus()).isEqualTo("COMPLETE");
        assertThat(status.getCompletedNumbers()).extracting(OrderResponseXml.CompletedNumber::getFullNumber)
                .containsExactly("9195551234", "9195551235");
    }
}
