package com.kestrelvoice.numlife.dashboard;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.content;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;

class ExternalTnsClientTest {

    private MockRestServiceServer server;
    private ExternalTnsClient client;

    @BeforeEach
    void setUp() {
        RestClient.Builder builder = RestClient.builder().baseUrl(DashboardTestSupport.TEST_BASE_URL);
        server = MockRestServiceServer.bindTo(builder).build();
        client = new ExternalTnsClient(builder.build(), DashboardTestSupport.properties(DashboardTestSupport.TEST_BASE_URL));
    }

    @Test
    void registersExternalNumbers() {
        server.expect(requestTo("https://test.dashboard.bandwidth.com/api/accounts/9900123/externalTns"))
                .andExpect(content().string(containsString("<Action>IMPORT</Action>")))
                .andRespond(withSuccess());

        client.add("EXT-6052234987", List.of("4158714245"));

        server.verify();
    }
}
