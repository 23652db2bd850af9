package com.lumenline.provisioning.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.content;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withCreatedEntity;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import java.net.URI;
import java.util.List;

import com.lumenline.provisioning.support.Fixtures;
import com.lumenline.provisioning.support.TestDashboardProperties;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestTemplate;

class ImportTnOrderClientTest {

    private static final String ORDERS = "https://dashboard.bandwidth.com/api/accounts/9900123/importTnOrders";

    private MockRestServiceServer server;
    private ImportTnOrderClient client;

    @BeforeEach
    void setUp() {
        RestTemplate restTemplate = new RestTemplate();
        server = MockRestServiceServer.bindTo(restTemplate).build();
        client = new ImportTnOrderClient(restTemplate, TestDashboardProperties.production());
    }

    @Test
    void createsImportOrder() {
        server.expect(requestTo(ORDERS))
                .andExpect(method(HttpMethod.POST))
                .andExpect(content().xml(Fixtures.read("requests/import-tn-order.xml")))
                .andRespond(withCreatedEntity(URI.create(ORDERS + "/b05de7e6-0cab-4c83-81bb-9379cba8efd0")));

        String id = client.createImport(new ImportTnOrderClient.ImportRequest("LL-HM-1234567890",
                "Oak City Dental", "900", "MAIN CAMPUS DR", "RALEIGH", "NC", "27606", "Dana Whitfield",
                List.of("9198675309",
                        "9198675310")));

        assertThat(id).isEqualTo("b05de7e6-0cab-4c83-81bb-9379cba8efd0");
    }

    @Test
    void readsHistory() {
        server.expect(requestTo(ORDERS + "/b05de7e6-0cab-4c83-81bb-9379cba8efd0/history"))
                .andRespond(withSuccess("<OrderHistoryWrapper/>", MediaType.APPLICATION_XML));

        assertThat(client.importHistory("b05de7e6-0cab-4c83-81bb-9379cba8efd0")).contains("OrderHistoryWrapper");
    }
}
