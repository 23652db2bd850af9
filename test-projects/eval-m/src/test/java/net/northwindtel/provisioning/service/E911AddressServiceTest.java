package net.northwindtel.provisioning.service;

import net.northwindtel.provisioning.client.exchange.E911AddressClient;
import net.northwindtel.provisioning.client.exchange.E911AddressV2Client;
import net.northwindtel.provisioning.client.feign.BillingFeignClient;
import net.northwindtel.provisioning.client.feign.DashboardAccountFeignClient;
import net.northwindtel.provisioning.config.DashboardProperties;
import net.northwindtel.provisioning.model.dashboard.E911AddressDto;
import net.northwindtel.provisioning.model.dashboard.E911AddressList;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;

import java.io.IOException;

import static net.northwindtel.provisioning.support.DashboardTestSupport.exchangeClient;
import static net.northwindtel.provisioning.support.DashboardTestSupport.fixture;
import static net.northwindtel.provisioning.support.DashboardTestSupport.properties;
import static net.northwindtel.provisioning.support.DashboardTestSupport.restClient;
import static net.northwindtel.provisioning.support.DashboardTestSupport.xml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

class E911AddressServiceTest {

    private MockWebServer server;
    private E911AddressService service;

    @BeforeEach
    void setUp() throws IOException {
        server = new MockWebServer();
        server.start();
        DashboardProperties props = properties(server);
        RestClient restClient = restClient(props);
        service = new E911AddressService(restClient,
                exchangeClient(restClient, E911AddressClient.class),
                exchangeClient(restClient, E911AddressV2Client.class),
                mock(DashboardAccountFeignClient.class),
                mock(BillingFeignClient.class),
                props);
    }

    @AfterEach
    void tearDown() throws IOException {
        server.shutdown();
    }

    @Test
    void listsAddressesThroughTheExchangeClient() throws Exception {
        server.enqueue(xml(fixture("e911-addresses.xml")));

        E911AddressList list = service.listAll();

        assertThat(list.getAddresses()).extracting(E911AddressDto::getZip).containsExactly("27606");
        RecordedRequest request = server.takeRequest();
        assertThat(request.getPath()).isEqualTo("/accounts/9900012/addresses");
    }

    @Test
    void getsOneAddressByConcatenatedUrl() throws Exception {
        server.enqueue(xml("""
                <Address><Id>A-1</Id><City>Raleigh</City><StateCode>NC</StateCode><Zip>27606</Zip></Address>
                """));

        E911AddressDto address = service.get("A-1");

        assertThat(address.getCity()).isEqualTo("Raleigh");
        assertThat(server.takeRequest().getPath()).isEqualTo("/accounts/9900012/addresses/A-1");
    }

    @Test
    void auditUsesTheV2Route() throws Exception {
        server.enqueue(xml(fixture("e911-addresses.xml")));

        service.auditAgainstBilling("C-20931");

        assertThat(server.takeRequest().getPath()).isEqualTo("/accounts/9900012/e911Addresses");
    }
}
