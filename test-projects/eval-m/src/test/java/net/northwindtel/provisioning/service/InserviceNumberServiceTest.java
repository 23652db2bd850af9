package net.northwindtel.provisioning.service;

import net.northwindtel.provisioning.client.exchange.NumberInventoryClient;
import net.northwindtel.provisioning.client.feign.DashboardAccountFeignClient;
import net.northwindtel.provisioning.config.DashboardProperties;
import net.northwindtel.provisioning.config.ProvisioningProperties;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import static net.northwindtel.provisioning.support.DashboardTestSupport.exchangeClient;
import static net.northwindtel.provisioning.support.DashboardTestSupport.fixture;
import static net.northwindtel.provisioning.support.DashboardTestSupport.properties;
import static net.northwindtel.provisioning.support.DashboardTestSupport.restClient;
import static net.northwindtel.provisioning.support.DashboardTestSupport.xml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

class InserviceNumberServiceTest {

    private MockWebServer server;
    private InserviceNumberService service;

    @BeforeEach
    void setUp() throws IOException {
        server = new MockWebServer();
        server.start();
        DashboardProperties props = properties(server);
        RestClient restClient = restClient(props);
        service = new InserviceNumberService(restClient, mock(DashboardAccountFeignClient.class),
                exchangeClient(restClient, NumberInventoryClient.class), props, new ProvisioningProperties());
    }

    @AfterEach
    void tearDown() throws IOException {
        server.shutdown();
    }

    @Test
    void groupsInServiceNumbersByAreaCode() throws Exception {
        server.enqueue(xml(fixture("inservice-numbers-919.xml")));

        Map<String, List<String>> byAreaCode = service.inserviceByAreaCode("919");

        assertThat(byAreaCode).containsOnlyKeys("919", "984");
        assertThat(byAreaCode.get("919")).containsExactly("9195550101", "9195550102");
        RecordedRequest request = server.takeRequest();
        assertThat(request.getPath()).startsWith("/accounts/9900012/inserviceNumbers?areacode=919");
        assertThat(request.getRequestUrl().queryParameter("areacode")).isEqualTo("919");
    }

    @Test
    void exportQueryCarriesTheCountry() throws Exception {
        server.enqueue(xml(fixture("inservice-numbers-919.xml")));

        service.inserviceXmlForExport("919");

        assertThat(server.takeRequest().getPath())
                .isEqualTo("/accounts/9900012/inserviceNumbers?countryCodeA3=USA&areaCode=919");
    }
}
