package com.harborline.porting.client;

import com.harborline.porting.support.MockDashboard;
import io.micronaut.context.ApplicationContext;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DashboardOrdersClientTest {

    private MockDashboard dashboard;
    private ApplicationContext context;

    @BeforeEach
    void start() {
        dashboard = new MockDashboard();
        context = ApplicationContext.run(dashboard.properties(), "test");
    }

    @AfterEach
    void stop() throws Exception {
        context.close();
        dashboard.close();
    }

    @Test
    void postsExistingNumberOrder() throws Exception {
        dashboard.respondFixture("order-response.xml");
        DashboardOrdersClient client = context.getBean(DashboardOrdersClient.class);

        client.createOrder("""
                <Order>
                  <SiteId>461</SiteId>
                  <ExistingTelephoneNumberOrderType>
                    <TelephoneNumberList>
                      <TelephoneNumber>6672286710</TelephoneNumber>
                    </TelephoneNumberList>
                  </ExistingTelephoneNumberOrderType>
                </Order>
                """);

        RecordedRequest request = dashboard.take();
        assertEquals("POST", request.getMethod());
        assertEquals("/api/accounts/9900123/orders", request.getPath());
        assertTrue(request.getBody().readUtf8().contains("<TelephoneNumber>6672286710</TelephoneNumber>"));
    }

    @Test
    void filtersInserviceNumbersByAreaCode() throws Exception {
        dashboard.respondFixture("inservice-numbers.xml");
        context.getBean(DashboardOrdersClient.class).inserviceNumbers(919, 1, 100);

        RecordedRequest request = dashboard.take();
        assertEquals("/api/accounts/9900123/inserviceNumbers?areacode=919&page=1&size=100", request.getPath());
    }

    @Test
    void readsTnDetails() throws Exception {
        dashboard.respondXml("<TelephoneNumberResponse><TelephoneNumberDetails/></TelephoneNumberResponse>");
        context.getBean(DashboardOrdersClient.class).tnDetails("9195551212");

        assertEquals("/api/accounts/9900123/tns/9195551212/tndetails", dashboard.take().getPath());
    }
}
