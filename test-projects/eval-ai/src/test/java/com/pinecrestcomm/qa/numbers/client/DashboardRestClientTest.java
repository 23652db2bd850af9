package com.pinecrestcomm.qa.numbers.client;

import com.pinecrestcomm.qa.numbers.support.Fixtures;
import com.pinecrestcomm.qa.numbers.support.TestProps;
import com.pinecrestcomm.qa.numbers.util.XmlText;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.content;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

/**
 * Records the requests DashboardRestClient sends and checks them against the Dashboard contract.
 */
class DashboardRestClientTest {

    private static final String BASE = "https://dashboard.bandwidth.com/api";

    private MockRestServiceServer server;
    private DashboardRestClient client;

    @BeforeEach
    void setUp() {
        RestClient.Builder builder = RestClient.builder().baseUrl(BASE);
        server = MockRestServiceServer.bindTo(builder).build();
        client = new DashboardRestClient(builder.build(), TestProps.iris(BASE));
    }

    @AfterEach
    void verify() {
        server.verify();
    }

    @Test
    void searchesByAreaCode() {
        server.expect(requestTo(BASE + "/accounts/9900012/availableNumbers?areaCode=919&quantity=5"))
                .andExpect(method(HttpMethod.GET))
                .andRespond(withSuccess(Fixtures.read("responses/available-numbers.xml"), MediaType.APPLICATION_XML));

        String xml = client.searchAvailableNumbers("919", 5);

        assertThat(XmlText.values(xml, "TelephoneNumber")).contains("9195550101");
    }

    @Test
    void getsE911Address() {
        server.expect(requestTo("https://dashboard.bandwidth.com/api/accounts/9900012/addresses/ad-77"))
                .andExpect(method(HttpMethod.GET))
                .andRespond(withSuccess("<Address><AddressId>ad-77</AddressId></Address>", MediaType.APPLICATION_XML));

        assertThat(client.getE911Address("ad-77")).contains("ad-77");
    }

    @Test
    void sendsMessagingFlagWithLocationUpdate() {
        server.expect(requestTo(BASE + "/accounts/9900012/sites/461/sippeers/303716/tns/9195551234"))
                .andExpect(method(HttpMethod.PUT))
                .andExpect(content().string(containsString("<SmsEnabled>true</SmsEnabled>")))
                .andRespond(withSuccess());

        client.updateSipPeerTn("9195551234", "9195550190", true);
    }
}
