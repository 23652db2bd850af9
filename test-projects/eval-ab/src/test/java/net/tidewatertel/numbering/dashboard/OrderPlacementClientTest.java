package net.tidewatertel.numbering.dashboard;

import static net.tidewatertel.numbering.support.TestFixtures.ACCOUNT;
import static net.tidewatertel.numbering.support.TestFixtures.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.content;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.xpath;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import net.tidewatertel.numbering.config.DashboardProperties;
import net.tidewatertel.numbering.dashboard.xml.OrderResponseXml;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.autoconfigure.web.client.RestClientTest;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.client.MockRestServiceServer;

@RestClientTest(OrderPlacementClient.class)
@EnableConfigurationProperties(DashboardProperties.class)
@ActiveProfiles("test")
class OrderPlacementClientTest {

    private static final String TN_LIST = "/Order/ExistingTelephoneNumberOrderType/TelephoneNumberList/TelephoneNumber";

    @Autowired
    private MockRestServiceServer server;

    @Autowired
    private OrderPlacementClient client;

    @AfterEach
    void verify() {
        server.verify();
    }

    @Test
    void restoresSupportLines() throws Exception {
        server.expect(requestTo(ACCOUNT + "/orders"))
                .andExpect(method(HttpMethod.POST))
                .andExpect(xpath(TN_LIST + "[1]").string("7575550100"))
                .andExpect(xpath(TN_LIST + "[3]").string("2525550177"))
                .andRespond(withSuccess(fixture("order-response.xml"), MediaType.APPLICATION_XML));

        OrderResponseXml response = client.restoreSupportLines();

        assertThat(response.orderStatus).isEqualTo("COMPLETE");
        assertThat(OrderPlacementClient.completedNumbers(response)).containsExactly(7575550100L, 7575550101L);
    }

    @Test
    void ordersByAreaCode() {
        server.expect(requestTo(ACCOUNT + "/orders"))
                .andExpect(content().string(containsString("<AreaCode>252</AreaCode>")))
                .andRespond(withSuccess(fixture("order-response.xml"), MediaType.APPLICATION_XML));

        client.orderByAreaCode("252", 2);
    }
}
