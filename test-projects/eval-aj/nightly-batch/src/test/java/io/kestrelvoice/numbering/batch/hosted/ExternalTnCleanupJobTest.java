package io.kestrelvoice.numbering.batch.hosted;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.client.ExpectedCount.once;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import io.kestrelvoice.numbering.dashboard.DashboardProperties;
import io.kestrelvoice.numbering.dashboard.api.HostedMessagingClient;
import io.kestrelvoice.numbering.testsupport.DashboardFixtures;
import io.kestrelvoice.numbering.testsupport.MockDashboard;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

class ExternalTnCleanupJobTest {

    private final MockDashboard dashboard = MockDashboard.create();

    private ExternalTnCleanupJob job() {
        DashboardProperties props = new DashboardProperties();
        props.setSiteId(DashboardFixtures.SITE_ID);
        props.setSipPeerId(DashboardFixtures.SIP_PEER_ID);
        HostedMessagingClient client = new HostedMessagingClient(dashboard.client(), DashboardFixtures.SITE_ID, DashboardFixtures.SIP_PEER_ID);
        return new ExternalTnCleanupJob(client, dashboard.client(), props);
    }

    @Test
    void movesExternalTnsToImportOrders() {
        dashboard.server().expect(once(), requestTo("https://dashboard.bandwidth.com/api/accounts/9900012/externalTns?siteId=4501&sipPeerId=580211"))
                .andRespond(withSuccess("<ExternalTnsResponse><TelephoneNumbers><TelephoneNumber>3365550130</TelephoneNumber></TelephoneNumbers></ExternalTnsResponse>",
                        MediaType.APPLICATION_XML));
        dashboard.server().expect(once(), requestTo(Matchers.endsWith("/importTnOrders")))
                .andRespond(withSuccess("<ImportTnOrderResponse><OrderId>i-1</OrderId></ImportTnOrderResponse>", MediaType.APPLICATION_XML));
        dashboard.server().expect(once(), requestTo(Matchers.endsWith("/externalTns")))
                .andExpect(method(HttpMethod.POST))
                .andRespond(withSuccess("<ExternalTnsOrderResponse><OrderId>x-1</OrderId></ExternalTnsOrderResponse>",
                        MediaType.APPLICATION_XML));
        dashboard.server().expect(once(), requestTo(Matchers.endsWith("/tns/3365550130")))
                .andExpect(method(HttpMethod.PUT))
                .andRespond(withSuccess());

        assertThat(job().migrate()).isEqualTo(1);
    }
}
