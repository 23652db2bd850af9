package com.kestrelvoice.numlife.dashboard;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.content;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;

class HostedMessagingClientTest {

    private MockRestServiceServer server;
    private HostedMessagingClient client;

    @BeforeEach
    void setUp() {
        RestClient.Builder builder = RestClient.builder().baseUrl(DashboardTestSupport.BASE_URL);
        server = MockRestServiceServer.bindTo(builder).build();
        client = new HostedMessagingClient(builder.build(), DashboardTestSupport.properties(DashboardTestSupport.BASE_URL));
    }

    @Test
    void importPostsTheNumbers() {
        server.expect(requestTo("https://dashboard.bandwidth.com/api/accounts/9900123/importTnOrders"))
                .andExpect(method(HttpMethod.POST))
                .andExpect(content().string(containsString("<TelephoneNumber>9194240141</TelephoneNumber>")))
                .andRespond(withSuccess());

        client.importNumbers("HM-6052234987", "Blue Heron Dental", "Maya Lindqvist", List.of("9194240141"));

        server.verify();
    }

    @Test
    void historyIsASubPathOfTheOrder() {
        server.expect(requestTo("https://dashboard.bandwidth.com/api/accounts/9900123/importTnOrders/b05de7c9/history"))
                .andRespond(withSuccess("<OrderHistoryWrapper/>", MediaType.APPLICATION_XML));

        client.history("b05de7c9");

        server.verify();
    }

    @Test
    void removalPostsTheNumbers() {
        server.expect(requestTo("https://dashboard.bandwidth.com/api/accounts/9900123/removeImportedTnOrders"))
                .andExpect(method(HttpMethod.POST))
                .andRespond(withSuccess());

        client.removeImported("HM-OFF-6052234987", List.of("9194240142"));

        server.verify();
    }

    @Test
    void importCheckerKeepsItsPath() {
        server.expect(requestTo("https://dashboard.bandwidth.com/api/accounts/9900123/importTnChecker"))
                .andRespond(withSuccess("<ImportTnCheckerResponse/>", MediaType.APPLICATION_XML));

        client.checkImportable(List.of("+19194240143"));

        server.verify();
    }
}
