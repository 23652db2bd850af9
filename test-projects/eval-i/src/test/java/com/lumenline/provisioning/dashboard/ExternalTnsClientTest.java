package com.lumenline.provisioning.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.content;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withCreatedEntity;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import java.net.URI;
import java.util.List;

import com.lumenline.provisioning.support.Fixtures;
import com.lumenline.provisioning.support.TestDashboardProperties;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestTemplate;

class ExternalTnsClientTest {

    private static final String EXTERNAL_TNS = "https://dashboard.bandwidth.com/api/accounts/9900123/externalTns";

    private final RestTemplate restTemplate = new RestTemplate();
    private final MockRestServiceServer server = MockRestServiceServer.bindTo(restTemplate).build();
    private final ExternalTnsClient client = new ExternalTnsClient(restTemplate, TestDashboardProperties.production());

    @Test
    void submitsExternalTnsImport() {
        server.expect(requestTo(EXTERNAL_TNS))
                .andExpect(content().xml(Fixtures.read("requests/external-tns-order.xml")))
                .andRespond(withCreatedEntity(URI.create(EXTERNAL_TNS + "/ext-42")));

        String location = client.submit("LL-EXT-88", "IMPORT", List.of("4158714245"));

        assertThat(location).endsWith("/externalTns/ext-42");
    }

    @Test
    void readsStatus() {
        server.expect(requestTo(EXTERNAL_TNS + "/ext-42"))
                .andRespond(withSuccess("<ExternalTnsOrderResponse><ProcessingStatus>COMPLETE</ProcessingStatus></ExternalTnsOrderResponse>",
                        MediaType.APPLICATION_XML));

        assertThat(client.status("ext-42")).contains("COMPLETE");
    }
}
