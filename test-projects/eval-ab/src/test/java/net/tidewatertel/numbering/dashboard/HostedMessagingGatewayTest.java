package net.tidewatertel.numbering.dashboard;

import static net.tidewatertel.numbering.support.TestFixtures.ACCOUNT;
import static net.tidewatertel.numbering.support.TestFixtures.MARINA_TNS;
import static net.tidewatertel.numbering.support.TestFixtures.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.content;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import java.util.List;

import net.tidewatertel.numbering.config.DashboardProperties;
import net.tidewatertel.numbering.orders.HostedImportRequest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.autoconfigure.web.client.RestClientTest;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.client.MockRestServiceServer;

@RestClientTest(HostedMessagingGateway.class)
@EnableConfigurationProperties(DashboardProperties.class)
@ActiveProfiles("test")
class HostedMessagingGatewayTest {

    private static final String IMPORT_RESPONSE = """
            <ImportTnOrderResponse>
                <ImportTnOrder>
                    <OrderId>b1f09d2e-55a4-4c1e-9d61-3f7d2c0a9e11</OrderId>
                    <ProcessingStatus>RECEIVED</ProcessingStatus>
                </ImportTnOrder>
            </ImportTnOrderResponse>
            """;

    @Autowired
    private MockRestServiceServer server;

    @Autowired
    private HostedMessagingGateway gateway;

    @AfterEach
    void verify() {
        server.verify();
    }

    @Test
    void postsImportOrder() {
        server.expect(requestTo(ACCOUNT + "/importTnOrders"))
                .andExpect(method(HttpMethod.POST))
                .andExpect(content().xml(fixture("expected-import-request.xml")))
                .andExpect(content().string(containsString("<TelephoneNumber>7575550142</TelephoneNumber>")))
                .andRespond(withSuccess(IMPORT_RESPONSE, MediaType.APPLICATION_XML));

        String response = gateway.importForMessaging(
                new HostedImportRequest("ICPA-2291", MARINA_TNS, "Chesapeake Marine Supply", "Dana Whitlock"));

        assertThat(response).contains("RECEIVED");
    }

    @Test
    void removesImportedNumbers() {
        server.expect(requestTo(ACCOUNT + "/removeImportedTnOrders"))
                .andExpect(method(HttpMethod.POST))
                .andRespond(withSuccess());

        gateway.removeImported("ICPA-2291-R", List.of("7575550143"));
    }

    @Test
    void readsStatusOfAnImportOrder() {
        server.expect(requestTo(ACCOUNT + "/importTnOrders/b1f09d2e-55a4-4c1e-9d61-3f7d2c0a9e11"))
                .andRespond(withSuccess(IMPORT_RESPONSE, MediaType.APPLICATION_XML));

        assertThat(gateway.importOrderStatus("b1f09d2e-55a4-4c1e-9d61-3f7d2c0a9e11")).contains("OrderId");
    }

    @Test
    void readsLegacyExternalTnsOrder() {
        server.expect(requestTo(ACCOUNT + "/externalTns/ext-889"))
                .andRespond(withSuccess("<ExternalTnsOrderResponse/>", MediaType.APPLICATION_XML));

        gateway.externalTnsOrder("ext-889");
    }

    @Test
    void checksPortabilityFirst() {
        server.expect(requestTo(ACCOUNT + "/importTnChecker"))
                .andExpect(method(HttpMethod.POST))
                .andRespond(withSuccess("<ImportTnCheckerResponse/>", MediaType.APPLICATION_XML));

        gateway.checkImportable(List.of("7575550144"));
    }
}
