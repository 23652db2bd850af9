package io.kestrelvoice.numbering.dashboard.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import io.kestrelvoice.numbering.dashboard.DashboardRestClient;
import io.kestrelvoice.numbering.dashboard.DashboardUrls;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestTemplate;

class InventoryClientTest {

    private final RestTemplate restTemplate = new RestTemplate();
    private final MockRestServiceServer server = MockRestServiceServer.bindTo(restTemplate).build();
    private final InventoryClient client = new InventoryClient(
            new DashboardRestClient(restTemplate, new DashboardUrls("https://dashboard.bandwidth.com/v1.0", "9900012")));

    @Test
    void readsTnDetails() {
        server.expect(requestTo("https://dashboard.bandwidth.com/v1.0/accounts/9900012/tns/9195550145/tndetails"))
                .andRespond(withSuccess("<TelephoneNumberResponse><TelephoneNumberDetails><Status>Inservice</Status>"
                        + "</TelephoneNumberDetails></TelephoneNumberResponse>", MediaType.APPLICATION_XML));

        assertThat(client.tnDetails("9195550145")).contains("Inservice");
    }

    @Test
    void countsInService() {
        server.expect(requestTo("https://dashboard.bandwidth.com/v1.0/accounts/9900012/inserviceNumbers/totals"))
                .andRespond(withSuccess("<Quantity><Count>2147483647</Count></Quantity>", MediaType.APPLICATION_XML));

        assertThat(client.inServiceCount()).isEqualTo(Integer.MAX_VALUE);
    }
}
