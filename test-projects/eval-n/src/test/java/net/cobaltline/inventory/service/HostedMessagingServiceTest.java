package net.cobaltline.inventory.service;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import net.cobaltline.inventory.client.DashboardImportClient;
import net.cobaltline.inventory.client.DashboardTargets;
import net.cobaltline.inventory.domain.InventoryRepository;
import net.cobaltline.inventory.domain.NumberStatus;
import net.cobaltline.inventory.model.dashboard.ImportTnOrderPayload;
import net.cobaltline.inventory.support.DashboardStubs;
import net.cobaltline.inventory.support.TestDashboardConfig;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static net.cobaltline.inventory.support.DashboardStubs.IMPORT_API;
import static net.cobaltline.inventory.support.DashboardStubs.IMPORT_BASE_PATH;
import static org.assertj.core.api.Assertions.assertThat;

class HostedMessagingServiceTest {

    @RegisterExtension
    static WireMockExtension wm = DashboardStubs.server();

    private final InventoryRepository repository = new InventoryRepository();
    private HostedMessagingService service;

    @BeforeEach
    void setUp() {
        TestDashboardConfig config = TestDashboardConfig.pointingAt(wm.baseUrl() + IMPORT_BASE_PATH);
        service = new HostedMessagingService();
        service.importClient = DashboardStubs.restClient(wm, IMPORT_BASE_PATH, DashboardImportClient.class);
        service.targets = new DashboardTargets(config);
        service.config = config;
        service.repository = repository;

        wm.stubFor(post(urlEqualTo(IMPORT_API + "/importTnChecker"))
                .willReturn(aResponse().withStatus(200)));
    }

    @Test
    void submitsImportOrderAndRecordsNumbers() {
        // POST .../importTnOrders is answered by wiremock/mappings/import-tn-orders.json
        ImportTnOrderPayload.Subscriber subscriber = new ImportTnOrderPayload.Subscriber("Harbor Dental",
                new ImportTnOrderPayload.ServiceAddress("44", "Front St", "Wilmington", "NC", "28401"));

        String orderId = service.importForMessaging("C-2001", List.of("9842310075", "9842310076"), subscriber,
                "Ana Ruiz");

        assertThat(orderId).isEqualTo("b05de7e6-0cab-4c83-81bb-9379cba8efd0");
        assertThat(repository.findByTn("9842310075")).get()
                .extracting(r -> r.status()).isEqualTo(NumberStatus.HOSTED_MESSAGING);
        wm.verify(postRequestedFor(urlEqualTo(IMPORT_API + "/importTnOrders"))
                .withRequestBody(containing("<TelephoneNumber>9842310075</TelephoneNumber>")));
    }

    @Test
    void removesHostedNumbers() {
        wm.stubFor(post(urlPathEqualTo("/v1.0/accounts/9900712/removeImportedTnOrders"))
                .willReturn(aResponse().withStatus(201)));

        service.stopMessaging("C-2001", List.of("9842310075"));

        wm.verify(postRequestedFor(urlPathEqualTo("/v1.0/accounts/9900712/removeImportedTnOrders")));
    }

    @Test
    void resynchronisesExternalNumbers() {
        wm.stubFor(post(urlEqualTo(IMPORT_API + "/externalTns")).willReturn(aResponse().withStatus(202)));

        service.resyncExternal("C-0420", List.of("3365550123"), "508813");

        wm.verify(postRequestedFor(urlEqualTo(IMPORT_API + "/externalTns"))
                .withRequestBody(containing("<SipPeerId>508813</SipPeerId>")));
    }
}
